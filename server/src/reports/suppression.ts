/** Counts from 1 to 4 identify people in small places; 0 is safe to show (nobody to identify). */
export const SMALLEST_SHOWN = 5;

const isSmall = (value: number) => value > 0 && value < SMALLEST_SHOWN;

/**
 * Hides small counts in a group whose total is shown. Primary suppression hides every count from 1 to 4;
 * complementary suppression then hides the smallest other non-zero count when only one was hidden, so that the
 * total minus the visible counts cannot give the hidden one back. A small total is hidden as well.
 */
export function suppressGroup(values: readonly number[]): { values: (number | null)[]; total: number | null } {
  const total = values.reduce((sum, value) => sum + value, 0);
  const hidden = values.map(isSmall);
  if (hidden.filter(Boolean).length === 1) {
    const candidates = values
      .map((value, index) => ({ value, index }))
      .filter(({ value, index }) => value > 0 && !hidden[index]);
    const smallest = candidates.sort((a, b) => a.value - b.value)[0];
    if (smallest) {
      hidden[smallest.index] = true;
    }
  }
  return { values: values.map((value, index) => (hidden[index] ? null : value)), total: isSmall(total) ? null : total };
}

// Exported files read like the console's screens: the codes' names come from the one catalogue in @wac/rules, and
// these helpers write them. Codes stay in extra columns at the right for anyone who sorts or joins on them.

/** A code's label, or the code itself for one added later. */
export const labelOf = (labels: Record<string, string>, code: string) => labels[code] ?? code;
export const labelsOf = (labels: Record<string, string>, codes: readonly string[]) =>
  codes.map((code) => labelOf(labels, code)).join('、');
export const yesNo = (value: boolean) => (value ? '是' : '否');

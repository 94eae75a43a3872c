import { BREAKDOWNS, MONTH_METRICS, type Atom, type BreakdownName, type MonthMetric } from './atoms.js';

/** Counts from 1 to 4 identify people in small places; 0 is safe to show (nobody to identify). */
export const SMALLEST_SHOWN = 5;

/**
 * One group of cells that add up to the same number: the records of a centre in a month, counted by channel
 * (visits + calls) and again by category, by service and by referral. Services and referrals may hold several
 * codes per record; they are treated as adding up to the records too, which can only hide more.
 */
interface LinkedGroup {
  cells: Map<string, number>;
  hidden: Set<string>;
}

const sumOf = (values: Iterable<number>) => [...values].reduce((sum, value) => sum + value, 0);

/**
 * The published form of one atom (a centre × month) for the city level. Every count from 1 to smallestShown − 1
 * is hidden. Then, within the records' linked groups: a group with hidden cells must not let the records' total,
 * known from another group shown whole, give them back; so it hides at least two cells adding up to at least
 * smallestShown (the smallest others first). When the group at risk is the month table's own visits/calls, the
 * breakdowns that reveal the total are hidden instead, so a visible month figure stays visible. Beneficiaries
 * (people reached + visits + calls) are hidden whenever a part is.
 *
 * Every report is a sum of atoms and a sum holding a hidden atom is hidden (see publishReport), so what any set
 * of reports shows is a function of the cells this function publishes, and no differencing can undo it.
 */
export function protectAtom(atom: Atom, smallestShown = SMALLEST_SHOWN): Atom<number | null> {
  const isSmall = (value: number) => value > 0 && value < smallestShown;
  const group = (cells: Map<string, number>): LinkedGroup => ({
    cells,
    hidden: new Set([...cells].filter(([, value]) => isSmall(value)).map(([key]) => key)),
  });
  const channels = group(
    new Map([
      ['visits', atom.metrics.visits],
      ['calls', atom.metrics.calls],
    ]),
  );
  const breakdowns = Object.fromEntries(BREAKDOWNS.map((name) => [name, group(atom.breakdowns[name])])) as Record<
    BreakdownName,
    LinkedGroup
  >;
  // Breakdowns first: they protect themselves against every total they can see before the month table's own
  // figures are considered.
  const groups = [...Object.values(breakdowns), channels];
  const isSafe = (g: LinkedGroup) =>
    g.hidden.size === 0 ||
    (g.hidden.size >= 2 && sumOf([...g.hidden].map((key) => g.cells.get(key) ?? 0)) >= smallestShown);
  const hideSmallestShown = (g: LinkedGroup): boolean => {
    const next = [...g.cells]
      .filter(([key, value]) => value > 0 && !g.hidden.has(key))
      .sort(([keyA, a], [keyB, b]) => a - b || keyA.localeCompare(keyB))[0];
    if (next) {
      g.hidden.add(next[0]);
    }
    return next !== undefined;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const g of groups) {
      const revealingTotal = groups.filter(
        (other) => other !== g && other.hidden.size === 0 && sumOf(other.cells.values()) > 0,
      );
      if (g.hidden.size === 0 || revealingTotal.length === 0 || isSafe(g)) {
        continue;
      }
      if (g !== channels && hideSmallestShown(g)) {
        changed = true;
        continue;
      }
      for (const other of revealingTotal) {
        while ((other.hidden.size === 0 || !isSafe(other)) && hideSmallestShown(other)) {
          changed = true;
        }
      }
    }
  }

  const metrics = Object.fromEntries(
    MONTH_METRICS.map((metric) => {
      const value = atom.metrics[metric];
      const hidden = channels.hidden.has(metric) || isSmall(value);
      return [metric, hidden ? null : value];
    }),
  ) as Record<MonthMetric, number | null>;
  if (metrics.visits === null || metrics.calls === null || metrics.peopleReached === null) {
    metrics.beneficiaries = null;
  }
  const published = (g: LinkedGroup) =>
    new Map([...g.cells].map(([key, value]) => [key, g.hidden.has(key) ? null : value] as const));
  return {
    centreCode: atom.centreCode,
    month: atom.month,
    metrics,
    breakdowns: Object.fromEntries(BREAKDOWNS.map((name) => [name, published(breakdowns[name])])) as Record<
      BreakdownName,
      Map<string, number | null>
    >,
  };
}

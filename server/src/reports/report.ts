import { BREAKDOWNS, buildAtoms, MONTH_METRICS, type Atom, type MetricCounts, type ReportInput } from './atoms.js';
import { protectAtom, SMALLEST_SHOWN } from './suppression.js';

export { MONTH_METRICS, type MetricCounts, type MonthMetric, type ReportInput } from './atoms.js';

export interface Breakdown<T = number> {
  key: string;
  count: T;
}

export interface Report<T = number> {
  months: ({ month: string } & MetricCounts<T>)[];
  totals: MetricCounts<T>;
  byCategory: Breakdown<T>[];
  byService: Breakdown<T>[];
  byReferral: Breakdown<T>[];
}

/** A sum that holds a hidden cell is hidden itself: otherwise two reports could be subtracted to find it. */
const addCells = <T extends number | null>(a: T, b: T): T => (a === null || b === null ? null : a + b) as T;

/**
 * A report as the sum of its atoms (one centre × month each): months, totals over the months and breakdowns.
 * With published atoms (see protectAtom), any figure holding a hidden atom is hidden, so no report, and no
 * difference of two reports, shows more than the atoms it is made of.
 */
export function publishReport<T extends number | null>(months: string[], atoms: Atom<T>[]): Report<T> {
  const zeros = () => Object.fromEntries(MONTH_METRICS.map((metric) => [metric, 0])) as MetricCounts<T>;
  const sum = (parts: Atom<T>[]) =>
    parts.reduce((total, atom) => {
      MONTH_METRICS.forEach((metric) => (total[metric] = addCells(total[metric], atom.metrics[metric])));
      return total;
    }, zeros());
  const breakdown = (name: (typeof BREAKDOWNS)[number]): Breakdown<T>[] => {
    const counts = new Map<string, T>();
    for (const atom of atoms) {
      for (const [key, count] of atom.breakdowns[name]) {
        // A hidden (null) sum stays hidden: `?? 0` would restart it from nothing.
        counts.set(key, counts.has(key) ? addCells(counts.get(key) as T, count) : count);
      }
    }
    // Shown counts largest first, hidden ones after them by code: their place must not hint at their size.
    return [...counts.entries()]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) =>
        a.count === null || b.count === null
          ? Number(a.count === null) - Number(b.count === null) || a.key.localeCompare(b.key)
          : b.count - a.count || a.key.localeCompare(b.key),
      );
  };
  return {
    months: months.map((month) => ({ month, ...sum(atoms.filter((atom) => atom.month === month)) })),
    totals: sum(atoms),
    byCategory: breakdown('byCategory'),
    byService: breakdown('byService'),
    byReferral: breakdown('byReferral'),
  };
}

/** The report with every figure as it is (a centre's own admins). */
export function buildReport(input: ReportInput): Report {
  return publishReport(input.months, buildAtoms(input));
}

/** The report as the city level may see it: each atom protected, then summed (see protectAtom). */
export function suppressedReport(input: ReportInput, smallestShown = SMALLEST_SHOWN): Report<number | null> {
  return publishReport(
    input.months,
    buildAtoms(input).map((atom) => protectAtom(atom, smallestShown)),
  );
}

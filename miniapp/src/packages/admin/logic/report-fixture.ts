import type { Report } from '../../../services/admin-api';

/** A city-level report with hidden small numbers, for the console's tests. */
export function sampleReport(): Report {
  const figures = {
    visits: 28,
    calls: 31,
    bookingsMade: 12,
    bookingsConfirmed: 10,
    bookingsCompleted: 8,
    bookingsNoShow: null,
    callbacks: 6,
    events: 9,
    peopleReached: 1331,
    beneficiaries: 1390,
  };
  return {
    scope: 'city',
    centreCode: null,
    suppressed: true,
    months: [
      { month: '2026-03', ...figures },
      { month: '2026-04', ...figures, visits: 0, events: null, beneficiaries: null },
    ],
    totals: { ...figures, visits: 28, events: 12 },
    byCategory: [
      { key: 'marriage_family', count: 20 },
      { key: 'domestic_violence', count: null },
      { key: 'labour', count: 0 },
    ],
    byService: [],
    byReferral: [{ key: 'police', count: null }],
  };
}

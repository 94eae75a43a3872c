import type { RosterDay, RosterWarning } from '../../../services/admin-api';
import { DAY_REASON_LABELS, ROSTER_WARNING_LABELS } from '../texts';

// How one roster day reads in the month calendar.

export interface RosterDayView {
  /** Before today: shown for the record, without warnings (nothing can be planned any more). */
  past: boolean;
  /** Not a service day: greyed out with its reason (周末, the holiday's name, 闭馆 …). */
  closedText: string | null;
  /** Serious first: nobody professional on duty, then each missing profession. */
  warnings: { code: RosterWarning; text: string; severe: boolean }[];
  /** Names of the people on duty, "(请假)" after anyone on leave that day. */
  names: string[];
}

const WARNING_ORDER: RosterWarning[] = ['no_professional', 'no_lawyer', 'no_counsellor', 'no_mediator'];

/**
 * `today` ('YYYY-MM-DD', Quanzhou): past days keep their people but lose their warnings. When nobody
 * professional is on duty that one warning says it all; the missing professions are not listed again.
 */
export function rosterDayView(day: RosterDay, today: string): RosterDayView {
  const past = day.date < today;
  const closedText = day.serviceDay ? null : day.note || DAY_REASON_LABELS[day.reason ?? ''] || '非服务日';
  const codes = day.warnings.includes('no_professional')
    ? (['no_professional'] as RosterWarning[])
    : WARNING_ORDER.filter((code) => day.warnings.includes(code));
  const warnings =
    day.serviceDay && !past
      ? codes.map((code) => ({ code, text: ROSTER_WARNING_LABELS[code], severe: code === 'no_professional' }))
      : [];
  const names = day.people.map((person) => (person.onLeave ? `${person.displayName}（请假）` : person.displayName));
  return { past, closedText, warnings, names };
}

/** Service days from today on that still have a warning, for the summary above the calendar. */
export function daysWithWarnings(days: RosterDay[], today: string): RosterDay[] {
  return days.filter((day) => day.serviceDay && day.date >= today && day.warnings.length > 0);
}

import type { RosterDay, RosterWarning } from '../../../services/admin-api'
import { DAY_REASON_LABELS, ROSTER_WARNING_LABELS } from '../texts'

// How one roster day reads in the month calendar.

export interface RosterDayView {
  /** Not a service day: greyed out with its reason (周末, the holiday's name, 闭馆 …). */
  closedText: string | null
  /** Serious first: nobody professional on duty, then each missing profession. */
  warnings: { code: RosterWarning; text: string; severe: boolean }[]
  /** Names of the people on duty, "(请假)" after anyone on leave that day. */
  names: string[]
}

const WARNING_ORDER: RosterWarning[] = ['no_professional', 'no_lawyer', 'no_counsellor', 'no_mediator']

export function rosterDayView(day: RosterDay): RosterDayView {
  const closedText = day.serviceDay ? null : day.note || DAY_REASON_LABELS[day.reason ?? ''] || '非服务日'
  const warnings = day.serviceDay
    ? WARNING_ORDER.filter((code) => day.warnings.includes(code)).map((code) => ({ code, text: ROSTER_WARNING_LABELS[code], severe: code === 'no_professional' }))
    : []
  const names = day.people.map((person) => (person.onLeave ? `${person.displayName}（请假）` : person.displayName))
  return { closedText, warnings, names }
}

/** Service days of the month that still have a warning, for the summary above the calendar. */
export function daysWithWarnings(days: RosterDay[]): RosterDay[] {
  return days.filter((day) => day.serviceDay && day.warnings.length > 0)
}

import type { RosterDay } from '../../../services/admin-api'
import { rosterDayView } from '../logic/roster'

/** One day of the duty calendar: who is on duty, and what is missing on a service day. */
export function RosterDayCell({ day, today, selected, onSelect }: { day: RosterDay; today: string; selected?: boolean; onSelect?: (date: string) => void }) {
  const view = rosterDayView(day, today)
  const dayNumber = Number(day.date.slice(8, 10))
  const summary = view.closedText
    ? `${day.date}，${view.closedText}`
    : `${day.date}，值班：${view.names.length > 0 ? view.names.join('、') : '无人'}${view.warnings.length > 0 ? `；提醒：${view.warnings.map((warning) => warning.text).join('、')}` : ''}`
  return (
    <button
      type='button'
      className={`admin-day${view.closedText ? ' admin-day--closed' : ''}${view.past ? ' admin-day--past' : ''}${view.warnings.some((warning) => warning.severe) ? ' admin-day--severe' : view.warnings.length > 0 ? ' admin-day--warning' : ''}${selected ? ' admin-day--selected' : ''}`}
      onClick={() => onSelect?.(day.date)}
      aria-pressed={selected}
      aria-label={summary}
      data-testid={`roster-day-${day.date}`}
    >
      <span className='admin-day__number'>{dayNumber}</span>
      {view.closedText ? <span className='admin-day__closed'>{view.closedText}</span> : null}
      {view.names.length > 0 ? (
        <span className='admin-day__people' data-testid='roster-day-people'>
          {view.names.join('、')}
        </span>
      ) : null}
      {view.warnings.map((warning) => (
        <span key={warning.code} className={`admin-badge${warning.severe ? ' admin-badge--severe' : ''}`} data-testid={`roster-warning-${warning.code}`}>
          ⚠ {warning.text}
        </span>
      ))}
    </button>
  )
}

import type { RosterDay } from '../../../services/admin-api';
import { formatDay } from '../../../domain/dates';
import { rosterDayView } from '../logic/roster';

/** One day of the duty calendar: who is on duty, and what is missing on a service day. */
export function RosterDayCell({
  day,
  today,
  selected,
  onSelect,
}: {
  day: RosterDay;
  today: string;
  selected?: boolean;
  onSelect?: (date: string) => void;
}) {
  const view = rosterDayView(day, today);
  const dayNumber = Number(day.date.slice(8, 10));
  return (
    <button
      type="button"
      className={`admin-day${view.closedText ? ' admin-day--closed' : ''}${view.past ? ' admin-day--past' : ''}${view.warnings.some((warning) => warning.severe) ? ' admin-day--severe' : view.warnings.length > 0 ? ' admin-day--warning' : ''}${selected ? ' admin-day--selected' : ''}`}
      onClick={() => onSelect?.(day.date)}
      aria-pressed={selected}
      data-testid={`roster-day-${day.date}`}
    >
      <span className="admin-visually-hidden">{formatDay(day.date, day.weekday)}</span>
      <span className="admin-day__number" aria-hidden="true">
        {dayNumber}
      </span>
      {view.closedText ? <span className="admin-day__closed">{view.closedText}</span> : null}
      {view.names.length > 0 ? (
        <span className="admin-day__people">
          <span className="admin-visually-hidden">值班：</span>
          <span data-testid="roster-day-people">{view.names.join('、')}</span>
        </span>
      ) : view.closedText ? null : (
        <span className="admin-day__people">无人值班</span>
      )}
      {view.warnings.map((warning) => (
        <span
          key={warning.code}
          className={`admin-badge${warning.severe ? ' admin-badge--severe' : ''}`}
          data-testid={`roster-warning-${warning.code}`}
        >
          <span aria-hidden="true">⚠ </span>
          {warning.text}
        </span>
      ))}
    </button>
  );
}

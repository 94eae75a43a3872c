import type { FieldError } from '../common/errors/domain-error.js';
import { addDays, daysBetween, isIsoDate, isoWeekday } from '@wac/rules';
import type { CalendarMark } from './service-day.js';
import { FESTIVALS, statutoryHolidays, type Festival } from './statutory-holidays.js';

/** A year's schedule as the State Council announces it: one holiday range per festival, and the 调休 working days. */
export interface OfficialScheduleInput {
  holidays: { festival: Festival; from: string; to: string }[];
  workdays: { date: string; festival: Festival }[];
}

/** The longest holiday any announcement has had (春节 and 国庆节 have run to eight or nine days). */
const LONGEST_RANGE_DAYS = 10;

/**
 * Checks an admin's entry of a year's official schedule before it changes anything: every festival once, each
 * range holding that festival's statutory days, no overlaps, and 调休 working days only on weekends outside the
 * holidays. The announcement may reach into the last days of the year before (元旦 bridges, 调休 Saturdays).
 */
export function checkOfficialSchedule(year: number, input: OfficialScheduleInput): FieldError[] {
  const problems: FieldError[] = [];
  const earliest = `${year - 1}-12-20`;
  const latest = `${year}-12-31`;
  const inYear = (date: string) => isIsoDate(date) && date >= earliest && date <= latest;
  const statutory = statutoryHolidays(year);

  const missing = FESTIVALS.filter((festival) => !input.holidays.some((range) => range.festival === festival));
  if (missing.length > 0) {
    problems.push({ field: 'holidays', reason: `must give the holiday of ${missing.join('、')}` });
  }
  input.holidays.forEach((range, index) => {
    const field = `holidays.${index}`;
    if (input.holidays.findIndex((other) => other.festival === range.festival) !== index) {
      problems.push({ field: `${field}.festival`, reason: `${range.festival} is given twice` });
      return;
    }
    if (!inYear(range.from) || !inYear(range.to)) {
      problems.push({ field, reason: `from and to must be dates between ${earliest} and ${latest}` });
      return;
    }
    const length = daysBetween(range.from, range.to) + 1;
    if (length < 1 || length > LONGEST_RANGE_DAYS) {
      problems.push({
        field,
        reason: `must run from a date to the same or a later one, at most ${LONGEST_RANGE_DAYS} days`,
      });
      return;
    }
    const outside = statutory
      .filter((day) => day.festival === range.festival && (day.date < range.from || day.date > range.to))
      .map((day) => day.date);
    if (outside.length > 0) {
      problems.push({ field, reason: `must include the statutory days of ${range.festival}: ${outside.join(', ')}` });
    }
    const overlapping = input.holidays.find(
      (other, otherIndex) => otherIndex < index && other.from <= range.to && range.from <= other.to,
    );
    if (overlapping) {
      problems.push({ field, reason: `overlaps the holiday of ${overlapping.festival}` });
    }
  });
  input.workdays.forEach((workday, index) => {
    const field = `workdays.${index}.date`;
    if (!inYear(workday.date)) {
      problems.push({ field, reason: `must be a date between ${earliest} and ${latest}` });
    } else if (isoWeekday(workday.date) <= 5) {
      problems.push({ field, reason: 'must be a Saturday or Sunday (a 调休 working day replaces a weekend day)' });
    } else if (input.holidays.some((range) => range.from <= workday.date && workday.date <= range.to)) {
      problems.push({ field, reason: 'falls inside a holiday' });
    } else if (input.workdays.findIndex((other) => other.date === workday.date) !== index) {
      problems.push({ field, reason: 'is given twice' });
    }
  });
  return problems;
}

/** The calendar marks a checked schedule stands for: each holiday date, and each 调休 working day. */
export function officialMarks(input: OfficialScheduleInput): (CalendarMark & { date: string })[] {
  return [
    ...input.holidays.flatMap((range) =>
      Array.from({ length: daysBetween(range.from, range.to) + 1 }, (_, i) => ({
        date: addDays(range.from, i),
        kind: 'holiday' as const,
        name: range.festival,
      })),
    ),
    ...input.workdays.map((workday) => ({
      date: workday.date,
      kind: 'workday' as const,
      name: `${workday.festival}调休上班`,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

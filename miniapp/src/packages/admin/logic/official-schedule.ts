import type { FieldErrorDto, Festival, OfficialScheduleDto, StatutoryDayDto } from '@wac/shared-types';

// The official-schedule form of the console's 日历: one holiday range per festival and the 调休 working days, as
// the State Council announces them. The server checks the entry; its problems are put next to the rows they name.

export const FESTIVALS: readonly Festival[] = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

/** The form to start from: each festival's range spans its statutory days (computed by the server), no 调休 days. */
export function scheduleFromStatutory(statutory: readonly StatutoryDayDto[]): OfficialScheduleDto {
  const holidays = FESTIVALS.map((festival) => {
    const dates = statutory
      .filter((day) => day.festival === festival)
      .map((day) => day.date)
      .sort();
    return { festival, from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' };
  });
  return { holidays, workdays: [] };
}

export interface ScheduleProblems {
  /** Not tied to one row (e.g. a festival missing). */
  general: string[];
  holidays: Map<number, string[]>;
  workdays: Map<number, string[]>;
}

function add(rows: Map<number, string[]>, index: number, reason: string): void {
  rows.set(index, [...(rows.get(index) ?? []), reason]);
}

/** The server's field errors (`holidays.2`, `holidays.2.from`, `workdays.0.date`, `holidays`) by form row. */
export function problemsByRow(fields: readonly FieldErrorDto[]): ScheduleProblems {
  const problems: ScheduleProblems = { general: [], holidays: new Map(), workdays: new Map() };
  for (const { field, reason } of fields) {
    const match = /^(holidays|workdays)\.(\d+)/.exec(field);
    if (match?.[1] === 'holidays') {
      add(problems.holidays, Number(match[2]), reason);
    } else if (match?.[1] === 'workdays') {
      add(problems.workdays, Number(match[2]), reason);
    } else {
      problems.general.push(field === 'holidays' || field === 'workdays' ? reason : `${field}：${reason}`);
    }
  }
  return problems;
}

/** The inputs as the server's contract wants them (blank 调休 rows left out). */
export function scheduleToSend(schedule: OfficialScheduleDto): OfficialScheduleDto {
  return { holidays: schedule.holidays, workdays: schedule.workdays.filter((workday) => workday.date !== '') };
}

import { createRequire } from 'node:module';
import type { CalendarMark } from './service-day.js';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface OfficialYear {
  year: number;
  marks: (CalendarMark & { date: string })[];
}

/** "National Day,国庆节,3" → "国庆节". */
const chineseName = (entry: string) => entry.split(',')[1] ?? entry;

/**
 * China's official holidays and adjusted working days (调休) per year, from the maintained `chinese-days` package
 * (State Council notices; the next year's appears each November, in a new release of the package).
 */
export function officialSchedule(data: ChineseDaysData = loadChineseDays()): OfficialYear[] {
  const byYear = new Map<number, OfficialYear>();
  const add = (date: string, kind: 'holiday' | 'workday', entry: string) => {
    const year = Number(date.slice(0, 4));
    const bucket = byYear.get(year) ?? { year, marks: [] };
    bucket.marks.push({ date, kind, name: kind === 'holiday' ? chineseName(entry) : `${chineseName(entry)}调休上班` });
    byYear.set(year, bucket);
  };
  Object.entries(data.holidays).forEach(([date, entry]) => add(date, 'holiday', entry));
  Object.entries(data.workdays).forEach(([date, entry]) => add(date, 'workday', entry));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export const OFFICIAL_SOURCE = `chinese-days@${createRequire(import.meta.url)('chinese-days/package.json').version as string}`;

function loadChineseDays(): ChineseDaysData {
  return createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
}

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CalendarMark } from './service-day.js';

interface YearData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface OfficialYear {
  year: number;
  marks: (CalendarMark & { date: string })[];
}

const require = createRequire(import.meta.url);
const PACKAGE_JSON = require.resolve('chinese-days/package.json');

export const OFFICIAL_SOURCE = `chinese-days@${(require('chinese-days/package.json') as { version: string }).version}`;

/** "National Day,国庆节,3" → "国庆节". */
const chineseName = (entry: string) => entry.split(',')[1] ?? entry;

/**
 * China's official holidays and adjusted working days (调休), one entry per year the State Council has announced,
 * from the maintained `chinese-days` package (a year appears each November, in a new release). A year is known
 * only when the package has its whole-year file; a stray date of it elsewhere does not count.
 */
export function officialSchedule(years: Record<number, YearData> = loadYears()): OfficialYear[] {
  return Object.entries(years)
    .map(([year, data]) => ({
      year: Number(year),
      marks: [
        ...Object.entries(data.holidays).map(([date, entry]) => ({
          date,
          kind: 'holiday' as const,
          name: chineseName(entry),
        })),
        ...Object.entries(data.workdays).map(([date, entry]) => ({
          date,
          kind: 'workday' as const,
          name: `${chineseName(entry)}调休上班`,
        })),
      ],
    }))
    .sort((a, b) => a.year - b.year);
}

function loadYears(): Record<number, YearData> {
  const folder = join(dirname(PACKAGE_JSON), 'dist', 'years');
  const years: Record<number, YearData> = {};
  for (const file of readdirSync(folder).filter((name) => /^\d{4}\.json$/.test(name))) {
    years[Number(file.slice(0, 4))] = JSON.parse(readFileSync(join(folder, file), 'utf8')) as YearData;
  }
  return years;
}

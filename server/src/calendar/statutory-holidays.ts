import chineseDays from 'chinese-days';
import { addDays } from '@wac/rules';

/**
 * The public holidays that follow from fixed rules (《全国年节及纪念日放假办法》 as revised in 2024, in force from
 * 2025): 元旦 1 January; 春节 除夕 to 正月初三 (four days); 清明节 the day of the solar term; 劳动节 1–2 May; 端午节
 * lunar 5/5; 中秋节 lunar 8/15; 国庆节 1–3 October. The State Council's yearly schedule adds bridge days and moves
 * working days (调休): those cannot be computed and are never guessed here.
 */
export const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;
export type Festival = (typeof FESTIVALS)[number];

export interface StatutoryDay {
  date: string;
  festival: Festival;
}

const lunarToSolar = (year: number, monthDay: string) => chineseDays.getSolarDateFromLunar(`${year}-${monthDay}`).date;

/** Every statutory holiday of a Gregorian year, in date order. */
export function statutoryHolidays(year: number): StatutoryDay[] {
  const newYear = lunarToSolar(year, '01-01');
  const days: StatutoryDay[] = [
    { date: `${year}-01-01`, festival: '元旦' },
    ...[-1, 0, 1, 2].map((offset) => ({ date: addDays(newYear, offset), festival: '春节' as const })),
    { date: chineseDays.getSolarTermDate(year, 4, 'pure_brightness'), festival: '清明节' },
    { date: `${year}-05-01`, festival: '劳动节' },
    { date: `${year}-05-02`, festival: '劳动节' },
    { date: lunarToSolar(year, '05-05'), festival: '端午节' },
    { date: lunarToSolar(year, '08-15'), festival: '中秋节' },
    ...['01', '02', '03'].map((day) => ({ date: `${year}-10-${day}`, festival: '国庆节' as const })),
  ];
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

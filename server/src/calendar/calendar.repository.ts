import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransactionRunner } from '../database/transaction-runner.js';
import { Between, In, type DataSource } from 'typeorm';
import { CalendarDay, CalendarYear, CITY_WIDE } from './calendar-day.entity.js';

@Injectable()
export class CalendarRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** City-wide marks and the centre's own marks between two dates. */
  findMarks(centreCode: string, from: string, to: string): Promise<CalendarDay[]> {
    return this.dataSource
      .getRepository(CalendarDay)
      .find({ where: { date: Between(from, to), scope: In([CITY_WIDE, centreCode]) } });
  }

  findYearMarks(year: number, scopes: string[]): Promise<CalendarDay[]> {
    return this.dataSource.getRepository(CalendarDay).find({
      where: { date: Between(`${year}-01-01`, `${year}-12-31`), scope: In(scopes) },
      order: { date: 'ASC', scope: 'ASC' },
    });
  }

  /** An admin's mark replaces whatever was there for that date and scope, official or not. */
  async saveMark(mark: Omit<CalendarDay, 'updatedAt'>): Promise<void> {
    await this.dataSource.getRepository(CalendarDay).save(mark);
  }

  async deleteMark(date: string, scope: string): Promise<boolean> {
    return ((await this.dataSource.getRepository(CalendarDay).delete({ date, scope })).affected ?? 0) === 1;
  }

  async findYearsWithSchedule(): Promise<Set<number>> {
    const years = await this.dataSource.getRepository(CalendarYear).find();
    return new Set(years.map((y) => y.year));
  }

  /** Loads one official year; rows an admin already entered for those dates stay as they are. */
  async importOfficialYear(year: number, source: string, days: Omit<CalendarDay, 'updatedAt'>[]): Promise<void> {
    await this.transactions.run(async (manager) => {
      if (days.length > 0) {
        await manager.createQueryBuilder().insert().into(CalendarDay).values(days).orIgnore().execute();
      }
      await manager.createQueryBuilder().insert().into(CalendarYear).values({ year, source }).orIgnore().execute();
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, type DataSource, type EntityManager } from 'typeorm';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersionsRepository } from '../cache/cache-versions.repository.js';
import { CalendarDay, CalendarYear, CITY_WIDE } from './calendar-day.entity.js';

/** A mark as written: the date, whom it applies to, what it says. */
export type NewCalendarDay = Omit<CalendarDay, 'updatedAt'>;

@Injectable()
export class CalendarRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cacheVersions: CacheVersionsRepository,
  ) {}

  /** City-wide marks and the given centres' own marks between two dates (inside a transaction when given one). */
  findMarks(
    centreCodes: readonly string[],
    from: string,
    to: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CalendarDay[]> {
    return manager
      .getRepository(CalendarDay)
      .find({ where: { date: Between(from, to), scope: In([CITY_WIDE, ...centreCodes]) } });
  }

  findYearMarks(year: number, scopes: string[]): Promise<CalendarDay[]> {
    return this.dataSource.getRepository(CalendarDay).find({
      where: { date: Between(`${year}-01-01`, `${year}-12-31`), scope: In(scopes) },
      order: { date: 'ASC', scope: 'ASC' },
    });
  }

  /** An admin's mark replaces whatever was there for that date and scope, official or not. */
  async saveMark(manager: EntityManager, mark: NewCalendarDay): Promise<void> {
    await manager.getRepository(CalendarDay).save(mark);
    await this.cacheVersions.bump(manager, [calendarCacheName(mark.scope)]);
  }

  async deleteMark(manager: EntityManager, date: string, scope: string): Promise<boolean> {
    const deleted = ((await manager.getRepository(CalendarDay).delete({ date, scope })).affected ?? 0) === 1;
    await this.cacheVersions.bump(manager, [calendarCacheName(scope)]);
    return deleted;
  }

  findYears(manager: EntityManager = this.dataSource.manager): Promise<CalendarYear[]> {
    return manager.getRepository(CalendarYear).find({ order: { year: 'ASC' } });
  }

  /**
   * Loads one year's official schedule: the year's earlier official rows go, the new ones come, and rows an admin
   * entered by hand stay as they are (an admin's correction outranks any schedule).
   */
  async replaceOfficialYear(
    manager: EntityManager,
    year: number,
    source: string,
    days: NewCalendarDay[],
  ): Promise<void> {
    await manager.getRepository(CalendarDay).delete({
      date: Between(`${year}-01-01`, `${year}-12-31`),
      scope: CITY_WIDE,
      source: 'official',
    });
    if (days.length > 0) {
      await manager.createQueryBuilder().insert().into(CalendarDay).values(days).orIgnore().execute();
    }
    await manager.getRepository(CalendarYear).save({ year, source });
    await this.cacheVersions.bump(manager, [CACHE_NAMES.calendar]);
  }
}

/** A city-wide mark changes every centre's days; a centre's own mark only that centre's. */
const calendarCacheName = (scope: string) => (scope === CITY_WIDE ? CACHE_NAMES.calendar : CACHE_NAMES.centre(scope));

import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CalendarKind } from './service-day.js';

/** `scope` for marks that apply to every centre (the official schedule, or an admin's city-wide change). */
export const CITY_WIDE = '*';

/** A marked date: an official holiday or 调休 working day, or a closure or extra day for one centre. */
@Entity('calendar_day')
export class CalendarDay {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  /** `*` for every centre, else a centre code. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  scope: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CalendarKind;

  @Column({ type: 'varchar', length: 64, nullable: true, default: null })
  name: string | null;

  /** `official` rows were imported; `admin` rows were entered or corrected by hand and are never overwritten. */
  @Column({ type: 'varchar', length: 16 })
  source: 'official' | 'admin';

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}

/** Which years have their official holiday schedule loaded; a year without one is not bookable. */
@Entity('calendar_year')
export class CalendarYear {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 64 })
  source: string;

  @UpdateDateColumn({ type: 'datetime' })
  importedAt: Date;
}

import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Centre } from '../centres/centre.entity.js';

/** How a centre cuts its mornings into consultations, and how far ahead and how late women may book. */
@Entity('slot_template')
export class SlotTemplate {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  centreCode: string;

  @OneToOne(() => Centre, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre>;

  @Column({ type: 'int' })
  slotMinutes: number;

  /** Time after each session for notes before the next one starts. */
  @Column({ type: 'int' })
  bufferMinutes: number;

  @Column({ type: 'varchar', length: 5 })
  dayStart: string;

  @Column({ type: 'varchar', length: 5 })
  dayEnd: string;

  /** Rooms for consultations (a reception room and a counselling room in most centres). */
  @Column({ type: 'int' })
  rooms: number;

  /** Rooms kept free for walk-ins at every slot time. */
  @Column({ type: 'int' })
  walkInReserve: number;

  @Column({ type: 'int' })
  bookingWindowDays: number;

  /** No booking for a slot that starts sooner than this. */
  @Column({ type: 'int' })
  leadTimeMinutes: number;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}

export type SlotRules = Omit<SlotTemplate, 'centreCode' | 'centre' | 'updatedAt'>;

/** What a centre without its own template uses: 50-minute sessions on the hour, two rooms, 14 days ahead. */
export const DEFAULT_SLOT_RULES: SlotRules = {
  slotMinutes: 50,
  bufferMinutes: 10,
  dayStart: '08:00',
  dayEnd: '12:00',
  rooms: 2,
  walkInReserve: 0,
  bookingWindowDays: 14,
  leadTimeMinutes: 60,
};

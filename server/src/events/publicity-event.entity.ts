import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Centre } from '../centres/centre.entity.js';

/** A legal publicity event (普法宣传): where, what, with whom, and how many people it reached. */
@Entity('publicity_event')
@Index('IDX_event_centre_date', ['centreCode', 'date'])
export class PublicityEvent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  centreCode: string;

  @ManyToOne(() => Centre, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre>;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 100 })
  place: string;

  @Column({ type: 'varchar', length: 100 })
  topic: string;

  @Column({ type: 'simple-json' })
  partners: string[];

  @Column({ type: 'int' })
  reached: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}

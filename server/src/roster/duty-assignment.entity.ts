import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { Centre } from '../centres/centre.entity.js';
import { StaffMember } from '../staff/staff-member.entity.js';

/** One person on duty (值班) at a centre on one service day. Nobody is on duty at two centres on one day. */
@Entity('duty_assignment')
@Unique('UQ_duty_assignment_person_day', ['date', 'staffMemberId'])
@Index('IDX_duty_assignment_centre_day', ['centreCode', 'date'])
export class DutyAssignment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  centreCode: string;

  @ManyToOne(() => Centre, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre>;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 36 })
  staffMemberId: string;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staffMemberId' })
  staffMember?: Relation<StaffMember>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { StaffMember } from './staff-member.entity.js';

/** A person away from `fromDate` to `toDate` (both included): off the roster's count even if assigned. */
@Entity('staff_leave')
@Index('IDX_staff_leave_person', ['staffMemberId'])
export class StaffLeave {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  staffMemberId: string;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staffMemberId' })
  staffMember?: Relation<StaffMember>;

  @Column({ type: 'varchar', length: 10 })
  fromDate: string;

  @Column({ type: 'varchar', length: 10 })
  toDate: string;
}

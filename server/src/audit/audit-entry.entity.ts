import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const AUDIT_ACTIONS = [
  'callback.phone.view',
  'callback.claim',
  'callback.release',
  'centre.change',
  'staff.change',
  'password.reset',
  'roster.change',
  'template.change',
  'calendar.change',
  'export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Append-only: who saw or changed something sensitive, when. Never holds the personal data itself. */
@Entity('audit_entry')
@Index('IDX_audit_entry_at', ['at'])
export class AuditEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  at: Date;

  @Column({ type: 'varchar', length: 36 })
  actorAccountId: string;

  @Column({ type: 'varchar', length: 48 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 32 })
  targetType: string;

  @Column({ type: 'varchar', length: 36 })
  targetId: string;

  @Column({ type: 'varchar', length: 32, nullable: true, default: null })
  centreCode: string | null;
}

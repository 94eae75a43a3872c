import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Centre } from '../centres/centre.entity.js';
import type { StaffRole } from './principal.js';

/** A login as it is created: bound to no WeChat user yet. */
export type NewAccount = Omit<Account, 'createdAt' | 'centre' | 'wechatOpenidHash' | 'wechatOpenidEncrypted'>;

/** A staff member's or admin's login. */
@Entity('account')
export class Account {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: StaffRole;

  /** The one centre a staff member or centre admin works for; null for a city admin. */
  @Column({ type: 'varchar', length: 32, nullable: true, default: null })
  centreCode: string | null;

  @ManyToOne(() => Centre, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre> | null;

  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  staffMemberId: string | null;

  @Column({ type: 'boolean' })
  active: boolean;

  /** Raised on password reset or deactivation: tokens carrying an older version stop working. */
  @Column({ type: 'int' })
  tokenVersion: number;

  /**
   * The WeChat user who bound this login on the staff pages (to receive staff notices): a keyed hash to find the
   * login again, and the openid encrypted because sending a notice needs it. NULL until bound.
   */
  @Column({ type: 'varchar', length: 64, nullable: true, default: null, unique: true })
  wechatOpenidHash: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true, default: null })
  wechatOpenidEncrypted: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { Centre } from '../centres/centre.entity.js';
import { Client } from '../identity/client.entity.js';
import type { SafeWindow } from './windows.js';

export const CALLBACK_STATUSES = ['open', 'claimed', 'closed', 'withdrawn'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export const ATTEMPT_RESULTS = ['no_answer', 'wrong_person', 'not_safe_now', 'reached'] as const;
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];

export const CALLBACK_OUTCOMES = ['helped', 'referred', 'booked', 'unreachable', 'declined_help', 'other'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/**
 * "Call me back": the number she typed (encrypted; erased when she withdraws or some days after closing), the times
 * it is safe to call, and whether staff may say who they are or leave a message.
 */
@Entity('callback_request')
@Index('IDX_callback_centre_status', ['centreCode', 'status'])
@Index('IDX_callback_client', ['clientId'])
@Unique('UQ_callback_idempotency', ['clientId', 'idempotencyKey'])
export class CallbackRequest {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  centreCode: string;

  @ManyToOne(() => Centre, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre>;

  @Column({ type: 'varchar', length: 36 })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column({ type: 'varchar', length: 255, nullable: true, default: null })
  phoneEncrypted: string | null;

  @Column({ type: 'simple-json' })
  windows: SafeWindow[];

  @Column({ type: 'boolean' })
  mayIdentify: boolean;

  @Column({ type: 'boolean' })
  mayLeaveMessage: boolean;

  /** What she wrote, encrypted like her number (AES-256-GCM); erased with it. */
  @Column({ type: 'varchar', length: 1024, nullable: true, default: null })
  topic: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: CallbackStatus;

  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  claimedBy: string | null;

  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  claimedAt: Date | null;

  /** When the claimer last did something with it (claimed, or logged a call): a claim idle too long lapses. */
  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  claimActiveAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true, default: null })
  outcome: CallbackOutcome | null;

  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  closedAt: Date | null;

  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  erasedAt: Date | null;

  /** A consultation record was made for it (the record itself carries no link back). */
  @Column({ type: 'boolean', default: false })
  recorded: boolean;

  /** The client's key for this request, so a retry after a lost answer does not ask twice. */
  @Column({ type: 'varchar', length: 64, nullable: true, default: null })
  idempotencyKey: string | null;

  /** Her short code (common/short-code.ts): find or withdraw the request with it alone. */
  @Column({ type: 'varchar', length: 10, unique: true })
  code: string;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}

@Entity('callback_attempt')
@Index('IDX_callback_attempt_callback', ['callbackId'])
export class CallbackAttempt {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  callbackId: string;

  @ManyToOne(() => CallbackRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'callbackId' })
  callback?: Relation<CallbackRequest>;

  @Column({ type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 16 })
  result: AttemptResult;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  at: Date;
}

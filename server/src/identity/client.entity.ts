import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type ClientKind = 'wechat' | 'guest';

/**
 * A woman as the system knows her: an opaque id and nothing else. For WeChat users, a keyed hash of the openid finds
 * her again at the next login, and the openid itself is kept encrypted only because sending her a WeChat notice
 * needs it. No name, no phone, no profile.
 */
@Entity('client')
export class Client {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ClientKind;

  @Column({ type: 'varchar', length: 64, nullable: true, default: null, unique: true })
  openidHash: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true, default: null })
  openidEncrypted: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  /**
   * Written (incremented) by every transaction that checks one of her limits (upcoming bookings, waiting lines,
   * callback requests). Two such transactions on one MySQL server queue on the row lock; on different Galera nodes
   * they write the same row, so the cluster certifies one and the other is retried and sees what the first did.
   */
  @Column({ type: 'int', default: 0 })
  version: number;

  /** Raised when she ends her session on a device: her tokens carrying an older version stop working. */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  /**
   * For an H5 guest session only: a keyed hash of the address it was started from (not the address), so limits on
   * what new sessions may hold count every session one script starts. NULL for WeChat women.
   */
  @Column({ type: 'varchar', length: 32, nullable: true, default: null })
  originHash: string | null;

  /** She asked for her data to be erased: the identity is gone and no token of hers works any more. */
  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  erasedAt: Date | null;
}

/**
 * The session of her token is live: she has not had her data erased, nor ended that session. A condition on the
 * `client` row, in SQL written once for every statement that checks it; its one `?` is the token's version.
 */
export const SESSION_LIVE_SQL = '`erasedAt` IS NULL AND `tokenVersion` = ?';

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

  /** She asked for her data to be erased: the identity is gone and no token of hers works any more. */
  @Column({ type: 'datetime', precision: 6, nullable: true, default: null })
  erasedAt: Date | null;
}

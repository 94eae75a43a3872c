import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Where a centre's staff notices go besides their own WeChat: the centre's WeCom group robot. Kept apart from the
 * centre's public data (the centre list is served to anyone), and the key is encrypted at rest: it is the whole
 * credential to post into the group.
 */
@Entity('centre_channel')
export class CentreChannel {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  centreCode: string;

  @Column({ type: 'varchar', length: 255, nullable: true, default: null })
  wecomKeyEncrypted: string | null;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}

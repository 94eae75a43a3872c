import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, Not, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Booking } from '../bookings/booking.entity.js';
import { CallbackRequest } from '../callbacks/callback.entity.js';
import { Account } from '../identity/account.entity.js';
import { Client } from '../identity/client.entity.js';
import { CentreChannel } from '../notifications/centre-channel.entity.js';

/** Every column that holds something encrypted, with the keyed-hash column that finds it again (if any). */
export const SEALED_COLUMNS = [
  { name: 'booking.topic', entity: Booking, id: 'id', column: 'topic' },
  { name: 'callback_request.topic', entity: CallbackRequest, id: 'id', column: 'topic' },
  { name: 'callback_request.phoneEncrypted', entity: CallbackRequest, id: 'id', column: 'phoneEncrypted' },
  {
    name: 'client.openidEncrypted',
    entity: Client,
    id: 'id',
    column: 'openidEncrypted',
    hash: { column: 'openidHash', purpose: 'identifier-hashing-v1' },
  },
  {
    name: 'account.wechatOpenidEncrypted',
    entity: Account,
    id: 'id',
    column: 'wechatOpenidEncrypted',
    hash: { column: 'wechatOpenidHash', purpose: 'staff-identifier-hashing-v1' },
  },
  { name: 'centre_channel.wecomKeyEncrypted', entity: CentreChannel, id: 'centreCode', column: 'wecomKeyEncrypted' },
] as const;

export type SealedColumn = (typeof SEALED_COLUMNS)[number];
export type SealedRow = { id: string; value: string; hash?: string | null };

const BATCH = 500;

/** Reads and rewrites encrypted columns in batches, each write conditional on the value it read. */
@Injectable()
export class SealedFieldsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findBatch(sealed: SealedColumn, afterId: string): Promise<SealedRow[]> {
    const hashColumn = 'hash' in sealed ? sealed.hash.column : undefined;
    const rows = await this.dataSource.getRepository<ObjectLiteral>(sealed.entity).find({
      select: Object.fromEntries([sealed.id, sealed.column, ...(hashColumn ? [hashColumn] : [])].map((c) => [c, true])),
      where: { [sealed.id]: MoreThan(afterId), [sealed.column]: Not(IsNull()) },
      order: { [sealed.id]: 'ASC' },
      take: BATCH,
    });
    return rows.map((row) => ({
      id: String(row[sealed.id]),
      value: String(row[sealed.column]),
      ...(hashColumn ? { hash: row[hashColumn] as string | null } : {}),
    }));
  }

  /** Writes the new value (and hash) only if the row still holds what was read: concurrent writers never clash. */
  async replace(sealed: SealedColumn, row: SealedRow, value: string, hash?: string): Promise<boolean> {
    const hashColumn = 'hash' in sealed ? sealed.hash.column : undefined;
    const result = await this.dataSource
      .createQueryBuilder()
      .update(sealed.entity as EntityTarget<ObjectLiteral>)
      .set({ [sealed.column]: value, ...(hashColumn && hash ? { [hashColumn]: hash } : {}) })
      .where({ [sealed.id]: row.id, [sealed.column]: row.value })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}

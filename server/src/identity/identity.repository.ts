import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Account, type NewAccount } from './account.entity.js';
import { runTogether, type Statement } from '../database/fixed-sql.js';
import { Client, SESSION_LIVE_SQL } from './client.entity.js';

@Injectable()
export class IdentityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The client for a WeChat user, created on first login; two first logins at once still make one client. */
  async findOrCreateWechatClient(candidate: Pick<Client, 'id' | 'openidHash' | 'openidEncrypted'>): Promise<Client> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Client)
      .values({ ...candidate, kind: 'wechat' })
      .orIgnore()
      .execute();
    return this.dataSource.getRepository(Client).findOneByOrFail({ openidHash: candidate.openidHash ?? '' });
  }

  async createGuestClient(id: string, originHash: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Client)
      .values({ id, kind: 'guest', openidHash: null, openidEncrypted: null, originHash })
      .execute();
  }

  /** After a secret rotation: the client found by the old secret's hash is found by the new one from now on. */
  async rehashClient(previousHash: string, currentHash: string): Promise<void> {
    await this.dataSource.getRepository(Client).update({ openidHash: previousHash }, { openidHash: currentHash });
  }

  /** Every token of hers issued so far stops working. */
  async endClientSessions(id: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(Client)
      .set({ tokenVersion: () => 'tokenVersion + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /**
   * Opens a transaction's check of her limits by writing her row (see `Client.version`); false when she is gone
   * (erased) or the session of her token has ended, in which case the caller must stop.
   */
  async guardPerson(manager: EntityManager, id: string, tokenVersion: number): Promise<boolean> {
    const [guarded] = await runTogether(manager, [this.personGuard(id, tokenVersion)]);
    return guarded;
  }

  /** `guardPerson` as a statement, to be run with others of the transaction (`runTogether`). */
  personGuard(id: string, tokenVersion: number): Statement<boolean> {
    return {
      sql: `UPDATE \`client\` SET \`version\` = \`version\` + 1 WHERE \`id\` = ? AND ${SESSION_LIVE_SQL}`,
      parameters: [id, tokenVersion],
      read: (result) => result.affected === 1,
    };
  }

  /** A client whose token may still be used: she has not had it erased, nor ended the session it belongs to. */
  async clientIsActive(id: string, tokenVersion: number): Promise<boolean> {
    // Asked at every request of hers: a statement written once, not built by the query builder each time.
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 AS \`active\` FROM \`client\` WHERE \`id\` = ? AND ${SESSION_LIVE_SQL} LIMIT 1`,
      [id, tokenVersion],
    );
    return rows.length > 0;
  }

  /** Forgets who she is: the WeChat link goes, the id stays only as an unlinkable key of anonymous statistics. */
  async eraseClient(id: string, now: Date): Promise<void> {
    await this.dataSource
      .getRepository(Client)
      .update({ id }, { openidHash: null, openidEncrypted: null, erasedAt: now });
  }

  findAccountByUsername(username: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ username });
  }

  findAccountById(id: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ id });
  }

  findAccountsForStaff(staffMemberIds: string[]): Promise<Account[]> {
    return staffMemberIds.length
      ? this.dataSource.getRepository(Account).findBy({ staffMemberId: In(staffMemberIds) })
      : Promise.resolve([]);
  }

  findAccountsByIds(ids: string[]): Promise<Account[]> {
    return ids.length ? this.dataSource.getRepository(Account).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** Changes a login and ends its current sessions (their tokens carry the old version). */
  async setAccountWechat(
    id: string,
    binding: Pick<Account, 'wechatOpenidHash' | 'wechatOpenidEncrypted'>,
  ): Promise<void> {
    await this.dataSource.getRepository(Account).update({ id }, binding);
  }

  async updateAccount(id: string, changes: Partial<Pick<Account, 'active' | 'passwordHash'>>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(Account)
      .set({ ...changes, tokenVersion: () => 'tokenVersion + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async insertAccount(account: NewAccount): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(Account).values(account).execute();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Account, type NewAccount } from './account.entity.js';
import { Client } from './client.entity.js';

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

  async createGuestClient(id: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Client)
      .values({ id, kind: 'guest', openidHash: null, openidEncrypted: null })
      .execute();
  }

  /** A client whose token may still be used: it exists and she has not had it erased. */
  /**
   * Opens a transaction's check of her limits by writing her row (see `Client.version`); false when she is gone
   * (erased), in which case the caller must stop.
   */
  async guardPerson(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Client)
      .set({ version: () => 'version + 1' })
      .where('id = :id AND erasedAt IS NULL', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  clientIsActive(id: string): Promise<boolean> {
    return this.dataSource.getRepository(Client).existsBy({ id, erasedAt: IsNull() });
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

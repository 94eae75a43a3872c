import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Account } from './account.entity.js';
import { Client } from './client.entity.js';

@Injectable()
export class IdentityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The client for a WeChat user, created on first login; two first logins at once still make one client. */
  async findOrCreateWechatClient(candidate: Pick<Client, 'id' | 'openidHash' | 'openidEncrypted'>): Promise<Client> {
    await this.dataSource.createQueryBuilder().insert().into(Client).values({ ...candidate, kind: 'wechat' }).orIgnore().execute();
    return this.dataSource.getRepository(Client).findOneByOrFail({ openidHash: candidate.openidHash ?? '' });
  }

  async createGuestClient(id: string): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(Client).values({ id, kind: 'guest', openidHash: null, openidEncrypted: null }).execute();
  }

  clientExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(Client).existsBy({ id });
  }

  findAccountByUsername(username: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ username });
  }

  findAccountById(id: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ id });
  }

  async insertAccount(account: Omit<Account, 'createdAt' | 'centre'>): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(Account).values(account).execute();
  }
}

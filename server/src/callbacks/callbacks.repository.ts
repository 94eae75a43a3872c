import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThanOrEqual, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Account } from '../identity/account.entity.js';
import { CallbackAttempt, CallbackRequest, type CallbackStatus } from './callback.entity.js';

export interface CallbackScope {
  clientId?: string;
  centreCode?: string;
}

export type CallbackWithDetails = CallbackRequest & { centreName: string; attempts: CallbackAttempt[] };

@Injectable()
export class CallbacksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    callback: Omit<CallbackRequest, 'createdAt' | 'centre' | 'client'>,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(CallbackRequest).values(callback).execute();
  }

  async findByIdempotencyKey(clientId: string, idempotencyKey: string): Promise<CallbackWithDetails | undefined> {
    const found = await this.dataSource.getRepository(CallbackRequest).findOneBy({ clientId, idempotencyKey });
    return found ? this.findOne(found.id, { clientId }) : undefined;
  }

  /** Claims idle since before `idleSince`, or held by a login that is no longer active. */
  findLapsedClaims(idleSince: Date): Promise<CallbackRequest[]> {
    return this.dataSource
      .getRepository(CallbackRequest)
      .createQueryBuilder('r')
      .leftJoin(Account, 'a', 'a.id = r.claimedBy')
      .where('r.status = :status', { status: 'claimed' })
      .andWhere('(r.claimActiveAt < :idleSince OR r.claimActiveAt IS NULL OR a.active = :inactive OR a.id IS NULL)', {
        idleSince,
        inactive: false,
      })
      .getMany();
  }

  /** Requests waiting for a call at a centre from H5 sessions of one origin. */
  countActiveOfOrigin(manager: EntityManager, origin: string, centreCode: string): Promise<number> {
    return manager
      .getRepository(CallbackRequest)
      .createQueryBuilder('r')
      .innerJoin('r.client', 'c')
      .where('c.originHash = :origin AND r.centreCode = :centreCode AND r.status IN (:...statuses)', {
        origin,
        centreCode,
        statuses: ['open', 'claimed'],
      })
      .getCount();
  }

  countActive(manager: EntityManager, clientId: string): Promise<number> {
    return manager.getRepository(CallbackRequest).countBy({ clientId, status: In(['open', 'claimed']) });
  }

  async findOne(id: string, scope: CallbackScope): Promise<CallbackWithDetails | undefined> {
    const [found] = await this.findMany(scope, { id });
    return found;
  }

  /** Any woman's request by its short code (the code is the only key she needs). */
  async findByCode(code: string): Promise<CallbackWithDetails | undefined> {
    const [found] = await this.findMany({}, { code });
    return found;
  }

  async findMany(
    scope: CallbackScope,
    filter: { id?: string; code?: string; statuses?: CallbackStatus[] } = {},
  ): Promise<CallbackWithDetails[]> {
    const callbacks = await this.dataSource.getRepository(CallbackRequest).find({
      where: {
        ...(filter.id ? { id: filter.id } : {}),
        ...(filter.code ? { code: filter.code } : {}),
        ...(scope.clientId ? { clientId: scope.clientId } : {}),
        ...(scope.centreCode ? { centreCode: scope.centreCode } : {}),
        ...(filter.statuses ? { status: In(filter.statuses) } : {}),
      },
      relations: { centre: true },
      order: { createdAt: 'DESC' },
    });
    const attempts = callbacks.length
      ? await this.dataSource
          .getRepository(CallbackAttempt)
          .find({ where: { callbackId: In(callbacks.map((c) => c.id)) }, order: { at: 'ASC' } })
      : [];
    return callbacks.map((callback) =>
      Object.assign(callback, {
        centreName: callback.centre?.name ?? callback.centreCode,
        attempts: attempts.filter((a) => a.callbackId === callback.id),
      }),
    );
  }

  /** Compare-and-swap on the status (and, when given, on who claimed it); true when this call made the change. */
  async transition(
    id: string,
    scope: CallbackScope,
    expected: { statuses: CallbackStatus[]; claimedBy?: string },
    changes: Partial<
      Pick<
        CallbackRequest,
        | 'status'
        | 'claimedBy'
        | 'claimedAt'
        | 'outcome'
        | 'closedAt'
        | 'phoneEncrypted'
        | 'claimActiveAt'
        | 'topic'
        | 'erasedAt'
      >
    >,
  ): Promise<boolean> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(CallbackRequest)
      .set(changes)
      .where('id = :id AND status IN (:...statuses)', { id, statuses: expected.statuses });
    if (expected.claimedBy) {
      query.andWhere('claimedBy = :claimedBy', { claimedBy: expected.claimedBy });
    }
    if (scope.clientId) {
      query.andWhere('clientId = :clientId', { clientId: scope.clientId });
    }
    if (scope.centreCode) {
      query.andWhere('centreCode = :centreCode', { centreCode: scope.centreCode });
    }
    return ((await query.execute()).affected ?? 0) === 1;
  }

  async insertAttempt(attempt: Omit<CallbackAttempt, 'at' | 'callback'>): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(CallbackAttempt).values(attempt).execute();
  }

  /** Erases every number she left, whatever the state of the request. */
  async eraseForClient(clientId: string, now: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(CallbackRequest)
      .update({ clientId, erasedAt: IsNull() }, { phoneEncrypted: null, topic: null, erasedAt: now });
    return result.affected ?? 0;
  }

  /** Erases the numbers of callbacks closed on or before `closedBefore`; returns how many. */
  async eraseClosedBefore(closedBefore: Date, now: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(CallbackRequest)
      .update(
        { status: 'closed', closedAt: LessThanOrEqual(closedBefore), erasedAt: IsNull() },
        { phoneEncrypted: null, topic: null, erasedAt: now },
      );
    return result.affected ?? 0;
  }
}

import { validationFailed } from '../common/errors/validation.js';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { shanghaiClock } from '../calendar/dates.js';
import { centreNotFound } from '../centres/centres.errors.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { deriveKey } from '../common/crypto/keys.js';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { parseIdempotencyKey } from '../common/validation/idempotency-key.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { staffCentreScope, type StaffPrincipal, type WomanPrincipal } from '../identity/principal.js';
import type { CallbackStatus } from './callback.entity.js';
import { callbackNotFound, callbackStatusConflict, notYourClaim, tooManyCallbacks } from './callbacks.errors.js';
import { CallbacksRepository, type CallbackScope, type CallbackWithDetails } from './callbacks.repository.js';
import type {
  CallbackDto,
  CallbackListDto,
  CloseCallbackDto,
  CreateCallbackDto,
  StaffCallbackDto,
  StaffCallbackListDto,
  StaffCallbacksQueryDto,
} from './dto/callback.dto.js';
import { parseMainlandPhone } from './phone.js';
import { isValidWindow, nextSafeMoment } from './windows.js';

const MAX_WAITING_PER_PERSON = 3;
const ERASURE_SWEEP_MS = 60 * 60 * 1000;
/** What she typed goes when the request is over: the number and her own words. */
const ERASED = { phoneEncrypted: null, phoneMasked: null, topic: null } as const;

@Injectable()
export class CallbacksService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('callbacks');
  private readonly cipher: FieldCipher;
  private sweep?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly callbacks: CallbacksRepository,
    private readonly centres: CentresRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
  ) {
    this.cipher = new FieldCipher(deriveKey(config.appSecret, 'field-encryption-v1'));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.eraseDue();
    this.sweep = setInterval(
      () =>
        void this.eraseDue().catch((error: unknown) =>
          this.logger.error({ msg: 'erasure sweep failed', error: String(error) }),
        ),
      ERASURE_SWEEP_MS,
    );
    this.sweep.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }

  /** With an Idempotency-Key, a retry of the same request returns the first one instead of asking twice. */
  async create(woman: WomanPrincipal, dto: CreateCallbackDto, idempotencyKey?: string): Promise<CallbackDto> {
    const now = this.clock.now();
    const key = parseIdempotencyKey(idempotencyKey, { required: false });
    const earlier = key ? await this.callbacks.findByIdempotencyKey(woman.clientId, key) : undefined;
    if (earlier) {
      return toCallbackDto(earlier);
    }
    const phone = parseMainlandPhone(dto.phone);
    const problems: FieldError[] = [];
    if (!phone) {
      problems.push({
        field: 'phone',
        reason: 'must be a mainland mobile number (11 digits, starting with 1) or a landline with its area code',
      });
    }
    const today = shanghaiClock(now).date;
    dto.windows.forEach((window, index) => {
      if (!isValidWindow(window)) {
        problems.push({
          field: `windows.${index}`,
          reason: 'from must be before to; give a date or a weekday, not both',
        });
      } else if (window.date && window.date < today) {
        problems.push({ field: `windows.${index}.date`, reason: 'is in the past' });
      }
    });
    if (!phone || problems.length > 0) {
      throw validationFailed(problems);
    }
    const centre = await this.centres.findByCode(dto.centreCode);
    if (!centre) {
      throw centreNotFound(dto.centreCode);
    }
    if (centre.status !== 'open') {
      throw new DomainError(
        'CENTRE_NOT_BOOKABLE',
        'This centre is not open yet; please choose another centre or call 12338',
      );
    }
    if ((await this.callbacks.countActive(woman.clientId)) >= MAX_WAITING_PER_PERSON) {
      throw tooManyCallbacks(MAX_WAITING_PER_PERSON);
    }
    const id = randomUUID();
    try {
      await this.insert(woman, { ...dto, centreCode: centre.code }, id, key ?? null, phone.normalized, phone.masked);
    } catch (error) {
      const retried =
        key && this.transactions.uniqueKeyViolated(error) === 'UQ_callback_idempotency'
          ? await this.callbacks.findByIdempotencyKey(woman.clientId, key)
          : undefined;
      if (retried) {
        return toCallbackDto(retried);
      }
      throw error;
    }
    return toCallbackDto(await this.mustFind(id, { clientId: woman.clientId }));
  }

  private async insert(
    woman: WomanPrincipal,
    dto: CreateCallbackDto,
    id: string,
    idempotencyKey: string | null,
    phone: string,
    phoneMasked: string,
  ): Promise<void> {
    await this.callbacks.insert({
      id,
      centreCode: dto.centreCode,
      clientId: woman.clientId,
      phoneEncrypted: this.cipher.encrypt(phone),
      phoneMasked,
      windows: dto.windows.map(({ date, weekday, from, to }) => ({
        ...(date ? { date } : {}),
        ...(weekday ? { weekday } : {}),
        from,
        to,
      })),
      mayIdentify: dto.mayIdentify,
      mayLeaveMessage: dto.mayLeaveMessage,
      topic: dto.topic || null,
      status: 'open',
      claimedBy: null,
      claimedAt: null,
      outcome: null,
      closedAt: null,
      erasedAt: null,
      recorded: false,
      idempotencyKey,
    });
  }

  async listMine(woman: WomanPrincipal): Promise<CallbackListDto> {
    return { items: (await this.callbacks.findMany({ clientId: woman.clientId })).map(toCallbackDto) };
  }

  /** She changes her mind: the request leaves the queue and her number is erased at once. */
  async withdraw(woman: WomanPrincipal, id: string): Promise<CallbackDto> {
    const now = this.clock.now();
    const scope = { clientId: woman.clientId };
    await this.mustFind(id, scope);
    const withdrawn = await this.callbacks.transition(
      id,
      scope,
      { statuses: ['open', 'claimed'] },
      { status: 'withdrawn', ...ERASED, erasedAt: now },
    );
    const current = await this.mustFind(id, scope);
    if (!withdrawn) {
      throw callbackStatusConflict(current.status);
    }
    return toCallbackDto(current);
  }

  /** The centre's queue: waiting requests first, soonest safe time first; numbers masked. */
  async queue(staff: StaffPrincipal, query: StaffCallbacksQueryDto): Promise<StaffCallbackListDto> {
    const now = this.clock.now();
    const statuses: CallbackStatus[] = query.status ? [query.status] : ['open', 'claimed'];
    const callbacks = await this.callbacks.findMany(staffCentreScope(staff, query.centre), { statuses });
    const items = callbacks.map((callback) => this.toStaffDto(callback, staff, now, false));
    const rank = (item: StaffCallbackDto) => (item.status === 'open' ? 0 : 1);
    items.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.nextSafeAt ?? '~').localeCompare(b.nextSafeAt ?? '~') ||
        a.createdAt.localeCompare(b.createdAt),
    );
    return { items };
  }

  /** One request; the whole number only for the staff member who claimed it, and every such view is audited. */
  async get(staff: StaffPrincipal, id: string): Promise<StaffCallbackDto> {
    const now = this.clock.now();
    const callback = await this.mustFind(id, staffCentreScope(staff));
    return this.revealIfClaimer(callback, staff, now);
  }

  async claim(staff: StaffPrincipal, id: string): Promise<StaffCallbackDto> {
    const now = this.clock.now();
    const scope = staffCentreScope(staff);
    await this.mustFind(id, scope);
    const claimed = await this.callbacks.transition(
      id,
      scope,
      { statuses: ['open'] },
      { status: 'claimed', claimedBy: staff.accountId, claimedAt: now },
    );
    const current = await this.mustFind(id, scope);
    if (!claimed) {
      throw callbackStatusConflict(current.status);
    }
    await this.audit.append({
      actorAccountId: staff.accountId,
      action: 'callback.claim',
      targetType: 'callback',
      targetId: id,
      centreCode: current.centreCode,
    });
    return this.revealIfClaimer(current, staff, now);
  }

  async release(staff: StaffPrincipal, id: string): Promise<StaffCallbackDto> {
    const now = this.clock.now();
    return this.changeClaimed(staff, id, now, { status: 'open', claimedBy: null, claimedAt: null });
  }

  async logAttempt(
    staff: StaffPrincipal,
    id: string,
    result: StaffCallbackDto['attempts'][number]['result'],
  ): Promise<StaffCallbackDto> {
    const now = this.clock.now();
    const callback = await this.mustFind(id, staffCentreScope(staff));
    this.assertClaimedByMe(callback, staff);
    await this.callbacks.insertAttempt({ id: randomUUID(), callbackId: id, accountId: staff.accountId, result });
    return this.revealIfClaimer(await this.mustFind(id, staffCentreScope(staff)), staff, now);
  }

  async close(staff: StaffPrincipal, id: string, dto: CloseCallbackDto): Promise<StaffCallbackDto> {
    const now = this.clock.now();
    const erasedNow = this.config.callbackEraseAfterDays === 0 ? { ...ERASED, erasedAt: now } : {};
    return this.changeClaimed(staff, id, now, { status: 'closed', outcome: dto.outcome, closedAt: now, ...erasedNow });
  }

  /** Erases the numbers of requests closed more than CALLBACK_ERASE_AFTER_DAYS ago. */
  async eraseDue(): Promise<number> {
    const now = this.clock.now();
    const closedBefore = new Date(now.getTime() - this.config.callbackEraseAfterDays * 24 * 3600 * 1000);
    const erased = await this.callbacks.eraseClosedBefore(closedBefore, now);
    if (erased > 0) {
      this.logger.log({ msg: 'erased callback numbers', count: erased });
    }
    return erased;
  }

  private async changeClaimed(
    staff: StaffPrincipal,
    id: string,
    now: Date,
    changes: Parameters<CallbacksRepository['transition']>[3],
  ): Promise<StaffCallbackDto> {
    const scope = staffCentreScope(staff);
    this.assertClaimedByMe(await this.mustFind(id, scope), staff);
    const changed = await this.callbacks.transition(
      id,
      scope,
      { statuses: ['claimed'], claimedBy: staff.accountId },
      changes,
    );
    const current = await this.mustFind(id, scope);
    if (!changed) {
      throw callbackStatusConflict(current.status);
    }
    return this.toStaffDto(current, staff, now, false);
  }

  private assertClaimedByMe(callback: CallbackWithDetails, staff: StaffPrincipal): void {
    if (callback.status !== 'claimed') {
      throw callbackStatusConflict(callback.status);
    }
    if (callback.claimedBy !== staff.accountId) {
      throw notYourClaim();
    }
  }

  private async revealIfClaimer(
    callback: CallbackWithDetails,
    staff: StaffPrincipal,
    now: Date,
  ): Promise<StaffCallbackDto> {
    const reveal =
      callback.status === 'claimed' && callback.claimedBy === staff.accountId && callback.phoneEncrypted !== null;
    if (reveal) {
      await this.audit.append({
        actorAccountId: staff.accountId,
        action: 'callback.phone.view',
        targetType: 'callback',
        targetId: callback.id,
        centreCode: callback.centreCode,
      });
    }
    return this.toStaffDto(callback, staff, now, reveal);
  }

  private toStaffDto(
    callback: CallbackWithDetails,
    staff: StaffPrincipal,
    now: Date,
    reveal: boolean,
  ): StaffCallbackDto {
    const next =
      callback.status === 'open' || callback.status === 'claimed' ? nextSafeMoment(callback.windows, now) : undefined;
    return {
      ...toCallbackDto(callback),
      phone: reveal && callback.phoneEncrypted ? this.cipher.decrypt(callback.phoneEncrypted) : null,
      claimed: callback.claimedBy !== null,
      claimedByMe: callback.claimedBy === staff.accountId,
      nextSafeAt: next ? next.toISOString() : null,
      attempts: callback.attempts.map((attempt) => ({ result: attempt.result, at: attempt.at.toISOString() })),
      recorded: callback.recorded,
    };
  }

  private async mustFind(id: string, scope: CallbackScope): Promise<CallbackWithDetails> {
    const callback = await this.callbacks.findOne(id, scope);
    if (!callback) {
      throw callbackNotFound();
    }
    return callback;
  }
}

function toCallbackDto(callback: CallbackWithDetails): CallbackDto {
  return {
    id: callback.id,
    centreCode: callback.centreCode,
    centreName: callback.centreName,
    phoneMasked: callback.phoneMasked,
    windows: callback.windows,
    mayIdentify: callback.mayIdentify,
    mayLeaveMessage: callback.mayLeaveMessage,
    topic: callback.topic,
    status: callback.status,
    outcome: callback.outcome,
    createdAt: callback.createdAt.toISOString(),
  };
}

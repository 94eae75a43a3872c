import { validationFailed } from '../common/errors/validation.js';
import { newShortCode, normalizeShortCode } from '../common/short-code.js';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { maskPhone, parseMainlandPhone, shanghaiClock } from '@wac/rules';
import { centreNotFound } from '../centres/centres.errors.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { Secrets } from '../common/crypto/secrets.js';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { parseIdempotencyKey } from '../common/validation/idempotency-key.js';
import { networkLimit } from '../common/errors/network-limit.js';
import { GuardRowsRepository } from '../database/guard-rows.repository.js';
import { StorageRepository } from '../database/storage.repository.js';
import { TransactionRunner, type EntityManager } from '../database/transaction-runner.js';
import { notSignedIn } from '../identity/identity.errors.js';
import { IdentityRepository } from '../identity/identity.repository.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { RateLimited, RateLimits } from '../limits/rate-limits.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
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
import { isValidWindow, nextSafeMoment } from './windows.js';

const MAX_WAITING_PER_PERSON = 3;
const ERASURE_SWEEP_MS = 60 * 60 * 1000;
/** What she typed goes when the request is over: the number and her own words. */
const ERASED = { phoneEncrypted: null, topic: null } as const;
const UNCLAIMED = { status: 'open', claimedBy: null, claimedAt: null, claimActiveAt: null } as const;
const CLAIM_SWEEP_MS = 60 * 1000;

@Injectable()
export class CallbacksService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly callbacks: CallbacksRepository,
    private readonly centres: CentresRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly identities: IdentityRepository,
    private readonly jobs: JobRunner,
    private readonly notifications: NotificationsService,
    private readonly secrets: Secrets,
    private readonly guards: GuardRowsRepository,
    private readonly limits: RateLimits,
    private readonly storage: StorageRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'callbacks.lapse-claims',
      schedule: { everyMs: CLAIM_SWEEP_MS },
      run: () => this.releaseLapsedClaims(),
    });
    this.jobs.register({
      name: 'callbacks.erase',
      schedule: { everyMs: ERASURE_SWEEP_MS },
      run: () => this.eraseDue(),
    });
  }

  /** With an Idempotency-Key, a retry of the same request returns the first one instead of asking twice. */
  async create(woman: WomanPrincipal, dto: CreateCallbackDto, idempotencyKey?: string): Promise<CallbackDto> {
    const now = this.clock.now();
    const key = parseIdempotencyKey(idempotencyKey, { required: false });
    const earlier = key ? await this.callbacks.findByIdempotencyKey(woman.clientId, key) : undefined;
    if (earlier) {
      return this.forHer(earlier);
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
    const id = randomUUID();
    try {
      await this.transactions.run(async (manager) => {
        if (!(await this.identities.guardPerson(manager, woman.clientId, woman.sessionVersion))) {
          throw notSignedIn();
        }
        if ((await this.callbacks.countActive(manager, woman.clientId)) >= MAX_WAITING_PER_PERSON) {
          throw tooManyCallbacks(MAX_WAITING_PER_PERSON);
        }
        if (woman.origin) {
          // New H5 sessions of one network may ask only so often at one centre: staff must not phone strangers.
          await this.guards.touch(manager, `callbacks:${woman.origin}:${centre.code}`);
          const waiting = await this.callbacks.countActiveOfOrigin(manager, woman.origin, centre.code);
          if (waiting >= this.config.limits.newGuestCallbacksPerCentre) {
            throw networkLimit();
          }
        }
        await this.insert(manager, woman, { ...dto, centreCode: centre.code }, id, key ?? null, phone);
        await this.notifications.toCentre(manager, centre.code, 'staff_new_callback', { callbackId: id });
      });
    } catch (error) {
      const retried =
        key && this.transactions.uniqueKeyViolated(error) === 'UQ_callback_idempotency'
          ? await this.callbacks.findByIdempotencyKey(woman.clientId, key)
          : undefined;
      if (retried) {
        return this.forHer(retried);
      }
      throw error;
    }
    return this.forHer(await this.mustFind(id, { clientId: woman.clientId }));
  }

  private async insert(
    manager: EntityManager,
    woman: WomanPrincipal,
    dto: CreateCallbackDto,
    id: string,
    idempotencyKey: string | null,
    phone: { normalized: string; masked: string },
  ): Promise<void> {
    await this.callbacks.insert(manager, {
      id,
      centreCode: dto.centreCode,
      clientId: woman.clientId,
      phoneEncrypted: this.secrets.encrypt(phone.normalized),
      windows: dto.windows.map(({ date, weekday, from, to }) => ({
        ...(date ? { date } : {}),
        ...(weekday ? { weekday } : {}),
        from,
        to,
      })),
      mayIdentify: dto.mayIdentify,
      mayLeaveMessage: dto.mayLeaveMessage,
      topic: dto.topic ? this.secrets.encrypt(dto.topic) : null,
      status: 'open',
      claimedBy: null,
      claimedAt: null,
      claimActiveAt: null,
      outcome: null,
      closedAt: null,
      erasedAt: null,
      recorded: false,
      idempotencyKey,
      code: newShortCode(),
    });
  }

  async listMine(woman: WomanPrincipal): Promise<CallbackListDto> {
    const callbacks = await this.callbacks.findMany({ clientId: woman.clientId });
    return { items: callbacks.map((callback) => this.forHer(callback)) };
  }

  /** She changes her mind: the request leaves the queue and her number is erased at once. */
  async withdraw(woman: WomanPrincipal, id: string): Promise<CallbackDto> {
    return this.forHer(await this.withdrawFor(woman.clientId, id));
  }

  /**
   * Her request found with its short code alone (a new session, browser data cleared): neither her words nor even
   * the masked number are shown to whoever holds the code.
   */
  async findByCode(woman: WomanPrincipal, address: string, code: string): Promise<CallbackDto> {
    return this.byCode(await this.mustFindByCode(woman, address, code));
  }

  async withdrawByCode(woman: WomanPrincipal, address: string, code: string): Promise<CallbackDto> {
    const callback = await this.mustFindByCode(woman, address, code);
    return this.byCode(await this.withdrawFor(callback.clientId, callback.id));
  }

  /** Every look-up by code is counted (per address and per session) before anything is read; a wrong code is a 404. */
  private async mustFindByCode(woman: WomanPrincipal, address: string, input: string): Promise<CallbackWithDetails> {
    await this.limits.consumeCodeLookup(address, woman.clientId);
    const code = normalizeShortCode(input);
    const callback = code ? await this.callbacks.findByCode(code) : undefined;
    if (!callback) {
      throw callbackNotFound();
    }
    return callback;
  }

  private byCode(callback: CallbackWithDetails): CallbackDto {
    return { ...this.toCallbackDto(callback, null), phoneMasked: null };
  }

  private async withdrawFor(clientId: string, id: string): Promise<CallbackWithDetails> {
    const now = this.clock.now();
    const scope = { clientId };
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
    await this.storage.scrubErased();
    return current;
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
    const callback = await this.mustFind(id, scope);
    await this.allowReveal(staff, callback.centreCode);
    const claimed = await this.callbacks.transition(
      id,
      scope,
      { statuses: ['open'] },
      { status: 'claimed', claimedBy: staff.accountId, claimedAt: now, claimActiveAt: now },
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

  /**
   * Gives a claimed request back to the queue: the claimer's own, or any claim of their centre for an admin (a
   * colleague away, or a claim left open); an admin's release of another's claim is audited.
   */
  async release(staff: StaffPrincipal, id: string): Promise<StaffCallbackDto> {
    const now = this.clock.now();
    const scope = staffCentreScope(staff);
    const callback = await this.mustFind(id, scope);
    const isAdmin = staff.role === 'centre_admin' || staff.role === 'city_admin';
    if (callback.status !== 'claimed' || callback.claimedBy === staff.accountId || !isAdmin) {
      return this.changeClaimed(staff, id, now, UNCLAIMED);
    }
    const released = await this.callbacks.transition(
      id,
      scope,
      { statuses: ['claimed'], claimedBy: callback.claimedBy ?? '' },
      UNCLAIMED,
    );
    const current = await this.mustFind(id, scope);
    if (!released) {
      throw callbackStatusConflict(current.status);
    }
    await this.audit.append({
      actorAccountId: staff.accountId,
      action: 'callback.release',
      targetType: 'callback',
      targetId: id,
      centreCode: current.centreCode,
    });
    return this.toStaffDto(current, staff, now, false);
  }

  /**
   * A claim shows her number: each login may claim only so many an hour (LIMIT_NUMBER_REVEALS_PER_HOUR). One that
   * goes past it is stopped, and the centre's admins are told once an hour, in neutral words.
   */
  private async allowReveal(staff: StaffPrincipal, centreCode: string): Promise<void> {
    try {
      await this.limits.consume('numberReveals', staff.accountId);
    } catch (error) {
      if (error instanceof RateLimited && (await this.limits.useOnce(`reveal-alert:${staff.accountId}`, 3600_000))) {
        await this.transactions.run((manager) =>
          this.notifications.toCentre(manager, centreCode, 'staff_reveal_limit'),
        );
      }
      throw error;
    }
  }

  /**
   * Claims nobody works on go back to the queue: idle for CLAIM_LAPSE_MINUTES (no call logged since the claim), or
   * held by a login that was deactivated. Each release is audited; the number is no longer shown to anyone.
   */
  async releaseLapsedClaims(): Promise<number> {
    const now = this.clock.now();
    const idleSince = new Date(now.getTime() - this.config.claimLapseMinutes * 60 * 1000);
    let released = 0;
    for (const callback of await this.callbacks.findLapsedClaims(idleSince)) {
      const changed = await this.callbacks.transition(
        callback.id,
        {},
        { statuses: ['claimed'], claimedBy: callback.claimedBy ?? '' },
        UNCLAIMED,
      );
      if (changed) {
        released += 1;
        await this.audit.append({
          actorAccountId: 'system',
          action: 'callback.release',
          targetType: 'callback',
          targetId: callback.id,
          centreCode: callback.centreCode,
        });
      }
    }
    return released;
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
    await this.callbacks.transition(
      id,
      {},
      { statuses: ['claimed'], claimedBy: staff.accountId },
      { claimActiveAt: now },
    );
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
      await this.storage.scrubErased();
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
      // What she wrote only for the staff of the centre she chose, never for the city level.
      ...this.toCallbackDto(
        callback,
        staff.role !== 'city_admin' && staff.centreCode === callback.centreCode
          ? this.secrets.decryptOrNull(callback.topic)
          : null,
        true,
      ),
      phone: reveal && callback.phoneEncrypted ? this.secrets.decrypt(callback.phoneEncrypted) : null,
      claimed: callback.claimedBy !== null,
      claimedByMe: callback.claimedBy === staff.accountId,
      nextSafeAt: next ? next.toISOString() : null,
      attempts: callback.attempts.map((attempt) => ({ result: attempt.result, at: attempt.at.toISOString() })),
      recorded: callback.recorded,
    };
  }

  /**
   * Her request as she sees it (with what she wrote and its short code), or as staff see it in lists (`topic`
   * decided by the caller; never the code, which staff do not need).
   */
  private toCallbackDto(callback: CallbackWithDetails, topic: string | null, forStaff = false): CallbackDto {
    const phone = this.secrets.decryptOrNull(callback.phoneEncrypted);
    return {
      id: callback.id,
      centreCode: callback.centreCode,
      centreName: callback.centreName,
      // Masked when shown, from the encrypted number: the masked form is never stored.
      phoneMasked: phone === null ? null : maskPhone(phone),
      windows: callback.windows,
      mayIdentify: callback.mayIdentify,
      mayLeaveMessage: callback.mayLeaveMessage,
      topic,
      status: callback.status,
      outcome: callback.outcome,
      ...(forStaff ? {} : { code: callback.code }),
      createdAt: callback.createdAt.toISOString(),
    };
  }

  private forHer(callback: CallbackWithDetails): CallbackDto {
    return this.toCallbackDto(callback, this.secrets.decryptOrNull(callback.topic));
  }

  private async mustFind(id: string, scope: CallbackScope): Promise<CallbackWithDetails> {
    const callback = await this.callbacks.findOne(id, scope);
    if (!callback) {
      throw callbackNotFound();
    }
    return callback;
  }
}

import { invalidField } from '../common/errors/validation.js';
import { newShortCode, normalizeShortCode } from '../common/short-code.js';
import { RateLimits } from '../limits/rate-limits.service.js';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { RecentlyUsed } from '../cache/recently-used.js';
import { checkSlot, slotTimes, type DayCapacity, type DayContext } from '../availability/availability.js';
import { AvailabilityService } from '../availability/availability.service.js';
import { decodeSlotId, type SlotRef } from '../availability/slot-id.js';
import { BOOKING_STATUSES, minutesToClock, shanghaiClock, shanghaiInstant } from '@wac/rules';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Clock } from '../common/clock.js';
import { parseIdempotencyKey } from '../common/validation/idempotency-key.js';
import { Secrets } from '../common/crypto/secrets.js';
import { networkLimit } from '../common/errors/network-limit.js';
import { GuardRowsRepository } from '../database/guard-rows.repository.js';
import { TransactionRunner, type EntityManager } from '../database/transaction-runner.js';
import { notSignedIn } from '../identity/identity.errors.js';
import { IdentityRepository } from '../identity/identity.repository.js';
import { StacklessError, type DomainError } from '../common/errors/domain-error.js';
import { staffCentreScope, type StaffPrincipal, type WomanPrincipal } from '../identity/principal.js';
import type { Booking } from './booking.entity.js';
import { TRANSITIONS, type BookingAction, type DeclineReason, type StaffAction } from './booking-status.js';
import {
  alreadyBookedAtThisTime,
  bookingNotFound,
  idempotencyKeyReused,
  limitReached,
  notYetStarted,
  slotFull,
  slotNotBookable,
  statusConflict,
  tooLateToChange,
} from './bookings.errors.js';
import {
  BookingsRepository,
  type BookingChanges,
  type BookingScope,
  type BookingChecks,
  type BookingWithCentre,
} from './bookings.repository.js';
import {
  toBookingDto,
  type BookingDto,
  type BookingListDto,
  type CreateBookingDto,
  type StaffBookingsQueryDto,
} from './dto/booking.dto.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { WaitlistService } from '../waitlist/waitlist.service.js';

const RELEASE_PLACE = { seat: null, roomSeat: null, activeClientId: null } as const;

/**
 * A booking refused by its checks (in its transaction, or read alone at a slot found full), which also found her
 * session live and read the booking her key made, if any: what `create` would otherwise read again. Only carries the
 * refusal out of the transaction to `create`.
 */
class RefusedAfterChecks extends StacklessError {
  readonly refusal: DomainError;
  readonly keyBooking: string | null;

  constructor(refusal: DomainError, keyBooking: string | null) {
    super(refusal.message);
    this.refusal = refusal;
    this.keyBooking = keyBooking;
  }
}

/** A place held for her from the waiting list is an offer, shown with the waiting list, not yet a booking. */
const HER_STATUSES = BOOKING_STATUSES.filter((status) => status !== 'offered');

/** How long this process remembers a slot it found full, and how many it remembers (`BookingsService.fullSlots`). */
const FULL_SLOT_HINT = { ms: 60_000, slots: 10_000 } as const;

@Injectable()
export class BookingsService {
  /**
   * Slots this process recently found full. An attempt at one of them first reads her checks alone: one round trip
   * that locks nothing, and she is refused from what it says, so a crowd refused at a full slot does not queue on its
   * lock. Only when it finds a place does she go on to the locked transaction. The hint decides the order, never the
   * answer: every refusal is read from the database at her request, and a stale hint costs one read.
   */
  private readonly fullSlots = new RecentlyUsed<string, number>(FULL_SLOT_HINT.slots);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bookings: BookingsRepository,
    private readonly availability: AvailabilityService,
    private readonly waitlist: WaitlistService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly identities: IdentityRepository,
    private readonly guards: GuardRowsRepository,
    private readonly secrets: Secrets,
    private readonly limits: RateLimits,
  ) {}

  /**
   * Books a place, or returns the booking this Idempotency-Key already made (a retry after a lost answer): a retry
   * whose first attempt committed is refused by her limits (whose read also finds her key's booking) or by the
   * database's unique keys (then her key is looked up), and gets that booking. Whatever refuses her, an ended session
   * is told so first, when her session was left to the booking to check (`WomanPrincipal.sessionChecked`).
   */
  async create(woman: WomanPrincipal, dto: CreateBookingDto, idempotencyKey: string | undefined): Promise<BookingDto> {
    const now = this.clock.now();
    let key: string;
    let ref: SlotRef;
    try {
      key = parseIdempotencyKey(idempotencyKey, { required: true }) as string;
      ref = requireSlot(dto.slotId);
    } catch (error) {
      await this.assertSessionLive(woman);
      throw error;
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.book(woman, dto, key, ref, now);
      } catch (error) {
        if (error instanceof RefusedAfterChecks) {
          // Her session was live, and her key's booking, if any, was read with the checks: nothing more to read.
          const replayed = error.keyBooking ? await this.replay(woman, key, ref, error.keyBooking) : undefined;
          if (replayed) {
            return replayed;
          }
          throw error.refusal;
        }
        // Before anything else is said, and never an earlier booking to an ended session.
        await this.assertSessionLive(woman);
        const replayed = await this.replay(woman, key, ref);
        if (replayed) {
          return replayed;
        }
        const violated = this.transactions.uniqueKeyViolated(error);
        const conflict = bookingConflict(violated);
        // Any other unique key is her new short code meeting an old one (about 1 in 10^9): draw again, once.
        if (!conflict && violated !== undefined && attempt === 1) {
          continue;
        }
        throw conflict ?? error;
      }
    }
  }

  private async book(
    woman: WomanPrincipal,
    dto: CreateBookingDto,
    key: string,
    ref: SlotRef,
    now: Date,
  ): Promise<BookingDto> {
    const window = await this.availability.bookingWindow(ref.centreCode, now);
    const day =
      window.days.find((d) => d.date === ref.date) ??
      (await this.availability.dayContext(ref.centreCode, ref.date, now));
    const { capacity, end } = bookableSlot(day, ref);
    // A cap of 100 % is no cap: then no guard row is shared by every session of a network (on Galera such a row is
    // written from every node, and each write conflicts with the others at commit).
    const capped = woman.origin && this.config.limits.newGuestPlacesPercent < 100;
    const originCap = capped ? this.newSessionsCap(window.places) : undefined;
    const booking = {
      id: randomUUID(),
      centreCode: ref.centreCode,
      date: ref.date,
      startTime: ref.start,
      endTime: end,
      service: ref.service,
      clientId: woman.clientId,
      status: 'pending' as const,
      seat: null as number | null,
      roomSeat: null as number | null,
      activeClientId: woman.clientId,
      idempotencyKey: key,
      topic: dto.topic ? this.secrets.encrypt(dto.topic) : null,
      contactPreference: dto.contactPreference ?? 'in_app',
      needs: dto.needs?.length ? dto.needs : null,
      offerExpiresAt: null,
      declineReason: null,
      statusChangedBy: null,
      statusChangedAt: now,
      version: 1,
      recorded: false,
      createdAt: now,
    };
    const origin = originCap === undefined ? undefined : (woman.origin ?? undefined);
    const person = { clientId: woman.clientId, origin, idempotencyKey: key };
    const slot = `${ref.centreCode} ${ref.date} ${ref.start} ${ref.service}`;
    const foundFullAt = this.fullSlots.get(slot);
    if (foundFullAt !== undefined && performance.now() - foundFullAt < FULL_SLOT_HINT.ms) {
      const [checks] = await this.transactions.readAlone([
        this.bookings.checksToRefuse(
          { ...person, tokenVersion: woman.sessionVersion },
          ref,
          shanghaiNow(now),
          capacity,
        ),
      ]);
      const refusal = this.refusalAfter(checks, originCap);
      // An ended session goes on, to be told so as any other would be.
      if (checks.sessionLive && refusal) {
        throw new RefusedAfterChecks(refusal, checks.keyBooking);
      }
      if (checks.placeFree) {
        this.fullSlots.deleteIf(slot, foundFullAt);
      }
    }
    // Two steps, each one round trip on MySQL. First, with BEGIN and in this order: her row, locked, which also says
    // whether her session is still live (her bookings are counted one at a time, across processes and database
    // nodes); for an H5 session, her network's row at this centre (its sessions' places are counted one at a time
    // too); the slot time, locked before her limits and the seats taken are read, by the last statement, under the
    // locks. Then the booking and the staff notice, with COMMIT.
    const inserted = await this.transactions.runInSteps(async (steps) => {
      const [live, , , checks] = await steps.begin([
        this.identities.personGuard(woman.clientId, woman.sessionVersion),
        origin ? this.guards.touching(`places:${origin}:${ref.centreCode}`) : undefined,
        this.bookings.slotTimeLock(ref),
        this.bookings.checksBeforeBooking(person, ref, shanghaiNow(now), capacity),
      ]);
      if (!live) {
        throw notSignedIn();
      }
      const { seats } = checks;
      if (!seats) {
        this.fullSlots.set(slot, performance.now());
      }
      const refusal = this.refusalAfter(checks, originCap);
      if (refusal || !seats) {
        throw new RefusedAfterChecks(refusal ?? slotFull(), checks.keyBooking);
      }
      // A new code at every attempt: the transaction runner runs it again after a duplicate key, however unlikely
      // two random codes are to meet.
      const row = { ...booking, ...seats, code: newShortCode() };
      await steps.commit([
        this.bookings.insertion(row),
        this.notifications.centreNotice(ref.centreCode, 'staff_new_booking', { booking: row }),
      ]);
      return row;
    });
    // What was inserted is what she gets back: no read after the commit.
    return this.forHer({ ...inserted, centreName: window.centreName });
  }

  /** Why her checks refuse her, in the order she is told: her limits first, a full slot last. */
  private refusalAfter(checks: BookingChecks, networkCap: number | undefined): DomainError | undefined {
    if (networkCap !== undefined && checks.heldByNetwork >= networkCap) {
      return networkLimit();
    }
    if (checks.upcoming >= this.config.activeBookingLimit) {
      return limitReached(this.config.activeBookingLimit);
    }
    if (checks.atThisTime > 0) {
      return alreadyBookedAtThisTime();
    }
    return checks.placeFree ? undefined : slotFull();
  }

  async listMine(woman: WomanPrincipal): Promise<BookingListDto> {
    const bookings = await this.bookings.findMany({ clientId: woman.clientId }, { statuses: HER_STATUSES });
    return { items: bookings.map((booking) => this.forHer(booking)) };
  }

  /** She may cancel any time before the start, without penalty; the place is freed at once. */
  async cancel(woman: WomanPrincipal, id: string): Promise<BookingDto> {
    const changes = { ...RELEASE_PLACE, statusChangedBy: null };
    const current = await this.change(id, { clientId: woman.clientId }, 'cancel', this.clock.now(), changes);
    return this.forHer(current);
  }

  /** Moves her booking to another slot in one transaction: she ends up with the new place or keeps the old one. */
  async reschedule(woman: WomanPrincipal, id: string, slotId: string): Promise<BookingDto> {
    return this.forHer(await this.move(woman.clientId, id, slotId));
  }

  /** Her booking found with its short code alone (a new session, browser data cleared); her words are not shown. */
  async findByCode(woman: WomanPrincipal, address: string, code: string): Promise<BookingDto> {
    return toBookingDto(await this.mustFindByCode(woman, address, code), null);
  }

  async cancelByCode(woman: WomanPrincipal, address: string, code: string): Promise<BookingDto> {
    const booking = await this.mustFindByCode(woman, address, code);
    const changes = { ...RELEASE_PLACE, statusChangedBy: null };
    const scope = { clientId: booking.clientId };
    return toBookingDto(await this.change(booking.id, scope, 'cancel', this.clock.now(), changes), null);
  }

  async rescheduleByCode(woman: WomanPrincipal, address: string, code: string, slotId: string): Promise<BookingDto> {
    const booking = await this.mustFindByCode(woman, address, code);
    return toBookingDto(await this.move(booking.clientId, booking.id, slotId), null);
  }

  /**
   * Every look-up by code is counted (per address and per session) before anything is read; a wrong code and
   * a waiting-list offer (not hers to see in 我的预约 either) answer the same 404.
   */
  private async mustFindByCode(woman: WomanPrincipal, address: string, input: string): Promise<BookingWithCentre> {
    await this.limits.consumeCodeLookup(address, woman.clientId);
    const code = normalizeShortCode(input);
    const booking = code ? await this.bookings.findByCode(code) : undefined;
    if (!booking || booking.status === 'offered') {
      throw bookingNotFound();
    }
    return booking;
  }

  /** Moves the booking of `clientId` to another slot: the new place, or the old one kept. */
  private async move(clientId: string, id: string, slotId: string): Promise<BookingWithCentre> {
    const now = this.clock.now();
    const ref = requireSlot(slotId);
    const scope = { clientId };
    const booking = await this.mustFind(id, scope);
    this.assertCanChange(booking, 'reschedule', now);
    const freed = slotOf(booking);
    const { capacity, end } = await this.bookableSlot(ref, now);
    const freedDay = await this.availability.dayContext(freed.centreCode, freed.date, now);
    try {
      await this.bookings.runInTransaction(async (manager) => {
        if (await this.bookings.hasBookingAt(manager, clientId, ref.date, ref.start, id)) {
          throw alreadyBookedAtThisTime();
        }
        await this.bookings.lockSlotTime(manager, ref);
        const seats = await this.bookings.takeSeats(manager, ref, capacity, id);
        if (!seats) {
          throw slotFull();
        }
        const moved = await this.bookings.transition(manager, id, scope, TRANSITIONS.reschedule.from, {
          centreCode: ref.centreCode,
          date: ref.date,
          startTime: ref.start,
          endTime: end,
          service: ref.service,
          status: 'pending',
          ...seats,
          statusChangedBy: null,
          statusChangedAt: now,
        });
        if (!moved) {
          throw statusConflict((await this.mustFind(id, scope)).status);
        }
        await this.waitlist.offerWithin(manager, freed, freedDay);
      });
    } catch (error) {
      throw bookingConflict(this.transactions.uniqueKeyViolated(error)) ?? error;
    }
    return this.mustFind(id, scope);
  }

  async listForStaff(staff: StaffPrincipal, query: StaffBookingsQueryDto): Promise<BookingListDto> {
    const bookings = await this.bookings.findMany(staffCentreScope(staff, query.centre), {
      from: query.from,
      to: query.to,
      statuses: query.status ? [query.status] : undefined,
      service: query.service,
    });
    return { items: bookings.map((booking) => this.forStaff(booking, staff)) };
  }

  /** A staff member's action, as compare-and-swap on the current status: of two staff acting at once, one wins. */
  async act(staff: StaffPrincipal, id: string, action: StaffAction, reason?: DeclineReason): Promise<BookingDto> {
    const releases = TRANSITIONS[action].releases ? RELEASE_PLACE : {};
    const current = await this.change(id, staffCentreScope(staff), action, this.clock.now(), {
      ...releases,
      statusChangedBy: staff.accountId,
      ...(reason ? { declineReason: reason } : {}),
    });
    return this.forStaff(current, staff);
  }

  private async change(
    id: string,
    scope: BookingScope,
    action: BookingAction,
    now: Date,
    changes: BookingChanges,
  ): Promise<BookingWithCentre> {
    const booking = await this.mustFind(id, scope);
    this.assertCanChange(booking, action, now);
    const transition = TRANSITIONS[action];
    const freedDay = transition.releases
      ? await this.availability.dayContext(booking.centreCode, booking.date, now)
      : undefined;
    const changed = await this.bookings.runInTransaction(async (manager) => {
      const done = await this.bookings.transition(manager, id, scope, transition.from, {
        ...changes,
        status: transition.to,
        statusChangedAt: now,
      });
      if (done) {
        await this.afterChange(manager, action, booking, freedDay);
      }
      return done;
    });
    const current = await this.mustFind(id, scope);
    if (!changed) {
      throw statusConflict(current.status);
    }
    return current;
  }

  /** Her own booking, with what she wrote. */
  private forHer(booking: BookingWithCentre): BookingDto {
    return toBookingDto(booking, this.secrets.decryptOrNull(booking.topic));
  }

  /**
   * A booking for staff: what she wrote only for the staff of the centre she chose (her consent names them), never
   * for the city level.
   */
  private forStaff(booking: BookingWithCentre, staff: StaffPrincipal): BookingDto {
    const mayRead = staff.role !== 'city_admin' && staff.centreCode === booking.centreCode;
    return toBookingDto(booking, mayRead ? this.secrets.decryptOrNull(booking.topic) : null, true);
  }

  /**
   * What follows a change, in its transaction: a freed place goes to the waiting list, and she hears about staff
   * decisions. Committing with the change means a crash can lose neither.
   */
  private async afterChange(
    manager: EntityManager,
    action: BookingAction,
    before: Booking,
    freedDay: DayContext | undefined,
  ): Promise<void> {
    if (freedDay) {
      await this.waitlist.offerWithin(manager, slotOf(before), freedDay);
    }
    if (action === 'confirm') {
      await this.notifications.bookingConfirmed(manager, before);
    } else if (action === 'decline') {
      await this.notifications.bookingDeclined(manager, before);
    }
  }

  private assertCanChange(booking: Booking, action: BookingAction, now: Date): void {
    if (!TRANSITIONS[action].from.includes(booking.status)) {
      throw statusConflict(booking.status);
    }
    const started = shanghaiInstant(booking.date, booking.startTime).getTime() <= now.getTime();
    if (action === 'no-show' && !started) {
      throw notYetStarted();
    }
    if ((action === 'cancel' || action === 'reschedule' || action === 'confirm') && started) {
      throw tooLateToChange();
    }
  }

  /** Whether the slot can be booked now, with what it can hold and when it ends. */
  private async bookableSlot(ref: SlotRef, now: Date) {
    return bookableSlot(await this.availability.dayContext(ref.centreCode, ref.date, now), ref);
  }

  /**
   * How many unconfirmed places the new H5 sessions of one network may hold at a centre: a share of the places in
   * its booking window (at least two), so a script cannot book it out however many sessions it starts.
   */
  private newSessionsCap(windowPlaces: number): number {
    return Math.max(2, Math.floor((windowPlaces * this.config.limits.newGuestPlacesPercent) / 100));
  }

  /** Her session, unless it was checked when she was authenticated (`WomanPrincipal.sessionChecked`). */
  private async assertSessionLive(woman: WomanPrincipal): Promise<void> {
    if (!woman.sessionChecked && !(await this.identities.clientIsActive(woman.clientId, woman.sessionVersion))) {
      throw notSignedIn();
    }
  }

  /** The booking her key already made (looked up unless `knownId` says which), as answered the first time. */
  private async replay(
    woman: WomanPrincipal,
    key: string,
    ref: SlotRef,
    knownId?: string,
  ): Promise<BookingDto | undefined> {
    const id = knownId ?? (await this.bookings.findIdByIdempotencyKey(woman.clientId, key));
    if (!id) {
      return undefined;
    }
    const original = await this.mustFind(id, { clientId: woman.clientId });
    if (original.idempotencyKey !== key || !isSameSlotRequest(original, ref)) {
      throw idempotencyKeyReused();
    }
    return this.forHer(original);
  }

  private async mustFind(id: string, scope: BookingScope): Promise<BookingWithCentre> {
    const booking = await this.bookings.findOne(id, scope);
    if (!booking) {
      throw bookingNotFound();
    }
    return booking;
  }
}

/** A retry of the same request, even after she rescheduled it, is recognised by its key alone. */
function isSameSlotRequest(booking: Booking, ref: SlotRef): boolean {
  return (
    booking.version > 1 ||
    (booking.centreCode === ref.centreCode &&
      booking.date === ref.date &&
      booking.startTime === ref.start &&
      booking.service === ref.service)
  );
}

/** Which rule a unique key of the booking table enforced when the checks before it were overtaken by a race. */
/** The slot's capacity and end time on its day, or why it cannot be booked. */
function bookableSlot(day: DayContext, ref: SlotRef): { capacity: DayCapacity; end: string } {
  const problem = checkSlot(day, ref.start, ref.service);
  if (problem) {
    throw slotNotBookable(problem);
  }
  const end = slotTimes(day.rules).find((time) => time.start === ref.start)?.end ?? ref.start;
  return { capacity: day.capacity, end };
}

function bookingConflict(uniqueKey: string | undefined): DomainError | undefined {
  switch (uniqueKey) {
    case 'UQ_booking_person_time':
      return alreadyBookedAtThisTime();
    case 'UQ_booking_service_seat':
    case 'UQ_booking_room_seat':
      return slotFull();
    default:
      return undefined;
  }
}

function requireSlot(slotId: string): SlotRef {
  const ref = decodeSlotId(slotId);
  if (!ref) {
    throw invalidField('slotId', 'is not a slot from the availability list');
  }
  return ref;
}

const slotOf = (booking: Booking): SlotRef => ({
  centreCode: booking.centreCode,
  date: booking.date,
  start: booking.startTime,
  service: booking.service,
});

function shanghaiNow(now: Date): { date: string; clock: string } {
  const { date, minutes } = shanghaiClock(now);
  return { date, clock: minutesToClock(minutes) };
}

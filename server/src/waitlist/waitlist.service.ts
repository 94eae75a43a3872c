import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { checkSlot, daySlots, dayUnbookableReason, slotTimes } from '../availability/availability.js';
import { AvailabilityService } from '../availability/availability.service.js';
import type { SlotRef } from '../availability/slot-id.js';
import { limitReached, slotNotBookable } from '../bookings/bookings.errors.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { toBookingDto, type BookingDto } from '../bookings/dto/booking.dto.js';
import { minutesToClock, shanghaiClock, shanghaiInstant } from '../calendar/dates.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { WomanPrincipal } from '../identity/principal.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  toWaitlistEntryDto,
  type JoinWaitlistDto,
  type WaitlistEntryDto,
  type WaitlistListDto,
} from './dto/waitlist.dto.js';
import {
  alreadyWaiting,
  offerExpired,
  placesAvailable,
  tooManyWaiting,
  waitlistEntryNotFound,
  waitlistStatusConflict,
} from './waitlist.errors.js';
import { WaitlistRepository, type EntryWithDetails } from './waitlist.repository.js';

const MAX_WAITING_PER_PERSON = 3;
/** An offer shorter than this is no use to her: the place is simply left free for anyone. */
const SHORTEST_OFFER_MS = 15 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 1000;
const ENDED = { activeKey: null } as const;

let lastQueueOrder = 0;
/** A strictly increasing place in line within this process; real time, so frozen test clocks do not tie. */
function nextQueueOrder(): number {
  lastQueueOrder = Math.max(Date.now() * 1000, lastQueueOrder + 1);
  return lastQueueOrder;
}

@Injectable()
export class WaitlistService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('waitlist');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly waitlist: WaitlistRepository,
    private readonly bookings: BookingsRepository,
    private readonly availability: AvailabilityService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () =>
        void this.passOnLapsedOffers().catch((error: unknown) =>
          this.logger.error({ msg: 'offer sweep failed', error: String(error) }),
        ),
      SWEEP_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Joins the line for a full day; refused while the day still has places (she should just book). */
  async join(woman: WomanPrincipal, dto: JoinWaitlistDto): Promise<WaitlistEntryDto> {
    const now = this.clock.now();
    const day = await this.availability.dayContext(dto.centreCode, dto.date, now);
    const unbookable = dayUnbookableReason(day);
    if (unbookable) {
      throw slotNotBookable(unbookable.reason);
    }
    if (day.capacity.services[dto.service] === 0) {
      throw slotNotBookable('service_not_offered');
    }
    const taken = (await this.bookings.countTaken(dto.centreCode, dto.date, dto.date)).get(dto.date);
    if (
      daySlots(day, taken ?? { byService: new Map(), byTime: new Map() }, [dto.service]).some(
        (slot) => slot.remaining > 0,
      )
    ) {
      throw placesAvailable();
    }
    if ((await this.waitlist.countActive(woman.clientId)) >= MAX_WAITING_PER_PERSON) {
      throw tooManyWaiting(MAX_WAITING_PER_PERSON);
    }
    const id = randomUUID();
    try {
      await this.waitlist.insert({
        id,
        clientId: woman.clientId,
        centreCode: dto.centreCode,
        date: dto.date,
        service: dto.service,
        status: 'waiting',
        activeKey: 1,
        offerBookingId: null,
        queueOrder: nextQueueOrder(),
      });
    } catch (error) {
      throw this.transactions.uniqueKeyViolated(error) === 'UQ_waitlist_active' ? alreadyWaiting() : error;
    }
    return toWaitlistEntryDto(await this.mustFind(woman, id), now);
  }

  async listMine(woman: WomanPrincipal): Promise<WaitlistListDto> {
    await this.passOnLapsedOffers();
    const now = this.clock.now();
    return { items: (await this.waitlist.findMine(woman.clientId)).map((entry) => toWaitlistEntryDto(entry, now)) };
  }

  /** Takes the held place: it becomes her pending booking, within her booking limit. */
  async accept(woman: WomanPrincipal, id: string): Promise<BookingDto> {
    await this.passOnLapsedOffers();
    const entry = await this.mustFind(woman, id);
    if (entry.status === 'expired') {
      throw offerExpired();
    }
    if (entry.status !== 'offered' || !entry.offer) {
      throw waitlistStatusConflict(entry.status);
    }
    const holdId = entry.offer.id;
    await this.bookings.runInTransaction(async (manager) => {
      await this.bookings.lockClient(manager, woman.clientId);
      const { date, minutes } = shanghaiClock(this.clock.now());
      if (
        (await this.bookings.countUpcoming(manager, woman.clientId, { date, clock: minutesToClock(minutes) })) >=
        this.config.activeBookingLimit
      ) {
        throw limitReached(this.config.activeBookingLimit);
      }
      const accepted = await this.bookings.transition(manager, holdId, { clientId: woman.clientId }, ['offered'], {
        status: 'pending',
        statusChangedAt: this.clock.now(),
      });
      if (!accepted || !(await this.waitlist.transition(manager, id, ['offered'], { status: 'accepted', ...ENDED }))) {
        throw offerExpired();
      }
    });
    const booking = await this.bookings.findOne(holdId, { clientId: woman.clientId });
    if (!booking) {
      throw offerExpired();
    }
    return toBookingDto(booking);
  }

  async decline(woman: WomanPrincipal, id: string): Promise<WaitlistEntryDto> {
    return this.leave(woman, id, ['offered'], 'declined');
  }

  async withdraw(woman: WomanPrincipal, id: string): Promise<WaitlistEntryDto> {
    return this.leave(woman, id, ['waiting', 'offered'], 'withdrawn');
  }

  /**
   * A place has just been freed (a cancellation, a decline, a move): hold it for the first woman in line who can
   * take it, and tell her. Best effort: if this fails the place is simply free for anyone.
   */
  async offerFreedPlace(ref: SlotRef): Promise<void> {
    try {
      await this.offer(ref);
    } catch (error) {
      this.logger.error({
        msg: 'could not offer a freed place',
        error: error instanceof Error ? error.message : 'unknown',
      });
    }
  }

  /** Offers whose time ran out go back to the line (and on to the next woman). */
  async passOnLapsedOffers(): Promise<void> {
    for (const hold of await this.waitlist.findLapsedHolds(this.clock.now())) {
      const removed = await this.bookings.runInTransaction(async (manager) => {
        const entry = await this.waitlist.findEntryForHold(manager, hold.id);
        if (entry) {
          await this.waitlist.transition(manager, entry.id, ['offered'], { status: 'expired', ...ENDED });
        }
        return this.waitlist.deleteHold(manager, hold.id);
      });
      if (removed) {
        await this.offerFreedPlace({
          centreCode: hold.centreCode,
          date: hold.date,
          start: hold.startTime,
          service: hold.service,
        });
      }
    }
  }

  private async leave(
    woman: WomanPrincipal,
    id: string,
    from: ('waiting' | 'offered')[],
    to: 'declined' | 'withdrawn',
  ): Promise<WaitlistEntryDto> {
    const entry = await this.mustFind(woman, id);
    if (!(from as string[]).includes(entry.status)) {
      throw waitlistStatusConflict(entry.status);
    }
    const hold = entry.offer;
    const left = await this.bookings.runInTransaction(async (manager) => {
      const changed = await this.waitlist.transition(manager, id, [entry.status], { status: to, ...ENDED });
      if (changed && hold) {
        await this.waitlist.deleteHold(manager, hold.id);
      }
      return changed;
    });
    if (!left) {
      throw waitlistStatusConflict((await this.mustFind(woman, id)).status);
    }
    if (hold) {
      await this.offerFreedPlace({
        centreCode: hold.centreCode,
        date: hold.date,
        start: hold.startTime,
        service: hold.service,
      });
    }
    return toWaitlistEntryDto(await this.mustFind(woman, id), this.clock.now());
  }

  private async offer(ref: SlotRef): Promise<void> {
    const now = this.clock.now();
    const day = await this.availability.dayContext(ref.centreCode, ref.date, now);
    if (checkSlot(day, ref.start, ref.service)) {
      return;
    }
    const latest = shanghaiInstant(ref.date, ref.start).getTime() - day.rules.leadTimeMinutes * 60 * 1000;
    const expiresAt = new Date(Math.min(now.getTime() + this.config.waitlistOfferMinutes * 60 * 1000, latest));
    if (expiresAt.getTime() - now.getTime() < SHORTEST_OFFER_MS) {
      return;
    }
    const end = slotTimes(day.rules).find((time) => time.start === ref.start)?.end ?? ref.start;
    const hold = await this.bookings.runInTransaction(async (manager) => {
      await this.bookings.lockSlotTime(manager, ref);
      for (const entry of await this.waitlist.findLine(manager, ref)) {
        if (await this.bookings.hasBookingAt(manager, entry.clientId, ref.date, ref.start)) {
          continue; // she already has something at that time: the next woman gets it
        }
        const seats = await this.bookings.takeSeats(manager, ref, day.capacity);
        if (!seats) {
          return undefined;
        }
        const held = {
          id: randomUUID(),
          centreCode: ref.centreCode,
          date: ref.date,
          startTime: ref.start,
          endTime: end,
          service: ref.service,
          clientId: entry.clientId,
          status: 'offered' as const,
          ...seats,
          activeClientId: entry.clientId,
          idempotencyKey: `offer-${entry.id}`,
          topic: null,
          contactPreference: 'in_app' as const,
          needs: null,
          offerExpiresAt: expiresAt,
          declineReason: null,
          statusChangedBy: null,
          statusChangedAt: now,
          version: 1,
          recorded: false,
        };
        await this.bookings.insert(manager, held);
        await this.waitlist.transition(manager, entry.id, ['waiting'], { status: 'offered', offerBookingId: held.id });
        return held;
      }
      return undefined;
    });
    if (hold) {
      await this.notifications.waitlistOffer(hold);
    }
  }

  private async mustFind(woman: WomanPrincipal, id: string): Promise<EntryWithDetails> {
    const [entry] = await this.waitlist.findMine(woman.clientId, id);
    if (!entry) {
      throw waitlistEntryNotFound();
    }
    return entry;
  }
}

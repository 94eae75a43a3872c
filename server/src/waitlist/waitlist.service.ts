import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { newShortCode } from '../common/short-code.js';
import { randomUUID } from 'node:crypto';
import { checkSlot, daySlots, dayUnbookableReason, slotTimes, type DayContext } from '../availability/availability.js';
import { AvailabilityService } from '../availability/availability.service.js';
import type { SlotRef } from '../availability/slot-id.js';
import { limitReached, slotNotBookable } from '../bookings/bookings.errors.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { toBookingDto, type BookingDto } from '../bookings/dto/booking.dto.js';
import { minutesToClock, shanghaiClock, shanghaiInstant } from '@wac/rules';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner, type EntityManager } from '../database/transaction-runner.js';
import { notSignedIn } from '../identity/identity.errors.js';
import { IdentityRepository } from '../identity/identity.repository.js';
import type { WomanPrincipal } from '../identity/principal.js';
import { JobRunner } from '../jobs/job-runner.service.js';
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

@Injectable()
export class WaitlistService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly waitlist: WaitlistRepository,
    private readonly bookings: BookingsRepository,
    private readonly identities: IdentityRepository,
    private readonly availability: AvailabilityService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'waitlist.sweep', schedule: { everyMs: SWEEP_EVERY_MS }, run: () => this.sweep() });
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
    const id = randomUUID();
    try {
      await this.transactions.run(async (manager) => {
        if (!(await this.identities.guardPerson(manager, woman.clientId, woman.sessionVersion))) {
          throw notSignedIn();
        }
        if ((await this.waitlist.countActive(manager, woman.clientId)) >= MAX_WAITING_PER_PERSON) {
          throw tooManyWaiting(MAX_WAITING_PER_PERSON);
        }
        await this.waitlist.insertAtEndOfLine(manager, {
          id,
          clientId: woman.clientId,
          centreCode: dto.centreCode,
          date: dto.date,
          service: dto.service,
          status: 'waiting',
          activeKey: 1,
          offerBookingId: null,
        });
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
    const hold = entry.offer;
    await this.transactions.run(async (manager) => {
      if (!(await this.identities.guardPerson(manager, woman.clientId, woman.sessionVersion))) {
        throw notSignedIn();
      }
      const now = this.clock.now();
      const { date, minutes } = shanghaiClock(now);
      const upcoming = await this.bookings.countUpcoming(manager, woman.clientId, {
        date,
        clock: minutesToClock(minutes),
      });
      if (upcoming >= this.config.activeBookingLimit) {
        throw limitReached(this.config.activeBookingLimit);
      }
      const accepted = await this.bookings.transition(manager, hold.id, { clientId: woman.clientId }, ['offered'], {
        status: 'pending',
        statusChangedAt: now,
      });
      if (!accepted || !(await this.waitlist.transition(manager, id, ['offered'], { status: 'accepted', ...ENDED }))) {
        throw offerExpired();
      }
      await this.notifications.toCentre(manager, hold.centreCode, 'staff_offer_accepted', { booking: hold });
    });
    const booking = await this.bookings.findOne(hold.id, { clientId: woman.clientId });
    if (!booking) {
      throw offerExpired();
    }
    return toBookingDto(booking, null); // a place from the waiting list carries no words of hers
  }

  async decline(woman: WomanPrincipal, id: string): Promise<WaitlistEntryDto> {
    return this.leave(woman, id, ['offered'], 'declined');
  }

  async withdraw(woman: WomanPrincipal, id: string): Promise<WaitlistEntryDto> {
    return this.leave(woman, id, ['waiting', 'offered'], 'withdrawn');
  }

  /**
   * Inside the transaction that frees a place (a cancellation, a decline, a move): holds it for the first woman in
   * line who can take it, and queues her notice, so the place and the offer commit together or not at all. `day`
   * is the slot's day, read before the transaction began.
   */
  async offerWithin(manager: EntityManager, ref: SlotRef, day: DayContext): Promise<boolean> {
    const now = this.clock.now();
    if (checkSlot(day, ref.start, ref.service)) {
      return false;
    }
    const latest = shanghaiInstant(ref.date, ref.start).getTime() - day.rules.leadTimeMinutes * 60 * 1000;
    const expiresAt = new Date(Math.min(now.getTime() + this.config.waitlistOfferMinutes * 60 * 1000, latest));
    if (expiresAt.getTime() - now.getTime() < SHORTEST_OFFER_MS) {
      return false;
    }
    const end = slotTimes(day.rules).find((time) => time.start === ref.start)?.end ?? ref.start;
    await this.bookings.lockSlotTime(manager, ref);
    for (const entry of await this.waitlist.findLine(manager, ref)) {
      if (await this.bookings.hasBookingAt(manager, entry.clientId, ref.date, ref.start)) {
        continue; // she already has something at that time: the next woman gets it
      }
      const seats = await this.bookings.takeSeats(manager, ref, day.capacity);
      if (!seats) {
        return false;
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
        code: newShortCode(),
        topic: null,
        contactPreference: 'in_app' as const,
        needs: null,
        offerExpiresAt: expiresAt,
        declineReason: null,
        statusChangedBy: null,
        statusChangedAt: now,
        version: 1,
        recorded: false,
        createdAt: now,
      };
      await this.bookings.insert(manager, held);
      await this.waitlist.transition(manager, entry.id, ['waiting'], { status: 'offered', offerBookingId: held.id });
      await this.notifications.waitlistOffer(manager, held);
      return true;
    }
    return false;
  }

  /**
   * The background sweep: lapsed offers go back (and on to the next woman), and any free place on a day someone is
   * waiting for is offered. The second part is what makes offers safe from crashes: a place freed by a process
   * that died before offering it is found here.
   */
  async sweep(): Promise<number> {
    return (await this.passOnLapsedOffers()) + (await this.offerFreePlaces());
  }

  /** Offers whose time ran out go back to the line, and the place to the next woman, in one transaction each. */
  async passOnLapsedOffers(): Promise<number> {
    let passedOn = 0;
    for (const hold of await this.waitlist.findLapsedHolds(this.clock.now())) {
      const ref = { centreCode: hold.centreCode, date: hold.date, start: hold.startTime, service: hold.service };
      const day = await this.availability.dayContext(ref.centreCode, ref.date, this.clock.now());
      await this.transactions.run(async (manager) => {
        const entry = await this.waitlist.findEntryForHold(manager, hold.id);
        if (entry) {
          await this.waitlist.transition(manager, entry.id, ['offered'], { status: 'expired', ...ENDED });
        }
        if (await this.waitlist.deleteHold(manager, hold.id)) {
          passedOn += 1;
          await this.offerWithin(manager, ref, day);
        }
      });
    }
    return passedOn;
  }

  /** Free places on days with a line: each is offered to the first in line, as when it was freed. */
  private async offerFreePlaces(): Promise<number> {
    const now = this.clock.now();
    let offered = 0;
    for (const line of await this.waitlist.findWaitingLines(shanghaiClock(now).date)) {
      const day = await this.availability.dayContext(line.centreCode, line.date, now);
      const taken = (await this.bookings.countTaken(line.centreCode, line.date, line.date)).get(line.date);
      const free = daySlots(day, taken ?? { byService: new Map(), byTime: new Map() }, [line.service]).filter(
        (slot) => slot.remaining > 0,
      );
      for (const slot of free) {
        const ref = { centreCode: line.centreCode, date: line.date, start: slot.start, service: line.service };
        for (let place = 0; place < slot.remaining; place += 1) {
          if (!(await this.transactions.run((manager) => this.offerWithin(manager, ref, day)))) {
            break;
          }
          offered += 1;
        }
      }
    }
    return offered;
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
    const ref = hold && { centreCode: hold.centreCode, date: hold.date, start: hold.startTime, service: hold.service };
    const day = ref && (await this.availability.dayContext(ref.centreCode, ref.date, this.clock.now()));
    const left = await this.transactions.run(async (manager) => {
      const changed = await this.waitlist.transition(manager, id, [entry.status], { status: to, ...ENDED });
      if (changed && hold && ref && day && (await this.waitlist.deleteHold(manager, hold.id))) {
        await this.offerWithin(manager, ref, day);
      }
      return changed;
    });
    if (!left) {
      throw waitlistStatusConflict((await this.mustFind(woman, id)).status);
    }
    return toWaitlistEntryDto(await this.mustFind(woman, id), this.clock.now());
  }

  private async mustFind(woman: WomanPrincipal, id: string): Promise<EntryWithDetails> {
    const [entry] = await this.waitlist.findMine(woman.clientId, id);
    if (!entry) {
      throw waitlistEntryNotFound();
    }
    return entry;
  }
}

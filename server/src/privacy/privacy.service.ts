import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { addDays, minutesToClock, shanghaiClock } from '@wac/rules';
import { CallbacksRepository } from '../callbacks/callbacks.repository.js';
import { CallbacksService } from '../callbacks/callbacks.service.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { IdentityRepository } from '../identity/identity.repository.js';
import { StorageRepository } from '../database/storage.repository.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import type { WomanPrincipal } from '../identity/principal.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { WaitlistService } from '../waitlist/waitlist.service.js';
import type { ErasureSummaryDto } from './erasure.dto.js';

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Her right to have her data erased (PIPL Art. 47), and the retention limit on what she wrote with a booking.
 * Anonymous counts stay for the reports; nothing left can be tied back to her.
 */
@Injectable()
export class PrivacyService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bookingsService: BookingsService,
    private readonly bookings: BookingsRepository,
    private readonly callbacksService: CallbacksService,
    private readonly callbacks: CallbacksRepository,
    private readonly waitlist: WaitlistService,
    private readonly notifications: NotificationsService,
    private readonly identities: IdentityRepository,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly storage: StorageRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'bookings.erase-details',
      schedule: { everyMs: SWEEP_EVERY_MS },
      run: () => this.eraseExpiredBookingDetails(),
    });
  }

  /**
   * Erases what she left: upcoming bookings are cancelled (their places go to others), waiting and callback
   * requests withdrawn, every number and word she typed erased, and her identity forgotten, so her token stops.
   */
  async eraseMe(woman: WomanPrincipal): Promise<ErasureSummaryDto> {
    const now = this.clock.now();
    const { date, minutes } = shanghaiClock(now);
    const clock = minutesToClock(minutes);
    const upcoming = (await this.bookingsService.listMine(woman)).items.filter(
      (b) =>
        (b.status === 'pending' || b.status === 'confirmed') && (b.date > date || (b.date === date && b.start > clock)),
    );
    for (const booking of upcoming) {
      await this.bookingsService.cancel(woman, booking.id);
    }
    const waiting = (await this.waitlist.listMine(woman)).items.filter(
      (e) => e.status === 'waiting' || e.status === 'offered',
    );
    for (const entry of waiting) {
      await this.waitlist.withdraw(woman, entry.id);
    }
    const open = (await this.callbacksService.listMine(woman)).items.filter(
      (c) => c.status === 'open' || c.status === 'claimed',
    );
    for (const callback of open) {
      await this.callbacksService.withdraw(woman, callback.id);
    }
    await this.callbacks.eraseForClient(woman.clientId, now);
    await this.bookings.eraseDetails({ clientId: woman.clientId });
    await this.notifications.cancelAllFor(woman.clientId);
    await this.identities.eraseClient(woman.clientId, now);
    await this.storage.scrubErased();
    return { cancelledBookings: upcoming.length, leftWaitingLists: waiting.length, withdrawnCallbacks: open.length };
  }

  /** Topics and needs are kept only BOOKING_DETAILS_RETENTION_DAYS after the consultation. */
  async eraseExpiredBookingDetails(): Promise<number> {
    const today = shanghaiClock(this.clock.now()).date;
    const erased = await this.bookings.eraseDetails({
      before: addDays(today, -this.config.bookingDetailsRetentionDays),
    });
    if (erased > 0) {
      await this.storage.scrubErased();
    }
    return erased;
  }
}

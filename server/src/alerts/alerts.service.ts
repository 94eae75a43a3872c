import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service.js';
import { shanghaiClock } from '@wac/rules';
import { workingMinutesBetween } from '../calendar/working-hours.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AlertsRepository } from './alerts.repository.js';

const ESCALATE_EVERY_MS = 5 * 60 * 1000;
/** The morning digest reaches staff before the 08:00 consultations; skipped if the servers were down until 09:30. */
const DIGEST = { dailyAt: '07:30', catchUpMs: 2 * 3600 * 1000 };

/**
 * Telling staff when women wait on them: a booking still pending after STAFF_ESCALATION_WORKING_HOURS working hours
 * goes to the centre admin (once), and each working morning every centre gets the day's bookings and open callback
 * requests in one line. Both are jobs under the runner's lease, so several server processes send each once.
 */
@Injectable()
export class AlertsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly alerts: AlertsRepository,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'alerts.escalate',
      schedule: { everyMs: ESCALATE_EVERY_MS },
      run: () => this.escalate(),
    });
    this.jobs.register({ name: 'alerts.daily-digest', schedule: DIGEST, run: () => this.sendDigests() });
  }

  /** Brings bookings that have waited too long for a decision to the centre admins; returns how many. */
  async escalate(): Promise<number> {
    const now = this.clock.now();
    const hours = this.config.escalateAfterWorkingHours;
    // Working hours never outrun wall-clock hours: anything younger cannot be due yet.
    const waiting = await this.alerts.findWaitingBookings(
      new Date(now.getTime() - hours * 3600 * 1000),
      shanghaiClock(now).date,
    );
    const announced = await this.alerts.announced(
      'staff_booking_waiting',
      waiting.map((booking) => booking.id),
    );
    let escalated = 0;
    for (const booking of waiting.filter((candidate) => !announced.has(candidate.id))) {
      const from = shanghaiClock(booking.statusChangedAt).date;
      const days = await this.calendar.dayStatuses(booking.centreCode, from, shanghaiClock(now).date);
      const worked = workingMinutesBetween(booking.statusChangedAt, now, (date) => days.get(date)?.open ?? false);
      if (worked >= hours * 60) {
        await this.transactions.run((manager) =>
          this.notifications.toCentre(manager, booking.centreCode, 'staff_booking_waiting', {
            booking,
            detail: String(hours),
          }),
        );
        escalated += 1;
      }
    }
    return escalated;
  }

  /** One line per open centre serving today: today's bookings and the callback requests still waiting. */
  async sendDigests(): Promise<number> {
    const today = shanghaiClock(this.clock.now()).date;
    const counts = await this.alerts.dayCounts(today);
    let sent = 0;
    for (const centreCode of await this.alerts.openCentres()) {
      if (!(await this.calendar.dayStatuses(centreCode, today, today)).get(today)?.open) {
        continue;
      }
      const { bookings, callbacks } = counts.get(centreCode) ?? { bookings: 0, callbacks: 0 };
      await this.transactions.run((manager) =>
        this.notifications.toCentre(manager, centreCode, 'staff_daily_digest', { detail: `${bookings}/${callbacks}` }),
      );
      sent += 1;
    }
    return sent;
  }
}

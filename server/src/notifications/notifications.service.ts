import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Booking } from '../bookings/booking.entity.js';
import { addDays, shanghaiInstant } from '../calendar/dates.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { deriveKey } from '../common/crypto/keys.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { WechatAdapter } from '../identity/wechat/wechat.adapter.js';
import type { Notification, NotificationKind } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';

const SEND_EVERY_MS = 30 * 1000;
const BATCH = 20;
const MAX_ATTEMPTS = 3;
/** Opens the mini-program on its home page: nothing in the notice or its link names what the booking is about. */
const LANDING_PAGE = 'pages/index/index';

/** Neutral wording only: the notice is visible in WeChat's 服务通知 list to anyone holding the phone. */
const WORDING: Record<NotificationKind, { subject: string; note: string }> = {
  booking_confirmed: { subject: '预约结果', note: '已确认，请按时前往' },
  booking_declined: { subject: '预约结果', note: '未能安排，请在小程序查看' },
  booking_reminder: { subject: '预约提醒', note: '明天有预约，请按时前往' },
  waitlist_offer: { subject: '空位通知', note: '有空位为您保留，请尽快确认' },
};

/** Which booking states a notice still makes sense in, checked at send time. */
const STILL_TRUE: Record<NotificationKind, (booking: Booking) => boolean> = {
  booking_confirmed: (b) => b.status === 'confirmed' && b.contactPreference === 'wechat_notice',
  booking_declined: (b) => b.status === 'declined' && b.contactPreference === 'wechat_notice',
  booking_reminder: (b) => b.status === 'confirmed' && b.contactPreference === 'wechat_notice',
  waitlist_offer: (b) => b.status === 'offered',
};

/**
 * WeChat subscribe messages through an outbox: queued when something happens, sent once by a job. Reminders go at
 * 18:00 the day before, only if that is still ahead when the booking is confirmed (never "reminders" at booking
 * time), and nothing is sent for a booking that was cancelled, declined or moved in the meantime.
 */
@Injectable()
export class NotificationsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('notifications');
  private readonly cipher: FieldCipher;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsRepository,
    private readonly wechat: WechatAdapter,
    private readonly clock: Clock,
  ) {
    this.cipher = new FieldCipher(deriveKey(config.appSecret, 'field-encryption-v1'));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () =>
        void this.deliverDue().catch((error: unknown) =>
          this.logger.error({ msg: 'sending failed', error: String(error) }),
        ),
      SEND_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async bookingConfirmed(booking: Pick<Booking, 'id' | 'clientId' | 'date' | 'startTime'>): Promise<void> {
    const now = this.clock.now();
    await this.enqueue('booking_confirmed', booking, now);
    const reminderAt = shanghaiInstant(addDays(booking.date, -1), '18:00');
    if (reminderAt.getTime() > now.getTime()) {
      await this.enqueue('booking_reminder', booking, reminderAt);
    }
  }

  async bookingDeclined(booking: Pick<Booking, 'id' | 'clientId' | 'date' | 'startTime'>): Promise<void> {
    await this.enqueue('booking_declined', booking, this.clock.now());
  }

  async waitlistOffer(hold: Pick<Booking, 'id' | 'clientId' | 'date' | 'startTime'>): Promise<void> {
    await this.enqueue('waitlist_offer', hold, this.clock.now());
  }

  /** She asked for her data to be erased: nothing more is sent to her. */
  cancelAllFor(clientId: string): Promise<void> {
    return this.notifications.cancelPendingFor(clientId);
  }

  /** Sends what is due; returns how many notices it settled. Safe to run in several processes at once. */
  async deliverDue(): Promise<number> {
    const now = this.clock.now();
    let settled = 0;
    for (const notification of await this.notifications.findDue(now, BATCH)) {
      const retryAt = new Date(now.getTime() + 2 ** notification.attempts * 60 * 1000);
      if (await this.notifications.claim(notification, retryAt)) {
        settled += (await this.deliver(notification)) ? 1 : 0;
      }
    }
    return settled;
  }

  private async deliver(notification: Notification): Promise<boolean> {
    const templateId = this.templateFor(notification.kind);
    const [booking, client] = await Promise.all([
      this.notifications.findBookingWithCentre(notification.bookingId),
      this.notifications.findClient(notification.clientId),
    ]);
    const skip = (reason: string) => this.notifications.finish(notification.id, 'skipped', reason).then(() => true);
    if (!templateId) {
      return skip('no_template');
    }
    if (!client?.openidEncrypted) {
      return skip('not_wechat');
    }
    if (
      !booking ||
      `${booking.date} ${booking.startTime}` !== notification.bookingStart ||
      !STILL_TRUE[notification.kind](booking)
    ) {
      return skip('booking_changed');
    }
    const wording = WORDING[notification.kind];
    const result = await this.wechat.sendSubscribeMessage({
      openid: this.cipher.decrypt(client.openidEncrypted),
      templateId,
      page: LANDING_PAGE,
      data: {
        thing1: wording.subject,
        time2: `${booking.date} ${booking.startTime}`,
        thing3: booking.centre?.name ?? '',
        thing4: wording.note,
      },
    });
    if (result.ok) {
      await this.notifications.finish(notification.id, 'sent', null);
      return true;
    }
    if (!result.retry) {
      return skip(result.reason);
    }
    if (notification.attempts + 1 >= MAX_ATTEMPTS) {
      await this.notifications.finish(notification.id, 'failed', result.reason);
      return true;
    }
    await this.notifications.finish(notification.id, 'pending', result.reason);
    return false;
  }

  private templateFor(kind: NotificationKind): string | undefined {
    const { templates } = this.config.wechat;
    return kind === 'booking_reminder'
      ? templates.reminder
      : kind === 'waitlist_offer'
        ? templates.waitlistOffer
        : templates.bookingResult;
  }

  private async enqueue(
    kind: NotificationKind,
    booking: Pick<Booking, 'id' | 'clientId' | 'date' | 'startTime'>,
    sendAfter: Date,
  ): Promise<void> {
    await this.notifications.insert({
      id: randomUUID(),
      clientId: booking.clientId,
      kind,
      bookingId: booking.id,
      bookingStart: `${booking.date} ${booking.startTime}`,
      sendAfter,
      status: 'pending',
      attempts: 0,
      lastError: null,
    });
  }
}

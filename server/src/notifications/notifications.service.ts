import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Booking } from '../bookings/booking.entity.js';
import { addDays, minutesToClock, shanghaiClock, shanghaiInstant } from '@wac/rules';
import { Clock } from '../common/clock.js';
import { Secrets } from '../common/crypto/secrets.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Statement } from '../database/fixed-sql.js';
import type { EntityManager } from '../database/transaction-runner.js';
import type { StaffRole } from '../identity/principal.js';
import { WechatAdapter, type SendResult } from '../identity/wechat/wechat.adapter.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import type { Notification, StaffNoticeKind, WomanNoticeKind } from './notification.entity.js';
import { staffNoticeText, WOMAN_WORDING } from './notice-texts.js';
import { NotificationsRepository, type NewNotification } from './notifications.repository.js';
import { WecomAdapter } from './wecom.adapter.js';

const SEND_EVERY_MS = 15 * 1000;
const BATCH = 20;
/** Batches per run: enough to fan out a centre notice and send what it became in the same run. */
const BATCHES_PER_RUN = 5;
const MAX_ATTEMPTS = 3;
/** WeChat's `thing` fields hold 20 characters. */
const THING_LENGTH = 20;

type NoticeBooking = Pick<Booking, 'id' | 'clientId' | 'date' | 'startTime'>;
/** What a notice to a centre is about. */
type CentreNoticeAbout = { booking?: NoticeBooking; callbackId?: string; detail?: string };

/** Opens the mini-program on its home page: nothing in her notice or its link names what the booking is about. */
const WOMAN_LANDING_PAGE = 'pages/index/index';
const STAFF_LANDING_PAGE = 'packages/staff/index/index';

/** Which booking states her notice still makes sense in, checked at send time. */
const STILL_TRUE_FOR_HER: Record<WomanNoticeKind, (booking: Booking) => boolean> = {
  booking_confirmed: (b) => b.status === 'confirmed' && b.contactPreference === 'wechat_notice',
  booking_declined: (b) => b.status === 'declined' && b.contactPreference === 'wechat_notice',
  booking_reminder: (b) => b.status === 'confirmed' && b.contactPreference === 'wechat_notice',
  waitlist_offer: (b) => b.status === 'offered',
  booking_day_closed: (b) => b.status === 'day_closed' && b.contactPreference === 'wechat_notice',
};

/** Staff notices about one booking are dropped once it is no longer waiting for them. */
const BOOKING_STILL_PENDING: readonly StaffNoticeKind[] = [
  'staff_new_booking',
  'staff_offer_accepted',
  'staff_booking_waiting',
];

/** Who of a centre hears what: most notices go to everyone; the ones about staff themselves only to admins. */
const AUDIENCE: Record<StaffNoticeKind, { wecomGroup: boolean; roles: readonly StaffRole[] }> = {
  staff_new_booking: { wecomGroup: true, roles: ['staff', 'centre_admin'] },
  staff_new_callback: { wecomGroup: true, roles: ['staff', 'centre_admin'] },
  staff_offer_accepted: { wecomGroup: true, roles: ['staff', 'centre_admin'] },
  staff_booking_waiting: { wecomGroup: true, roles: ['centre_admin'] },
  staff_daily_digest: { wecomGroup: true, roles: ['staff', 'centre_admin'] },
  staff_day_closed: { wecomGroup: true, roles: ['staff', 'centre_admin'] },
  staff_reveal_limit: { wecomGroup: false, roles: ['centre_admin', 'city_admin'] },
};

/**
 * The outbox of notices: to her (WeChat subscribe messages she agreed to) and to a centre's staff (its WeCom group
 * robot, and WeChat for staff who bound their login). Notices are queued in the transaction of the change they
 * announce and sent once by a job; her reminders go at 18:00 the day before, and nothing is sent for a booking
 * that was cancelled, declined or moved in the meantime.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsRepository,
    private readonly wechat: WechatAdapter,
    private readonly wecom: WecomAdapter,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly secrets: Secrets,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'notifications.deliver',
      schedule: { everyMs: SEND_EVERY_MS },
      run: () => this.deliverDue(),
    });
  }

  // Every `manager` below is the transaction of the change the notice announces: both commit, or neither.

  async bookingConfirmed(manager: EntityManager, booking: NoticeBooking): Promise<void> {
    const now = this.clock.now();
    await this.toHer(manager, 'booking_confirmed', booking, now);
    const reminderAt = shanghaiInstant(addDays(booking.date, -1), '18:00');
    if (reminderAt.getTime() > now.getTime()) {
      await this.toHer(manager, 'booking_reminder', booking, reminderAt);
    }
  }

  async bookingDeclined(manager: EntityManager, booking: NoticeBooking): Promise<void> {
    await this.toHer(manager, 'booking_declined', booking, this.clock.now());
  }

  async waitlistOffer(manager: EntityManager, hold: NoticeBooking): Promise<void> {
    await this.toHer(manager, 'waitlist_offer', hold, this.clock.now());
  }

  async bookingDayClosed(manager: EntityManager, booking: NoticeBooking): Promise<void> {
    await this.toHer(manager, 'booking_day_closed', booking, this.clock.now());
  }

  /** A notice to a centre's staff; who exactly receives it is worked out when it is sent. */
  async toCentre(
    manager: EntityManager,
    centreCode: string,
    kind: StaffNoticeKind,
    about: CentreNoticeAbout = {},
  ): Promise<void> {
    await this.notifications.insert(manager, this.centreNoticeRow(centreCode, kind, about));
  }

  /** `toCentre` as a statement, for a caller that sends it with its own writes (`runTogether`, one round trip). */
  centreNotice(centreCode: string, kind: StaffNoticeKind, about: CentreNoticeAbout = {}): Statement<void> {
    return this.notifications.insertion(this.centreNoticeRow(centreCode, kind, about));
  }

  private centreNoticeRow(centreCode: string, kind: StaffNoticeKind, about: CentreNoticeAbout): NewNotification {
    return {
      ...this.blank('centre', kind, this.clock.now()),
      centreCode,
      bookingId: about.booking?.id ?? null,
      bookingStart: about.booking ? `${about.booking.date} ${about.booking.startTime}` : null,
      callbackId: about.callbackId ?? null,
      detail: about.detail ?? null,
    };
  }

  /** She asked for her data to be erased: nothing more is sent to her. */
  cancelAllFor(clientId: string): Promise<void> {
    return this.notifications.cancelPendingFor(clientId);
  }

  /** Sends what is due; returns how many notices it settled. Safe to run in several processes at once. */
  async deliverDue(): Promise<number> {
    let settled = 0;
    for (let batch = 0; batch < BATCHES_PER_RUN; batch += 1) {
      const now = this.clock.now();
      const due = await this.notifications.findDue(now, BATCH);
      for (const notification of due) {
        const retryAt = new Date(now.getTime() + 2 ** notification.attempts * 60 * 1000);
        if (await this.notifications.claim(notification, retryAt)) {
          settled += (await this.deliver(notification)) ? 1 : 0;
        }
      }
      if (due.length < BATCH && !due.some((notification) => notification.channel === 'centre')) {
        break;
      }
    }
    return settled;
  }

  private async deliver(notification: Notification): Promise<boolean> {
    const skip = (reason: string) => this.notifications.finish(notification.id, 'skipped', reason).then(() => true);
    const booking = notification.bookingId
      ? await this.notifications.findBookingWithCentre(notification.bookingId)
      : null;
    if (notification.bookingId && (!booking || `${booking.date} ${booking.startTime}` !== notification.bookingStart)) {
      return skip('booking_changed');
    }
    if (notification.clientId) {
      return this.deliverToHer(notification, booking, skip);
    }
    const kind = notification.kind as StaffNoticeKind;
    if (booking && BOOKING_STILL_PENDING.includes(kind) && booking.status !== 'pending') {
      return skip('booking_changed');
    }
    if (notification.channel === 'centre') {
      return this.fanOut(notification, kind, skip);
    }
    const centreName = (await this.notifications.findCentreName(notification.centreCode ?? '')) ?? '';
    const text = staffNoticeText(kind, { booking: booking ?? undefined, detail: notification.detail });
    if (notification.channel === 'wecom') {
      const channel = await this.notifications.findChannel(notification.centreCode ?? '');
      if (!channel?.wecomKeyEncrypted) {
        return skip('no_wecom_robot');
      }
      const robotKey = this.secrets.decrypt(channel.wecomKeyEncrypted);
      return this.settle(notification, await this.wecom.sendText(robotKey, `${centreName}：${text.what}`));
    }
    const account = notification.accountId ? await this.notifications.findAccount(notification.accountId) : null;
    const templateId = this.config.wechat.templates.staffAlert;
    if (!templateId) {
      return skip('no_template');
    }
    if (!account?.wechatOpenidEncrypted) {
      return skip('not_bound');
    }
    const sent = await this.wechat.sendSubscribeMessage({
      openid: this.secrets.decrypt(account.wechatOpenidEncrypted),
      templateId,
      page: STAFF_LANDING_PAGE,
      data: {
        thing1: text.subject,
        time2: notification.bookingStart ?? formatShanghai(this.clock.now()),
        thing3: centreName.slice(0, THING_LENGTH),
        thing4: text.what.slice(0, THING_LENGTH),
      },
    });
    return this.settle(notification, sent);
  }

  private async deliverToHer(
    notification: Notification,
    booking: Booking | null,
    skip: (reason: string) => Promise<boolean>,
  ): Promise<boolean> {
    const kind = notification.kind as WomanNoticeKind;
    const templateId = this.templateFor(kind);
    const client = await this.notifications.findClient(notification.clientId ?? '');
    if (!templateId) {
      return skip('no_template');
    }
    if (!client?.openidEncrypted) {
      return skip('not_wechat');
    }
    if (!booking || !STILL_TRUE_FOR_HER[kind](booking)) {
      return skip('booking_changed');
    }
    const wording = WOMAN_WORDING[kind];
    const sent = await this.wechat.sendSubscribeMessage({
      openid: this.secrets.decrypt(client.openidEncrypted),
      templateId,
      page: WOMAN_LANDING_PAGE,
      data: {
        thing1: wording.subject,
        time2: `${booking.date} ${booking.startTime}`,
        thing3: booking.centre?.name ?? '',
        thing4: wording.note,
      },
    });
    return this.settle(notification, sent);
  }

  /** One notice per recipient of a centre notice: its WeCom group, and each bound login of the right roles. */
  private async fanOut(
    notification: Notification,
    kind: StaffNoticeKind,
    skip: (reason: string) => Promise<boolean>,
  ): Promise<boolean> {
    const centreCode = notification.centreCode ?? '';
    const audience = AUDIENCE[kind];
    const channel = audience.wecomGroup ? await this.notifications.findChannel(centreCode) : null;
    const staff = await this.notifications.findBoundStaff(centreCode, audience.roles);
    const now = this.clock.now();
    const copy = (channelKind: 'wecom' | 'wechat', accountId: string | null): NewNotification => ({
      ...notification,
      id: randomUUID(),
      channel: channelKind,
      accountId,
      sendAfter: now,
      status: 'pending',
      attempts: 0,
      lastError: null,
    });
    const children = [
      ...(channel?.wecomKeyEncrypted ? [copy('wecom', null)] : []),
      ...staff.map((account) => copy('wechat', account.id)),
    ];
    if (children.length === 0) {
      return skip('no_recipient');
    }
    await this.notifications.fanOut(notification.id, children);
    return true;
  }

  /** Records how a send went: sent, given up (refused for good, or out of attempts), or left for a retry. */
  private async settle(notification: Notification, result: SendResult): Promise<boolean> {
    if (result.ok) {
      await this.notifications.finish(notification.id, 'sent', null);
      return true;
    }
    if (!result.retry) {
      await this.notifications.finish(notification.id, 'skipped', result.reason);
      return true;
    }
    if (notification.attempts + 1 >= MAX_ATTEMPTS) {
      await this.notifications.finish(notification.id, 'failed', result.reason);
      return true;
    }
    await this.notifications.finish(notification.id, 'pending', result.reason);
    return false;
  }

  private templateFor(kind: WomanNoticeKind): string | undefined {
    const { templates } = this.config.wechat;
    switch (kind) {
      case 'booking_reminder':
        return templates.reminder;
      case 'waitlist_offer':
        return templates.waitlistOffer;
      case 'booking_confirmed':
      case 'booking_declined':
      case 'booking_day_closed':
        return templates.bookingResult;
    }
  }

  private async toHer(
    manager: EntityManager,
    kind: WomanNoticeKind,
    booking: NoticeBooking,
    sendAfter: Date,
  ): Promise<void> {
    await this.notifications.insert(manager, {
      ...this.blank('wechat', kind, sendAfter),
      clientId: booking.clientId,
      bookingId: booking.id,
      bookingStart: `${booking.date} ${booking.startTime}`,
    });
  }

  private blank(channel: Notification['channel'], kind: Notification['kind'], sendAfter: Date): NewNotification {
    return {
      id: randomUUID(),
      channel,
      kind,
      clientId: null,
      centreCode: null,
      accountId: null,
      bookingId: null,
      bookingStart: null,
      callbackId: null,
      detail: null,
      sendAfter,
      status: 'pending',
      attempts: 0,
      lastError: null,
    };
  }
}

/** `YYYY-MM-DD HH:MM` in Shanghai, as WeChat's `time` fields show it. */
function formatShanghai(instant: Date): string {
  const { date, minutes } = shanghaiClock(instant);
  return `${date} ${minutesToClock(minutes)}`;
}

import { AuditEntry } from '../audit/audit-entry.entity.js';
import { SlotTemplate } from '../availability/slot-template.entity.js';
import { Booking, SlotLock } from '../bookings/booking.entity.js';
import { CacheVersion } from '../cache/cache-version.entity.js';
import { CalendarDay, CalendarYear } from '../calendar/calendar-day.entity.js';
import { CallbackAttempt, CallbackRequest } from '../callbacks/callback.entity.js';
import { Centre } from '../centres/centre.entity.js';
import { PublicityEvent } from '../events/publicity-event.entity.js';
import { Account } from '../identity/account.entity.js';
import { Client } from '../identity/client.entity.js';
import { JobRun } from '../jobs/job-run.entity.js';
import { GuardRow } from './guard-row.entity.js';
import { SeedMarker } from '../seed/seed-marker.entity.js';
import { CentreChannel } from '../notifications/centre-channel.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Photo } from '../photos/photo.entity.js';
import { WaitlistEntry } from '../waitlist/waitlist-entry.entity.js';
import { ConsultationRecord } from '../records/consultation-record.entity.js';
import { DutyAssignment } from '../roster/duty-assignment.entity.js';
import { StaffLeave } from '../staff/staff-leave.entity.js';
import { StaffMember } from '../staff/staff-member.entity.js';

/** Every entity, listed explicitly: globs do not work with ESM builds and hide what the schema holds. */
export const ENTITIES = [
  Centre,
  Photo,
  StaffMember,
  StaffLeave,
  Client,
  Account,
  CalendarDay,
  CalendarYear,
  DutyAssignment,
  SlotTemplate,
  Booking,
  SlotLock,
  CallbackRequest,
  CallbackAttempt,
  AuditEntry,
  WaitlistEntry,
  Notification,
  ConsultationRecord,
  PublicityEvent,
  JobRun,
  CentreChannel,
  GuardRow,
  SeedMarker,
  CacheVersion,
];

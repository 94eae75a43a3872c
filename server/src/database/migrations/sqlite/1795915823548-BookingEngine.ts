import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingEngine1795915823548 implements MigrationInterface {
  name = 'BookingEngine1795915823548';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "actorAccountId" varchar(36) NOT NULL, "action" varchar(48) NOT NULL, "targetType" varchar(32) NOT NULL, "targetId" varchar(36) NOT NULL, "centreCode" varchar(32))',
    );
    await queryRunner.query('CREATE INDEX "IDX_audit_entry_at" ON "audit_entry" ("at") ');
    await queryRunner.query(
      'CREATE TABLE "slot_template" ("centreCode" varchar(32) PRIMARY KEY NOT NULL, "slotMinutes" integer NOT NULL, "bufferMinutes" integer NOT NULL, "dayStart" varchar(5) NOT NULL, "dayEnd" varchar(5) NOT NULL, "rooms" integer NOT NULL, "walkInReserve" integer NOT NULL, "bookingWindowDays" integer NOT NULL, "leadTimeMinutes" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "client" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "openidHash" varchar(64), "openidEncrypted" varchar(255), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_dc93eee712b3d94f6b96558fda4" UNIQUE ("openidHash"))',
    );
    await queryRunner.query(
      'CREATE TABLE "booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(200), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query(
      'CREATE TABLE "slot_lock" ("centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, PRIMARY KEY ("centreCode", "date", "startTime"))',
    );
    await queryRunner.query(
      'CREATE TABLE "calendar_day" ("date" varchar(10) NOT NULL, "scope" varchar(32) NOT NULL, "kind" varchar(16) NOT NULL, "name" varchar(64), "source" varchar(16) NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), PRIMARY KEY ("date", "scope"))',
    );
    await queryRunner.query(
      'CREATE TABLE "calendar_year" ("year" integer PRIMARY KEY NOT NULL, "source" varchar(64) NOT NULL, "importedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "callback_attempt" ("id" varchar(36) PRIMARY KEY NOT NULL, "callbackId" varchar(36) NOT NULL, "accountId" varchar(36) NOT NULL, "result" varchar(16) NOT NULL, "at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_callback_attempt_callback" ON "callback_attempt" ("callbackId") ');
    await queryRunner.query(
      'CREATE TABLE "account" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "centreCode" varchar(32), "staffMemberId" varchar(36), "active" boolean NOT NULL, "tokenVersion" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_41dfcb70af895ddf9a53094515b" UNIQUE ("username"))',
    );
    await queryRunner.query(
      'CREATE TABLE "duty_assignment" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "staffMemberId" varchar(36) NOT NULL, CONSTRAINT "UQ_duty_assignment_person_day" UNIQUE ("date", "staffMemberId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_duty_assignment_centre_day" ON "duty_assignment" ("centreCode", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_leave" ("id" varchar(36) PRIMARY KEY NOT NULL, "staffMemberId" varchar(36) NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_staff_leave_person" ON "staff_leave" ("staffMemberId") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_slot_template" ("centreCode" varchar(32) PRIMARY KEY NOT NULL, "slotMinutes" integer NOT NULL, "bufferMinutes" integer NOT NULL, "dayStart" varchar(5) NOT NULL, "dayEnd" varchar(5) NOT NULL, "rooms" integer NOT NULL, "walkInReserve" integer NOT NULL, "bookingWindowDays" integer NOT NULL, "leadTimeMinutes" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_9c0fb601e1f7bb4a4667400740d" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_slot_template"("centreCode", "slotMinutes", "bufferMinutes", "dayStart", "dayEnd", "rooms", "walkInReserve", "bookingWindowDays", "leadTimeMinutes", "updatedAt") SELECT "centreCode", "slotMinutes", "bufferMinutes", "dayStart", "dayEnd", "rooms", "walkInReserve", "bookingWindowDays", "leadTimeMinutes", "updatedAt" FROM "slot_template"',
    );
    await queryRunner.query('DROP TABLE "slot_template"');
    await queryRunner.query('ALTER TABLE "temporary_slot_template" RENAME TO "slot_template"');
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query(
      'CREATE TABLE "temporary_booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(200), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt" FROM "booking"',
    );
    await queryRunner.query('DROP TABLE "booking"');
    await queryRunner.query('ALTER TABLE "temporary_booking" RENAME TO "booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query(
      'CREATE TABLE "temporary_callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt" FROM "callback_request"',
    );
    await queryRunner.query('DROP TABLE "callback_request"');
    await queryRunner.query('ALTER TABLE "temporary_callback_request" RENAME TO "callback_request"');
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('DROP INDEX "IDX_callback_attempt_callback"');
    await queryRunner.query(
      'CREATE TABLE "temporary_callback_attempt" ("id" varchar(36) PRIMARY KEY NOT NULL, "callbackId" varchar(36) NOT NULL, "accountId" varchar(36) NOT NULL, "result" varchar(16) NOT NULL, "at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_d151f6f76679d58da968fdd3ddd" FOREIGN KEY ("callbackId") REFERENCES "callback_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_callback_attempt"("id", "callbackId", "accountId", "result", "at") SELECT "id", "callbackId", "accountId", "result", "at" FROM "callback_attempt"',
    );
    await queryRunner.query('DROP TABLE "callback_attempt"');
    await queryRunner.query('ALTER TABLE "temporary_callback_attempt" RENAME TO "callback_attempt"');
    await queryRunner.query('CREATE INDEX "IDX_callback_attempt_callback" ON "callback_attempt" ("callbackId") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_account" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "centreCode" varchar(32), "staffMemberId" varchar(36), "active" boolean NOT NULL, "tokenVersion" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_41dfcb70af895ddf9a53094515b" UNIQUE ("username"), CONSTRAINT "FK_08fb461f509ff2c23bb9654f725" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_account"("id", "username", "passwordHash", "role", "centreCode", "staffMemberId", "active", "tokenVersion", "createdAt") SELECT "id", "username", "passwordHash", "role", "centreCode", "staffMemberId", "active", "tokenVersion", "createdAt" FROM "account"',
    );
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('ALTER TABLE "temporary_account" RENAME TO "account"');
    await queryRunner.query('DROP INDEX "IDX_duty_assignment_centre_day"');
    await queryRunner.query(
      'CREATE TABLE "temporary_duty_assignment" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "staffMemberId" varchar(36) NOT NULL, CONSTRAINT "UQ_duty_assignment_person_day" UNIQUE ("date", "staffMemberId"), CONSTRAINT "FK_c8d74d6abd867cb674abfe3b79f" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a60808eb1f0946d6fc4bf759508" FOREIGN KEY ("staffMemberId") REFERENCES "staff_member" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_duty_assignment"("id", "centreCode", "date", "staffMemberId") SELECT "id", "centreCode", "date", "staffMemberId" FROM "duty_assignment"',
    );
    await queryRunner.query('DROP TABLE "duty_assignment"');
    await queryRunner.query('ALTER TABLE "temporary_duty_assignment" RENAME TO "duty_assignment"');
    await queryRunner.query(
      'CREATE INDEX "IDX_duty_assignment_centre_day" ON "duty_assignment" ("centreCode", "date") ',
    );
    await queryRunner.query('DROP INDEX "IDX_staff_leave_person"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_leave" ("id" varchar(36) PRIMARY KEY NOT NULL, "staffMemberId" varchar(36) NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10) NOT NULL, CONSTRAINT "FK_7c7a0c46a2877403e9578fb04b1" FOREIGN KEY ("staffMemberId") REFERENCES "staff_member" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_leave"("id", "staffMemberId", "fromDate", "toDate") SELECT "id", "staffMemberId", "fromDate", "toDate" FROM "staff_leave"',
    );
    await queryRunner.query('DROP TABLE "staff_leave"');
    await queryRunner.query('ALTER TABLE "temporary_staff_leave" RENAME TO "staff_leave"');
    await queryRunner.query('CREATE INDEX "IDX_staff_leave_person" ON "staff_leave" ("staffMemberId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_staff_leave_person"');
    await queryRunner.query('ALTER TABLE "staff_leave" RENAME TO "temporary_staff_leave"');
    await queryRunner.query(
      'CREATE TABLE "staff_leave" ("id" varchar(36) PRIMARY KEY NOT NULL, "staffMemberId" varchar(36) NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "staff_leave"("id", "staffMemberId", "fromDate", "toDate") SELECT "id", "staffMemberId", "fromDate", "toDate" FROM "temporary_staff_leave"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_leave"');
    await queryRunner.query('CREATE INDEX "IDX_staff_leave_person" ON "staff_leave" ("staffMemberId") ');
    await queryRunner.query('DROP INDEX "IDX_duty_assignment_centre_day"');
    await queryRunner.query('ALTER TABLE "duty_assignment" RENAME TO "temporary_duty_assignment"');
    await queryRunner.query(
      'CREATE TABLE "duty_assignment" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "staffMemberId" varchar(36) NOT NULL, CONSTRAINT "UQ_duty_assignment_person_day" UNIQUE ("date", "staffMemberId"))',
    );
    await queryRunner.query(
      'INSERT INTO "duty_assignment"("id", "centreCode", "date", "staffMemberId") SELECT "id", "centreCode", "date", "staffMemberId" FROM "temporary_duty_assignment"',
    );
    await queryRunner.query('DROP TABLE "temporary_duty_assignment"');
    await queryRunner.query(
      'CREATE INDEX "IDX_duty_assignment_centre_day" ON "duty_assignment" ("centreCode", "date") ',
    );
    await queryRunner.query('ALTER TABLE "account" RENAME TO "temporary_account"');
    await queryRunner.query(
      'CREATE TABLE "account" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "centreCode" varchar(32), "staffMemberId" varchar(36), "active" boolean NOT NULL, "tokenVersion" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_41dfcb70af895ddf9a53094515b" UNIQUE ("username"))',
    );
    await queryRunner.query(
      'INSERT INTO "account"("id", "username", "passwordHash", "role", "centreCode", "staffMemberId", "active", "tokenVersion", "createdAt") SELECT "id", "username", "passwordHash", "role", "centreCode", "staffMemberId", "active", "tokenVersion", "createdAt" FROM "temporary_account"',
    );
    await queryRunner.query('DROP TABLE "temporary_account"');
    await queryRunner.query('DROP INDEX "IDX_callback_attempt_callback"');
    await queryRunner.query('ALTER TABLE "callback_attempt" RENAME TO "temporary_callback_attempt"');
    await queryRunner.query(
      'CREATE TABLE "callback_attempt" ("id" varchar(36) PRIMARY KEY NOT NULL, "callbackId" varchar(36) NOT NULL, "accountId" varchar(36) NOT NULL, "result" varchar(16) NOT NULL, "at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "callback_attempt"("id", "callbackId", "accountId", "result", "at") SELECT "id", "callbackId", "accountId", "result", "at" FROM "temporary_callback_attempt"',
    );
    await queryRunner.query('DROP TABLE "temporary_callback_attempt"');
    await queryRunner.query('CREATE INDEX "IDX_callback_attempt_callback" ON "callback_attempt" ("callbackId") ');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('ALTER TABLE "callback_request" RENAME TO "temporary_callback_request"');
    await queryRunner.query(
      'CREATE TABLE "callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt" FROM "temporary_callback_request"',
    );
    await queryRunner.query('DROP TABLE "temporary_callback_request"');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query('ALTER TABLE "booking" RENAME TO "temporary_booking"');
    await queryRunner.query(
      'CREATE TABLE "booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(200), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"))',
    );
    await queryRunner.query(
      'INSERT INTO "booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt" FROM "temporary_booking"',
    );
    await queryRunner.query('DROP TABLE "temporary_booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('ALTER TABLE "slot_template" RENAME TO "temporary_slot_template"');
    await queryRunner.query(
      'CREATE TABLE "slot_template" ("centreCode" varchar(32) PRIMARY KEY NOT NULL, "slotMinutes" integer NOT NULL, "bufferMinutes" integer NOT NULL, "dayStart" varchar(5) NOT NULL, "dayEnd" varchar(5) NOT NULL, "rooms" integer NOT NULL, "walkInReserve" integer NOT NULL, "bookingWindowDays" integer NOT NULL, "leadTimeMinutes" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "slot_template"("centreCode", "slotMinutes", "bufferMinutes", "dayStart", "dayEnd", "rooms", "walkInReserve", "bookingWindowDays", "leadTimeMinutes", "updatedAt") SELECT "centreCode", "slotMinutes", "bufferMinutes", "dayStart", "dayEnd", "rooms", "walkInReserve", "bookingWindowDays", "leadTimeMinutes", "updatedAt" FROM "temporary_slot_template"',
    );
    await queryRunner.query('DROP TABLE "temporary_slot_template"');
    await queryRunner.query('DROP INDEX "IDX_staff_leave_person"');
    await queryRunner.query('DROP TABLE "staff_leave"');
    await queryRunner.query('DROP INDEX "IDX_duty_assignment_centre_day"');
    await queryRunner.query('DROP TABLE "duty_assignment"');
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('DROP INDEX "IDX_callback_attempt_callback"');
    await queryRunner.query('DROP TABLE "callback_attempt"');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('DROP TABLE "callback_request"');
    await queryRunner.query('DROP TABLE "calendar_year"');
    await queryRunner.query('DROP TABLE "calendar_day"');
    await queryRunner.query('DROP TABLE "slot_lock"');
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query('DROP TABLE "booking"');
    await queryRunner.query('DROP TABLE "client"');
    await queryRunner.query('DROP TABLE "slot_template"');
    await queryRunner.query('DROP INDEX "IDX_audit_entry_at"');
    await queryRunner.query('DROP TABLE "audit_entry"');
  }
}

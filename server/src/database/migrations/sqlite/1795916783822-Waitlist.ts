import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Waitlist1795916783822 implements MigrationInterface {
  name = 'Waitlist1795916783822';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "bookingId" varchar(36) NOT NULL, "bookingStart" varchar(16) NOT NULL, "sendAfter" datetime(6) NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL, "lastError" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_notification_due" ON "notification" ("status", "sendAfter") ');
    await queryRunner.query(
      'CREATE TABLE "waitlist_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36) NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "service" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "activeKey" integer, "offerBookingId" varchar(36), "queueOrder" double NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_waitlist_active" UNIQUE ("clientId", "centreCode", "date", "service", "activeKey"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_waitlist_line" ON "waitlist_entry" ("centreCode", "date", "service", "status", "queueOrder") ',
    );
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(200), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "needs" text, "offerExpiresAt" datetime(6), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt" FROM "booking"',
    );
    await queryRunner.query('DROP TABLE "booking"');
    await queryRunner.query('ALTER TABLE "temporary_booking" RENAME TO "booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('DROP INDEX "IDX_waitlist_line"');
    await queryRunner.query(
      'CREATE TABLE "temporary_waitlist_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36) NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "service" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "activeKey" integer, "offerBookingId" varchar(36), "queueOrder" double NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_waitlist_active" UNIQUE ("clientId", "centreCode", "date", "service", "activeKey"), CONSTRAINT "FK_3a6b35a965fab3d713b0e03458a" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_8787016a69cb9adc1a8af031579" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_waitlist_entry"("id", "clientId", "centreCode", "date", "service", "status", "activeKey", "offerBookingId", "queueOrder", "createdAt") SELECT "id", "clientId", "centreCode", "date", "service", "status", "activeKey", "offerBookingId", "queueOrder", "createdAt" FROM "waitlist_entry"',
    );
    await queryRunner.query('DROP TABLE "waitlist_entry"');
    await queryRunner.query('ALTER TABLE "temporary_waitlist_entry" RENAME TO "waitlist_entry"');
    await queryRunner.query(
      'CREATE INDEX "IDX_waitlist_line" ON "waitlist_entry" ("centreCode", "date", "service", "status", "queueOrder") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_waitlist_line"');
    await queryRunner.query('ALTER TABLE "waitlist_entry" RENAME TO "temporary_waitlist_entry"');
    await queryRunner.query(
      'CREATE TABLE "waitlist_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36) NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "service" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "activeKey" integer, "offerBookingId" varchar(36), "queueOrder" double NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_waitlist_active" UNIQUE ("clientId", "centreCode", "date", "service", "activeKey"))',
    );
    await queryRunner.query(
      'INSERT INTO "waitlist_entry"("id", "clientId", "centreCode", "date", "service", "status", "activeKey", "offerBookingId", "queueOrder", "createdAt") SELECT "id", "clientId", "centreCode", "date", "service", "status", "activeKey", "offerBookingId", "queueOrder", "createdAt" FROM "temporary_waitlist_entry"',
    );
    await queryRunner.query('DROP TABLE "temporary_waitlist_entry"');
    await queryRunner.query(
      'CREATE INDEX "IDX_waitlist_line" ON "waitlist_entry" ("centreCode", "date", "service", "status", "queueOrder") ',
    );
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query('ALTER TABLE "booking" RENAME TO "temporary_booking"');
    await queryRunner.query(
      'CREATE TABLE "booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(200), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt" FROM "temporary_booking"',
    );
    await queryRunner.query('DROP TABLE "temporary_booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('DROP INDEX "IDX_waitlist_line"');
    await queryRunner.query('DROP TABLE "waitlist_entry"');
    await queryRunner.query('DROP INDEX "IDX_notification_due"');
    await queryRunner.query('DROP TABLE "notification"');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand from the generator's output: it took the dropped `phoneMasked` and the new `claimActiveAt` for a
 * rename and would have copied masked numbers into a date column. Columns come and go with ADD/DROP COLUMN; only
 * the wider (encrypted) topics need the table copies SQLite makes to change a declared type.
 */
export class OpenDoorHardening1796157868891 implements MigrationInterface {
  name = 'OpenDoorHardening1796157868891';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "callback_request" DROP COLUMN "phoneMasked"');
    await queryRunner.query('ALTER TABLE "callback_request" ADD COLUMN "claimActiveAt" datetime(6)');
    await queryRunner.query(
      'CREATE TABLE "guard_row" ("key" varchar(128) PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('ALTER TABLE "client" ADD COLUMN "tokenVersion" integer NOT NULL DEFAULT (0)');
    await queryRunner.query('ALTER TABLE "client" ADD COLUMN "originHash" varchar(32)');
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(1024), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "needs" text, "offerExpiresAt" datetime(6), "recorded" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt", "recorded") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt", "recorded" FROM "booking"',
    );
    await queryRunner.query('DROP TABLE "booking"');
    await queryRunner.query('ALTER TABLE "temporary_booking" RENAME TO "booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "claimActiveAt" datetime(6), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(1024), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64), CONSTRAINT "UQ_callback_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "claimActiveAt", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "claimActiveAt", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey" FROM "callback_request"',
    );
    await queryRunner.query('DROP TABLE "callback_request"');
    await queryRunner.query('ALTER TABLE "temporary_callback_request" RENAME TO "callback_request"');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Encrypted topics do not fit the old columns, and the old schema read them as plain text: they go.
    await queryRunner.query('UPDATE "booking" SET "topic" = NULL');
    await queryRunner.query('UPDATE "callback_request" SET "topic" = NULL');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query('ALTER TABLE "callback_request" RENAME TO "temporary_callback_request"');
    await queryRunner.query(
      'CREATE TABLE "callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "claimActiveAt" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64), CONSTRAINT "UQ_callback_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "claimActiveAt", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "claimActiveAt", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey" FROM "temporary_callback_request"',
    );
    await queryRunner.query('DROP TABLE "temporary_callback_request"');
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query('ALTER TABLE "booking" RENAME TO "temporary_booking"');
    await queryRunner.query(
      'CREATE TABLE "booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(200), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "needs" text, "offerExpiresAt" datetime(6), "recorded" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt", "recorded") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt", "recorded" FROM "temporary_booking"',
    );
    await queryRunner.query('DROP TABLE "temporary_booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('ALTER TABLE "callback_request" DROP COLUMN "claimActiveAt"');
    await queryRunner.query('ALTER TABLE "callback_request" ADD COLUMN "phoneMasked" varchar(32)');
    await queryRunner.query('ALTER TABLE "client" DROP COLUMN "originHash"');
    await queryRunner.query('ALTER TABLE "client" DROP COLUMN "tokenVersion"');
    await queryRunner.query('DROP TABLE "guard_row"');
  }
}

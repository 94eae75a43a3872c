import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationRecords1795917083315 implements MigrationInterface {
  name = 'ConsultationRecords1795917083315';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "consultation_record" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "channel" varchar(16) NOT NULL, "category" varchar(24) NOT NULL, "services" text NOT NULL, "referrals" text NOT NULL, "followUpNeeded" boolean NOT NULL, "durationMinutes" integer NOT NULL, "helperProfession" varchar(16) NOT NULL, "ageBand" varchar(16) NOT NULL, "area" varchar(32) NOT NULL, "mandatoryReport" boolean NOT NULL, "note" varchar(100), "createdBy" varchar(36) NOT NULL, "supersedes" varchar(36), "supersededBy" varchar(36), "createdAt" datetime(6) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_record_centre_date" ON "consultation_record" ("centreCode", "date") ');
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query(
      'CREATE TABLE "temporary_booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(200), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "needs" text, "offerExpiresAt" datetime(6), "recorded" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt" FROM "booking"',
    );
    await queryRunner.query('DROP TABLE "booking"');
    await queryRunner.query('ALTER TABLE "temporary_booking" RENAME TO "booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt" FROM "callback_request"',
    );
    await queryRunner.query('DROP TABLE "callback_request"');
    await queryRunner.query('ALTER TABLE "temporary_callback_request" RENAME TO "callback_request"');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query('DROP INDEX "IDX_record_centre_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_consultation_record" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "channel" varchar(16) NOT NULL, "category" varchar(24) NOT NULL, "services" text NOT NULL, "referrals" text NOT NULL, "followUpNeeded" boolean NOT NULL, "durationMinutes" integer NOT NULL, "helperProfession" varchar(16) NOT NULL, "ageBand" varchar(16) NOT NULL, "area" varchar(32) NOT NULL, "mandatoryReport" boolean NOT NULL, "note" varchar(100), "createdBy" varchar(36) NOT NULL, "supersedes" varchar(36), "supersededBy" varchar(36), "createdAt" datetime(6) NOT NULL, CONSTRAINT "FK_8e801d5e1158c5a8de0a3903b1e" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_consultation_record"("id", "centreCode", "date", "channel", "category", "services", "referrals", "followUpNeeded", "durationMinutes", "helperProfession", "ageBand", "area", "mandatoryReport", "note", "createdBy", "supersedes", "supersededBy", "createdAt") SELECT "id", "centreCode", "date", "channel", "category", "services", "referrals", "followUpNeeded", "durationMinutes", "helperProfession", "ageBand", "area", "mandatoryReport", "note", "createdBy", "supersedes", "supersededBy", "createdAt" FROM "consultation_record"',
    );
    await queryRunner.query('DROP TABLE "consultation_record"');
    await queryRunner.query('ALTER TABLE "temporary_consultation_record" RENAME TO "consultation_record"');
    await queryRunner.query('CREATE INDEX "IDX_record_centre_date" ON "consultation_record" ("centreCode", "date") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_record_centre_date"');
    await queryRunner.query('ALTER TABLE "consultation_record" RENAME TO "temporary_consultation_record"');
    await queryRunner.query(
      'CREATE TABLE "consultation_record" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "channel" varchar(16) NOT NULL, "category" varchar(24) NOT NULL, "services" text NOT NULL, "referrals" text NOT NULL, "followUpNeeded" boolean NOT NULL, "durationMinutes" integer NOT NULL, "helperProfession" varchar(16) NOT NULL, "ageBand" varchar(16) NOT NULL, "area" varchar(32) NOT NULL, "mandatoryReport" boolean NOT NULL, "note" varchar(100), "createdBy" varchar(36) NOT NULL, "supersedes" varchar(36), "supersededBy" varchar(36), "createdAt" datetime(6) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "consultation_record"("id", "centreCode", "date", "channel", "category", "services", "referrals", "followUpNeeded", "durationMinutes", "helperProfession", "ageBand", "area", "mandatoryReport", "note", "createdBy", "supersedes", "supersededBy", "createdAt") SELECT "id", "centreCode", "date", "channel", "category", "services", "referrals", "followUpNeeded", "durationMinutes", "helperProfession", "ageBand", "area", "mandatoryReport", "note", "createdBy", "supersedes", "supersededBy", "createdAt" FROM "temporary_consultation_record"',
    );
    await queryRunner.query('DROP TABLE "temporary_consultation_record"');
    await queryRunner.query('CREATE INDEX "IDX_record_centre_date" ON "consultation_record" ("centreCode", "date") ');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query('ALTER TABLE "callback_request" RENAME TO "temporary_callback_request"');
    await queryRunner.query(
      'CREATE TABLE "callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt" FROM "temporary_callback_request"',
    );
    await queryRunner.query('DROP TABLE "temporary_callback_request"');
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query('ALTER TABLE "booking" RENAME TO "temporary_booking"');
    await queryRunner.query(
      'CREATE TABLE "booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(200), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "needs" text, "offerExpiresAt" datetime(6), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt" FROM "temporary_booking"',
    );
    await queryRunner.query('DROP TABLE "temporary_booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('DROP INDEX "IDX_record_centre_date"');
    await queryRunner.query('DROP TABLE "consultation_record"');
  }
}

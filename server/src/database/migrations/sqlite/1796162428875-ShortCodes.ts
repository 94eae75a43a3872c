import { randomInt } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A short code, drawn as the server draws new ones (src/common/short-code.ts; copied so this migration never changes). */
const drawCode = () => Array.from({ length: 10 }, () => '23456789ABCDEFGHJKMNPQRSTUVWXYZ'[randomInt(31)]).join('');

/** Gives every existing row of `table` a code of its own (the column exists and is still nullable). */
async function backfillCodes(queryRunner: QueryRunner, table: string, quote: (name: string) => string): Promise<void> {
  const rows = (await queryRunner.query(`SELECT ${quote('id')} FROM ${quote(table)}`)) as { id: string }[];
  const used = new Set<string>();
  for (const { id } of rows) {
    let code = drawCode();
    while (used.has(code)) {
      code = drawCode();
    }
    used.add(code);
    await queryRunner.query(`UPDATE ${quote(table)} SET ${quote('code')} = ? WHERE ${quote('id')} = ?`, [code, id]);
  }
}

const sqliteName = (name: string) => `"${name}"`;

/**
 * Written by hand from the generator's output: the codes are added to the old tables and filled in before SQLite's
 * table copy makes them required.
 */
export class ShortCodes1796162428875 implements MigrationInterface {
  name = 'ShortCodes1796162428875';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "booking" ADD COLUMN "code" varchar(10)');
    await backfillCodes(queryRunner, 'booking', sqliteName);
    await queryRunner.query('DROP INDEX "IDX_booking_client"');
    await queryRunner.query('DROP INDEX "IDX_booking_centre_day"');
    await queryRunner.query(
      'CREATE TABLE "temporary_booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(1024), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "needs" text, "offerExpiresAt" datetime(6), "recorded" boolean NOT NULL DEFAULT (0), "code" varchar(10) NOT NULL, CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "UQ_06527955c6e7d76daf34f6eab3f" UNIQUE ("code"), CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt", "recorded", "code") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt", "recorded", "code" FROM "booking"',
    );
    await queryRunner.query('DROP TABLE "booking"');
    await queryRunner.query('ALTER TABLE "temporary_booking" RENAME TO "booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('ALTER TABLE "callback_request" ADD COLUMN "code" varchar(10)');
    await backfillCodes(queryRunner, 'callback_request', sqliteName);
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query(
      'CREATE TABLE "temporary_callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "claimActiveAt" datetime(6), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(1024), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64), "code" varchar(10) NOT NULL, CONSTRAINT "UQ_callback_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "UQ_9e40216ad1fb05f0ec90d0378b9" UNIQUE ("code"), CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "claimActiveAt", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey", "code") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "claimActiveAt", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey", "code" FROM "callback_request"',
    );
    await queryRunner.query('DROP TABLE "callback_request"');
    await queryRunner.query('ALTER TABLE "temporary_callback_request" RENAME TO "callback_request"');
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('ALTER TABLE "callback_request" RENAME TO "temporary_callback_request"');
    await queryRunner.query(
      'CREATE TABLE "callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "claimActiveAt" datetime(6), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(1024), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64), CONSTRAINT "UQ_callback_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "claimActiveAt", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "claimActiveAt", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey" FROM "temporary_callback_request"',
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
      'CREATE TABLE "booking" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "startTime" varchar(5) NOT NULL, "endTime" varchar(5) NOT NULL, "service" varchar(16) NOT NULL, "clientId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "seat" integer, "roomSeat" integer, "activeClientId" varchar(36), "idempotencyKey" varchar(64) NOT NULL, "topic" varchar(1024), "contactPreference" varchar(16) NOT NULL, "declineReason" varchar(32), "statusChangedBy" varchar(36), "statusChangedAt" datetime(6) NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "needs" text, "offerExpiresAt" datetime(6), "recorded" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_booking_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "UQ_booking_person_time" UNIQUE ("date", "startTime", "activeClientId"), CONSTRAINT "UQ_booking_room_seat" UNIQUE ("centreCode", "date", "startTime", "roomSeat"), CONSTRAINT "UQ_booking_service_seat" UNIQUE ("centreCode", "date", "startTime", "service", "seat"), CONSTRAINT "FK_9c35157ea76dc1d456b1412f775" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8e9ee03e1b661be752d2c3b5808" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "booking"("id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt", "recorded") SELECT "id", "centreCode", "date", "startTime", "endTime", "service", "clientId", "status", "seat", "roomSeat", "activeClientId", "idempotencyKey", "topic", "contactPreference", "declineReason", "statusChangedBy", "statusChangedAt", "version", "createdAt", "needs", "offerExpiresAt", "recorded" FROM "temporary_booking"',
    );
    await queryRunner.query('DROP TABLE "temporary_booking"');
    await queryRunner.query('CREATE INDEX "IDX_booking_centre_day" ON "booking" ("centreCode", "date") ');
    await queryRunner.query('CREATE INDEX "IDX_booking_client" ON "booking" ("clientId") ');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffNoticesAndCalendar1796152665771 implements MigrationInterface {
  name = 'StaffNoticesAndCalendar1796152665771';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "centre_channel" ("centreCode" varchar(32) PRIMARY KEY NOT NULL, "wecomKeyEncrypted" varchar(255), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_account" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "centreCode" varchar(32), "staffMemberId" varchar(36), "active" boolean NOT NULL, "tokenVersion" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "wechatOpenidHash" varchar(64), "wechatOpenidEncrypted" varchar(255), CONSTRAINT "UQ_41dfcb70af895ddf9a53094515b" UNIQUE ("username"), CONSTRAINT "UQ_3428f7a87e009b4d3e990bf8056" UNIQUE ("wechatOpenidHash"), CONSTRAINT "FK_08fb461f509ff2c23bb9654f725" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_account"("id", "username", "passwordHash", "role", "centreCode", "staffMemberId", "active", "tokenVersion", "createdAt") SELECT "id", "username", "passwordHash", "role", "centreCode", "staffMemberId", "active", "tokenVersion", "createdAt" FROM "account"',
    );
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('ALTER TABLE "temporary_account" RENAME TO "account"');
    await queryRunner.query('DROP INDEX "IDX_notification_due"');
    await queryRunner.query(
      'CREATE TABLE "temporary_notification" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "bookingId" varchar(36) NOT NULL, "bookingStart" varchar(16) NOT NULL, "sendAfter" datetime(6) NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL, "lastError" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "channel" varchar(16) NOT NULL DEFAULT (\'wechat\'), "centreCode" varchar(32), "accountId" varchar(36), "callbackId" varchar(36), "detail" varchar(32))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_notification"("id", "clientId", "kind", "bookingId", "bookingStart", "sendAfter", "status", "attempts", "lastError", "createdAt") SELECT "id", "clientId", "kind", "bookingId", "bookingStart", "sendAfter", "status", "attempts", "lastError", "createdAt" FROM "notification"',
    );
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('ALTER TABLE "temporary_notification" RENAME TO "notification"');
    await queryRunner.query('CREATE INDEX "IDX_notification_due" ON "notification" ("status", "sendAfter") ');
    await queryRunner.query('DROP INDEX "IDX_notification_due"');
    await queryRunner.query(
      'CREATE TABLE "temporary_notification" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36), "kind" varchar(24) NOT NULL, "bookingId" varchar(36), "bookingStart" varchar(16), "sendAfter" datetime(6) NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL, "lastError" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "channel" varchar(16) NOT NULL DEFAULT (\'wechat\'), "centreCode" varchar(32), "accountId" varchar(36), "callbackId" varchar(36), "detail" varchar(32))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_notification"("id", "clientId", "kind", "bookingId", "bookingStart", "sendAfter", "status", "attempts", "lastError", "createdAt", "channel", "centreCode", "accountId", "callbackId", "detail") SELECT "id", "clientId", "kind", "bookingId", "bookingStart", "sendAfter", "status", "attempts", "lastError", "createdAt", "channel", "centreCode", "accountId", "callbackId", "detail" FROM "notification"',
    );
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('ALTER TABLE "temporary_notification" RENAME TO "notification"');
    await queryRunner.query('CREATE INDEX "IDX_notification_due" ON "notification" ("status", "sendAfter") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Staff notices cannot be written in the older schema: they go (the outbox is transient).
    await queryRunner.query('DELETE FROM "notification" WHERE "clientId" IS NULL OR "bookingId" IS NULL');
    await queryRunner.query('DROP INDEX "IDX_notification_due"');
    await queryRunner.query('ALTER TABLE "notification" RENAME TO "temporary_notification"');
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "bookingId" varchar(36) NOT NULL, "bookingStart" varchar(16) NOT NULL, "sendAfter" datetime(6) NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL, "lastError" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "channel" varchar(16) NOT NULL DEFAULT (\'wechat\'), "centreCode" varchar(32), "accountId" varchar(36), "callbackId" varchar(36), "detail" varchar(32))',
    );
    await queryRunner.query(
      'INSERT INTO "notification"("id", "clientId", "kind", "bookingId", "bookingStart", "sendAfter", "status", "attempts", "lastError", "createdAt", "channel", "centreCode", "accountId", "callbackId", "detail") SELECT "id", "clientId", "kind", "bookingId", "bookingStart", "sendAfter", "status", "attempts", "lastError", "createdAt", "channel", "centreCode", "accountId", "callbackId", "detail" FROM "temporary_notification"',
    );
    await queryRunner.query('DROP TABLE "temporary_notification"');
    await queryRunner.query('CREATE INDEX "IDX_notification_due" ON "notification" ("status", "sendAfter") ');
    await queryRunner.query('DROP INDEX "IDX_notification_due"');
    await queryRunner.query('ALTER TABLE "notification" RENAME TO "temporary_notification"');
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "bookingId" varchar(36) NOT NULL, "bookingStart" varchar(16) NOT NULL, "sendAfter" datetime(6) NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL, "lastError" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "notification"("id", "clientId", "kind", "bookingId", "bookingStart", "sendAfter", "status", "attempts", "lastError", "createdAt") SELECT "id", "clientId", "kind", "bookingId", "bookingStart", "sendAfter", "status", "attempts", "lastError", "createdAt" FROM "temporary_notification"',
    );
    await queryRunner.query('DROP TABLE "temporary_notification"');
    await queryRunner.query('CREATE INDEX "IDX_notification_due" ON "notification" ("status", "sendAfter") ');
    await queryRunner.query('ALTER TABLE "account" RENAME TO "temporary_account"');
    await queryRunner.query(
      'CREATE TABLE "account" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "centreCode" varchar(32), "staffMemberId" varchar(36), "active" boolean NOT NULL, "tokenVersion" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_41dfcb70af895ddf9a53094515b" UNIQUE ("username"), CONSTRAINT "FK_08fb461f509ff2c23bb9654f725" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "account"("id", "username", "passwordHash", "role", "centreCode", "staffMemberId", "active", "tokenVersion", "createdAt") SELECT "id", "username", "passwordHash", "role", "centreCode", "staffMemberId", "active", "tokenVersion", "createdAt" FROM "temporary_account"',
    );
    await queryRunner.query('DROP TABLE "temporary_account"');
    await queryRunner.query('DROP TABLE "centre_channel"');
  }
}

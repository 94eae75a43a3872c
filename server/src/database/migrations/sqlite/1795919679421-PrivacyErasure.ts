import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyErasure1795919679421 implements MigrationInterface {
  name = 'PrivacyErasure1795919679421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "temporary_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "openidHash" varchar(64), "openidEncrypted" varchar(255), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "erasedAt" datetime(6), CONSTRAINT "UQ_dc93eee712b3d94f6b96558fda4" UNIQUE ("openidHash"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client"("id", "kind", "openidHash", "openidEncrypted", "createdAt") SELECT "id", "kind", "openidHash", "openidEncrypted", "createdAt" FROM "client"',
    );
    await queryRunner.query('DROP TABLE "client"');
    await queryRunner.query('ALTER TABLE "temporary_client" RENAME TO "client"');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query(
      'CREATE TABLE "temporary_callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64), CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded" FROM "callback_request"',
    );
    await queryRunner.query('DROP TABLE "callback_request"');
    await queryRunner.query('ALTER TABLE "temporary_callback_request" RENAME TO "callback_request"');
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query(
      'CREATE TABLE "temporary_callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64), CONSTRAINT "UQ_callback_idempotency" UNIQUE ("clientId", "idempotencyKey"), CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey" FROM "callback_request"',
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
      'CREATE TABLE "callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64), CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded", "idempotencyKey" FROM "temporary_callback_request"',
    );
    await queryRunner.query('DROP TABLE "temporary_callback_request"');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query('DROP INDEX "IDX_callback_centre_status"');
    await queryRunner.query('DROP INDEX "IDX_callback_client"');
    await queryRunner.query('ALTER TABLE "callback_request" RENAME TO "temporary_callback_request"');
    await queryRunner.query(
      'CREATE TABLE "callback_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "clientId" varchar(36) NOT NULL, "phoneEncrypted" varchar(255), "phoneMasked" varchar(32), "windows" text NOT NULL, "mayIdentify" boolean NOT NULL, "mayLeaveMessage" boolean NOT NULL, "topic" varchar(200), "status" varchar(16) NOT NULL, "claimedBy" varchar(36), "claimedAt" datetime(6), "outcome" varchar(32), "closedAt" datetime(6), "erasedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "recorded" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_d52f98254ca82e2bfe0079df329" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79abbacee913688c32b2b5b361d" FOREIGN KEY ("clientId") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "callback_request"("id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded") SELECT "id", "centreCode", "clientId", "phoneEncrypted", "phoneMasked", "windows", "mayIdentify", "mayLeaveMessage", "topic", "status", "claimedBy", "claimedAt", "outcome", "closedAt", "erasedAt", "createdAt", "recorded" FROM "temporary_callback_request"',
    );
    await queryRunner.query('DROP TABLE "temporary_callback_request"');
    await queryRunner.query(
      'CREATE INDEX "IDX_callback_centre_status" ON "callback_request" ("centreCode", "status") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_callback_client" ON "callback_request" ("clientId") ');
    await queryRunner.query('ALTER TABLE "client" RENAME TO "temporary_client"');
    await queryRunner.query(
      'CREATE TABLE "client" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "openidHash" varchar(64), "openidEncrypted" varchar(255), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_dc93eee712b3d94f6b96558fda4" UNIQUE ("openidHash"))',
    );
    await queryRunner.query(
      'INSERT INTO "client"("id", "kind", "openidHash", "openidEncrypted", "createdAt") SELECT "id", "kind", "openidHash", "openidEncrypted", "createdAt" FROM "temporary_client"',
    );
    await queryRunner.query('DROP TABLE "temporary_client"');
  }
}

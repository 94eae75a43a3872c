import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795915155702 implements MigrationInterface {
  name = 'Initial1795915155702';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "centre" ("code" varchar(32) PRIMARY KEY NOT NULL, "name" varchar(64) NOT NULL, "area" varchar(64) NOT NULL, "address" varchar(255) NOT NULL, "latitude" double NOT NULL, "longitude" double NOT NULL, "approximate" boolean NOT NULL, "phone" varchar(32) NOT NULL, "status" varchar(16) NOT NULL, "services" text NOT NULL, "openingHours" varchar(255) NOT NULL, "workRules" text NOT NULL, "serviceScope" text NOT NULL, "sortOrder" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "photo" ("id" varchar(36) PRIMARY KEY NOT NULL, "contentType" varchar(32) NOT NULL, "data" blob NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_member" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "displayName" varchar(64) NOT NULL, "professions" text NOT NULL, "bio" varchar(500) NOT NULL, "photoId" varchar(36), "showOnWall" boolean NOT NULL, "active" boolean NOT NULL, "wallOrder" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_staff_member_centre" ON "staff_member" ("centreCode") ');
    await queryRunner.query('DROP INDEX "IDX_staff_member_centre"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_member" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "displayName" varchar(64) NOT NULL, "professions" text NOT NULL, "bio" varchar(500) NOT NULL, "photoId" varchar(36), "showOnWall" boolean NOT NULL, "active" boolean NOT NULL, "wallOrder" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_d4943acbfb52256247e7b5d0879" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5719408f2aad5d57b4315de908c" FOREIGN KEY ("photoId") REFERENCES "photo" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_member"("id", "centreCode", "displayName", "professions", "bio", "photoId", "showOnWall", "active", "wallOrder", "createdAt") SELECT "id", "centreCode", "displayName", "professions", "bio", "photoId", "showOnWall", "active", "wallOrder", "createdAt" FROM "staff_member"',
    );
    await queryRunner.query('DROP TABLE "staff_member"');
    await queryRunner.query('ALTER TABLE "temporary_staff_member" RENAME TO "staff_member"');
    await queryRunner.query('CREATE INDEX "IDX_staff_member_centre" ON "staff_member" ("centreCode") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_staff_member_centre"');
    await queryRunner.query('ALTER TABLE "staff_member" RENAME TO "temporary_staff_member"');
    await queryRunner.query(
      'CREATE TABLE "staff_member" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "displayName" varchar(64) NOT NULL, "professions" text NOT NULL, "bio" varchar(500) NOT NULL, "photoId" varchar(36), "showOnWall" boolean NOT NULL, "active" boolean NOT NULL, "wallOrder" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_member"("id", "centreCode", "displayName", "professions", "bio", "photoId", "showOnWall", "active", "wallOrder", "createdAt") SELECT "id", "centreCode", "displayName", "professions", "bio", "photoId", "showOnWall", "active", "wallOrder", "createdAt" FROM "temporary_staff_member"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_member"');
    await queryRunner.query('CREATE INDEX "IDX_staff_member_centre" ON "staff_member" ("centreCode") ');
    await queryRunner.query('DROP INDEX "IDX_staff_member_centre"');
    await queryRunner.query('DROP TABLE "staff_member"');
    await queryRunner.query('DROP TABLE "photo"');
    await queryRunner.query('DROP TABLE "centre"');
  }
}

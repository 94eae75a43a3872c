import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminConsole1795917485123 implements MigrationInterface {
  name = 'AdminConsole1795917485123';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "publicity_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "place" varchar(100) NOT NULL, "topic" varchar(100) NOT NULL, "partners" text NOT NULL, "reached" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_event_centre_date" ON "publicity_event" ("centreCode", "date") ');
    await queryRunner.query('DROP INDEX "IDX_event_centre_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_publicity_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "place" varchar(100) NOT NULL, "topic" varchar(100) NOT NULL, "partners" text NOT NULL, "reached" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_30fe61847ee7ea8818b295574ea" FOREIGN KEY ("centreCode") REFERENCES "centre" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_publicity_event"("id", "centreCode", "date", "place", "topic", "partners", "reached", "createdAt") SELECT "id", "centreCode", "date", "place", "topic", "partners", "reached", "createdAt" FROM "publicity_event"',
    );
    await queryRunner.query('DROP TABLE "publicity_event"');
    await queryRunner.query('ALTER TABLE "temporary_publicity_event" RENAME TO "publicity_event"');
    await queryRunner.query('CREATE INDEX "IDX_event_centre_date" ON "publicity_event" ("centreCode", "date") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_event_centre_date"');
    await queryRunner.query('ALTER TABLE "publicity_event" RENAME TO "temporary_publicity_event"');
    await queryRunner.query(
      'CREATE TABLE "publicity_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "centreCode" varchar(32) NOT NULL, "date" varchar(10) NOT NULL, "place" varchar(100) NOT NULL, "topic" varchar(100) NOT NULL, "partners" text NOT NULL, "reached" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "publicity_event"("id", "centreCode", "date", "place", "topic", "partners", "reached", "createdAt") SELECT "id", "centreCode", "date", "place", "topic", "partners", "reached", "createdAt" FROM "temporary_publicity_event"',
    );
    await queryRunner.query('DROP TABLE "temporary_publicity_event"');
    await queryRunner.query('CREATE INDEX "IDX_event_centre_date" ON "publicity_event" ("centreCode", "date") ');
    await queryRunner.query('DROP INDEX "IDX_event_centre_date"');
    await queryRunner.query('DROP TABLE "publicity_event"');
  }
}

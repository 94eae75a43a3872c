import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobsAndPersonGuard1796151194621 implements MigrationInterface {
  name = 'JobsAndPersonGuard1796151194621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "job_run" ("name" varchar(64) PRIMARY KEY NOT NULL, "owner" varchar(96), "leaseUntil" datetime(6), "lastStartedAt" datetime(6), "lastFinishedAt" datetime(6), "lastError" varchar(200), "runs" integer NOT NULL DEFAULT (0))',
    );
    // A plain ADD COLUMN instead of the generator's copy of the whole table: same schema, less work on upgrade.
    await queryRunner.query('ALTER TABLE "client" ADD COLUMN "version" integer NOT NULL DEFAULT (0)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "client" DROP COLUMN "version"');
    await queryRunner.query('DROP TABLE "job_run"');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobsAndPersonGuard1796151194621 implements MigrationInterface {
  name = 'JobsAndPersonGuard1796151194621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `job_run` (`name` varchar(64) NOT NULL, `owner` varchar(96) NULL, `leaseUntil` datetime(6) NULL, `lastStartedAt` datetime(6) NULL, `lastFinishedAt` datetime(6) NULL, `lastError` varchar(200) NULL, `runs` int NOT NULL DEFAULT '0', PRIMARY KEY (`name`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `client` ADD `version` int NOT NULL DEFAULT '0'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `client` DROP COLUMN `version`');
    await queryRunner.query('DROP TABLE `job_run`');
  }
}

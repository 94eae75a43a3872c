import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationRecords1795917083315 implements MigrationInterface {
  name = 'ConsultationRecords1795917083315';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `consultation_record` (`id` varchar(36) NOT NULL, `centreCode` varchar(32) NOT NULL, `date` varchar(10) NOT NULL, `channel` varchar(16) NOT NULL, `category` varchar(24) NOT NULL, `services` text NOT NULL, `referrals` text NOT NULL, `followUpNeeded` tinyint NOT NULL, `durationMinutes` int NOT NULL, `helperProfession` varchar(16) NOT NULL, `ageBand` varchar(16) NOT NULL, `area` varchar(32) NOT NULL, `mandatoryReport` tinyint NOT NULL, `note` varchar(100) NULL, `createdBy` varchar(36) NOT NULL, `supersedes` varchar(36) NULL, `supersededBy` varchar(36) NULL, `createdAt` datetime(6) NOT NULL, INDEX `IDX_record_centre_date` (`centreCode`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query('ALTER TABLE `booking` ADD `recorded` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `callback_request` ADD `recorded` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query(
      'ALTER TABLE `consultation_record` ADD CONSTRAINT `FK_8e801d5e1158c5a8de0a3903b1e` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `consultation_record` DROP FOREIGN KEY `FK_8e801d5e1158c5a8de0a3903b1e`');
    await queryRunner.query('ALTER TABLE `callback_request` DROP COLUMN `recorded`');
    await queryRunner.query('ALTER TABLE `booking` DROP COLUMN `recorded`');
    await queryRunner.query('DROP INDEX `IDX_record_centre_date` ON `consultation_record`');
    await queryRunner.query('DROP TABLE `consultation_record`');
  }
}

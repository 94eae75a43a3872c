import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795915155702 implements MigrationInterface {
  name = 'Initial1795915155702';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `centre` (`code` varchar(32) NOT NULL, `name` varchar(64) NOT NULL, `area` varchar(64) NOT NULL, `address` varchar(255) NOT NULL, `latitude` double NOT NULL, `longitude` double NOT NULL, `approximate` tinyint NOT NULL, `phone` varchar(32) NOT NULL, `status` varchar(16) NOT NULL, `services` text NOT NULL, `openingHours` varchar(255) NOT NULL, `workRules` text NOT NULL, `serviceScope` text NOT NULL, `sortOrder` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`code`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `photo` (`id` varchar(36) NOT NULL, `contentType` varchar(32) NOT NULL, `data` blob NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `staff_member` (`id` varchar(36) NOT NULL, `centreCode` varchar(32) NOT NULL, `displayName` varchar(64) NOT NULL, `professions` text NOT NULL, `bio` varchar(500) NOT NULL, `photoId` varchar(36) NULL, `showOnWall` tinyint NOT NULL, `active` tinyint NOT NULL, `wallOrder` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_staff_member_centre` (`centreCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `staff_member` ADD CONSTRAINT `FK_d4943acbfb52256247e7b5d0879` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `staff_member` ADD CONSTRAINT `FK_5719408f2aad5d57b4315de908c` FOREIGN KEY (`photoId`) REFERENCES `photo`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `staff_member` DROP FOREIGN KEY `FK_5719408f2aad5d57b4315de908c`');
    await queryRunner.query('ALTER TABLE `staff_member` DROP FOREIGN KEY `FK_d4943acbfb52256247e7b5d0879`');
    await queryRunner.query('DROP INDEX `IDX_staff_member_centre` ON `staff_member`');
    await queryRunner.query('DROP TABLE `staff_member`');
    await queryRunner.query('DROP TABLE `photo`');
    await queryRunner.query('DROP TABLE `centre`');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Waitlist1795916783822 implements MigrationInterface {
  name = 'Waitlist1795916783822';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `notification` (`id` varchar(36) NOT NULL, `clientId` varchar(36) NOT NULL, `kind` varchar(24) NOT NULL, `bookingId` varchar(36) NOT NULL, `bookingStart` varchar(16) NOT NULL, `sendAfter` datetime(6) NOT NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL, `lastError` varchar(64) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_notification_due` (`status`, `sendAfter`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `waitlist_entry` (`id` varchar(36) NOT NULL, `clientId` varchar(36) NOT NULL, `centreCode` varchar(32) NOT NULL, `date` varchar(10) NOT NULL, `service` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `activeKey` int NULL, `offerBookingId` varchar(36) NULL, `queueOrder` double NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_waitlist_line` (`centreCode`, `date`, `service`, `status`, `queueOrder`), UNIQUE INDEX `UQ_waitlist_active` (`clientId`, `centreCode`, `date`, `service`, `activeKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query('ALTER TABLE `booking` ADD `needs` text NULL');
    await queryRunner.query('ALTER TABLE `booking` ADD `offerExpiresAt` datetime(6) NULL');
    await queryRunner.query(
      'ALTER TABLE `waitlist_entry` ADD CONSTRAINT `FK_3a6b35a965fab3d713b0e03458a` FOREIGN KEY (`clientId`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `waitlist_entry` ADD CONSTRAINT `FK_8787016a69cb9adc1a8af031579` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `waitlist_entry` DROP FOREIGN KEY `FK_8787016a69cb9adc1a8af031579`');
    await queryRunner.query('ALTER TABLE `waitlist_entry` DROP FOREIGN KEY `FK_3a6b35a965fab3d713b0e03458a`');
    await queryRunner.query('ALTER TABLE `booking` DROP COLUMN `offerExpiresAt`');
    await queryRunner.query('ALTER TABLE `booking` DROP COLUMN `needs`');
    await queryRunner.query('DROP INDEX `UQ_waitlist_active` ON `waitlist_entry`');
    await queryRunner.query('DROP INDEX `IDX_waitlist_line` ON `waitlist_entry`');
    await queryRunner.query('DROP TABLE `waitlist_entry`');
    await queryRunner.query('DROP INDEX `IDX_notification_due` ON `notification`');
    await queryRunner.query('DROP TABLE `notification`');
  }
}

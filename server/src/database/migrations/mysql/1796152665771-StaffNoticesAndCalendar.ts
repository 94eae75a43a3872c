import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffNoticesAndCalendar1796152665771 implements MigrationInterface {
  name = 'StaffNoticesAndCalendar1796152665771';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `centre_channel` (`centreCode` varchar(32) NOT NULL, `wecomKeyEncrypted` varchar(255) NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`centreCode`)) ENGINE=InnoDB',
    );
    await queryRunner.query('ALTER TABLE `account` ADD `wechatOpenidHash` varchar(64) NULL');
    await queryRunner.query(
      'ALTER TABLE `account` ADD UNIQUE INDEX `IDX_cae0984815e2a5619b54496d1b` (`wechatOpenidHash`)',
    );
    await queryRunner.query('ALTER TABLE `account` ADD `wechatOpenidEncrypted` varchar(255) NULL');
    await queryRunner.query("ALTER TABLE `notification` ADD `channel` varchar(16) NOT NULL DEFAULT 'wechat'");
    await queryRunner.query('ALTER TABLE `notification` ADD `centreCode` varchar(32) NULL');
    await queryRunner.query('ALTER TABLE `notification` ADD `accountId` varchar(36) NULL');
    await queryRunner.query('ALTER TABLE `notification` ADD `callbackId` varchar(36) NULL');
    await queryRunner.query('ALTER TABLE `notification` ADD `detail` varchar(32) NULL');
    await queryRunner.query('ALTER TABLE `notification` CHANGE `clientId` `clientId` varchar(36) NULL');
    await queryRunner.query('ALTER TABLE `notification` CHANGE `bookingId` `bookingId` varchar(36) NULL');
    await queryRunner.query('ALTER TABLE `notification` CHANGE `bookingStart` `bookingStart` varchar(16) NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Staff notices cannot be written in the older schema: they go (the outbox is transient).
    await queryRunner.query('DELETE FROM `notification` WHERE `clientId` IS NULL OR `bookingId` IS NULL');
    await queryRunner.query('ALTER TABLE `notification` CHANGE `bookingStart` `bookingStart` varchar(16) NOT NULL');
    await queryRunner.query('ALTER TABLE `notification` CHANGE `bookingId` `bookingId` varchar(36) NOT NULL');
    await queryRunner.query('ALTER TABLE `notification` CHANGE `clientId` `clientId` varchar(36) NOT NULL');
    await queryRunner.query('ALTER TABLE `notification` DROP COLUMN `detail`');
    await queryRunner.query('ALTER TABLE `notification` DROP COLUMN `callbackId`');
    await queryRunner.query('ALTER TABLE `notification` DROP COLUMN `accountId`');
    await queryRunner.query('ALTER TABLE `notification` DROP COLUMN `centreCode`');
    await queryRunner.query('ALTER TABLE `notification` DROP COLUMN `channel`');
    await queryRunner.query('ALTER TABLE `account` DROP COLUMN `wechatOpenidEncrypted`');
    await queryRunner.query('ALTER TABLE `account` DROP INDEX `IDX_cae0984815e2a5619b54496d1b`');
    await queryRunner.query('ALTER TABLE `account` DROP COLUMN `wechatOpenidHash`');
    await queryRunner.query('DROP TABLE `centre_channel`');
  }
}

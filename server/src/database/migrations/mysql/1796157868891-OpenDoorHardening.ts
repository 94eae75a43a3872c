import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand from the generator's output, which would have dropped and re-added the topic columns (losing what
 * they held) and taken the dropped `phoneMasked` for a rename to the new `claimActiveAt`.
 */
export class OpenDoorHardening1796157868891 implements MigrationInterface {
  name = 'OpenDoorHardening1796157868891';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `callback_request` DROP COLUMN `phoneMasked`');
    await queryRunner.query('ALTER TABLE `callback_request` ADD `claimActiveAt` datetime(6) NULL');
    await queryRunner.query(
      "CREATE TABLE `guard_row` (`key` varchar(128) NOT NULL, `version` int NOT NULL DEFAULT '0', PRIMARY KEY (`key`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `client` ADD `tokenVersion` int NOT NULL DEFAULT '0'");
    await queryRunner.query('ALTER TABLE `client` ADD `originHash` varchar(32) NULL');
    await queryRunner.query('ALTER TABLE `booking` MODIFY `topic` varchar(1024) NULL');
    await queryRunner.query('ALTER TABLE `callback_request` MODIFY `topic` varchar(1024) NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Encrypted topics do not fit the old columns, and the old schema read them as plain text: they go.
    await queryRunner.query('UPDATE `booking` SET `topic` = NULL');
    await queryRunner.query('UPDATE `callback_request` SET `topic` = NULL');
    await queryRunner.query('ALTER TABLE `callback_request` MODIFY `topic` varchar(200) NULL');
    await queryRunner.query('ALTER TABLE `booking` MODIFY `topic` varchar(200) NULL');
    await queryRunner.query('ALTER TABLE `client` DROP COLUMN `originHash`');
    await queryRunner.query('ALTER TABLE `client` DROP COLUMN `tokenVersion`');
    await queryRunner.query('DROP TABLE `guard_row`');
    await queryRunner.query('ALTER TABLE `callback_request` DROP COLUMN `claimActiveAt`');
    await queryRunner.query('ALTER TABLE `callback_request` ADD `phoneMasked` varchar(32) NULL');
  }
}

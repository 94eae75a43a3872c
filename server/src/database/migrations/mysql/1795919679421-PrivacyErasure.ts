import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyErasure1795919679421 implements MigrationInterface {
  name = 'PrivacyErasure1795919679421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `client` ADD `erasedAt` datetime(6) NULL');
    await queryRunner.query('ALTER TABLE `callback_request` ADD `idempotencyKey` varchar(64) NULL');
    await queryRunner.query(
      'CREATE UNIQUE INDEX `UQ_callback_idempotency` ON `callback_request` (`clientId`, `idempotencyKey`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `UQ_callback_idempotency` ON `callback_request`');
    await queryRunner.query('ALTER TABLE `callback_request` DROP COLUMN `idempotencyKey`');
    await queryRunner.query('ALTER TABLE `client` DROP COLUMN `erasedAt`');
  }
}

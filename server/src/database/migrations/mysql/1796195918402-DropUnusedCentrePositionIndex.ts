import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropUnusedCentrePositionIndex1796195918402 implements MigrationInterface {
  name = 'DropUnusedCentrePositionIndex1796195918402';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_centre_position` ON `centre`');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `IDX_centre_position` ON `centre` (`latitude`, `longitude`, `code`)');
  }
}

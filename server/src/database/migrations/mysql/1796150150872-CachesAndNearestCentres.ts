import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CachesAndNearestCentres1796150150872 implements MigrationInterface {
  name = 'CachesAndNearestCentres1796150150872';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `cache_version` (`name` varchar(64) NOT NULL, `version` int NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB',
    );
    await queryRunner.query('CREATE INDEX `IDX_centre_position` ON `centre` (`latitude`, `longitude`, `code`)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_centre_position` ON `centre`');
    await queryRunner.query('DROP TABLE `cache_version`');
  }
}

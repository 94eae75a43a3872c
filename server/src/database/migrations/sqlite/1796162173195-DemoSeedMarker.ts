import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DemoSeedMarker1796162173195 implements MigrationInterface {
  name = 'DemoSeedMarker1796162173195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "seed_marker" ("name" varchar(64) PRIMARY KEY NOT NULL, "value" varchar(32) NOT NULL)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "seed_marker"');
  }
}

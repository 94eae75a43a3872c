import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminConsole1795917485123 implements MigrationInterface {
  name = 'AdminConsole1795917485123';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `publicity_event` (`id` varchar(36) NOT NULL, `centreCode` varchar(32) NOT NULL, `date` varchar(10) NOT NULL, `place` varchar(100) NOT NULL, `topic` varchar(100) NOT NULL, `partners` text NOT NULL, `reached` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_event_centre_date` (`centreCode`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `publicity_event` ADD CONSTRAINT `FK_30fe61847ee7ea8818b295574ea` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `publicity_event` DROP FOREIGN KEY `FK_30fe61847ee7ea8818b295574ea`');
    await queryRunner.query('DROP INDEX `IDX_event_centre_date` ON `publicity_event`');
    await queryRunner.query('DROP TABLE `publicity_event`');
  }
}

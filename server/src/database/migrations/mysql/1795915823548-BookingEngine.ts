import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingEngine1795915823548 implements MigrationInterface {
  name = 'BookingEngine1795915823548';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `audit_entry` (`id` varchar(36) NOT NULL, `at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `actorAccountId` varchar(36) NOT NULL, `action` varchar(48) NOT NULL, `targetType` varchar(32) NOT NULL, `targetId` varchar(36) NOT NULL, `centreCode` varchar(32) NULL, INDEX `IDX_audit_entry_at` (`at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `slot_template` (`centreCode` varchar(32) NOT NULL, `slotMinutes` int NOT NULL, `bufferMinutes` int NOT NULL, `dayStart` varchar(5) NOT NULL, `dayEnd` varchar(5) NOT NULL, `rooms` int NOT NULL, `walkInReserve` int NOT NULL, `bookingWindowDays` int NOT NULL, `leadTimeMinutes` int NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`centreCode`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client` (`id` varchar(36) NOT NULL, `kind` varchar(16) NOT NULL, `openidHash` varchar(64) NULL, `openidEncrypted` varchar(255) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_dc93eee712b3d94f6b96558fda` (`openidHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `booking` (`id` varchar(36) NOT NULL, `centreCode` varchar(32) NOT NULL, `date` varchar(10) NOT NULL, `startTime` varchar(5) NOT NULL, `endTime` varchar(5) NOT NULL, `service` varchar(16) NOT NULL, `clientId` varchar(36) NOT NULL, `status` varchar(16) NOT NULL, `seat` int NULL, `roomSeat` int NULL, `activeClientId` varchar(36) NULL, `idempotencyKey` varchar(64) NOT NULL, `topic` varchar(200) NULL, `contactPreference` varchar(16) NOT NULL, `declineReason` varchar(32) NULL, `statusChangedBy` varchar(36) NULL, `statusChangedAt` datetime(6) NOT NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_booking_client` (`clientId`), INDEX `IDX_booking_centre_day` (`centreCode`, `date`), UNIQUE INDEX `UQ_booking_idempotency` (`clientId`, `idempotencyKey`), UNIQUE INDEX `UQ_booking_person_time` (`date`, `startTime`, `activeClientId`), UNIQUE INDEX `UQ_booking_room_seat` (`centreCode`, `date`, `startTime`, `roomSeat`), UNIQUE INDEX `UQ_booking_service_seat` (`centreCode`, `date`, `startTime`, `service`, `seat`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `slot_lock` (`centreCode` varchar(32) NOT NULL, `date` varchar(10) NOT NULL, `startTime` varchar(5) NOT NULL, PRIMARY KEY (`centreCode`, `date`, `startTime`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `calendar_day` (`date` varchar(10) NOT NULL, `scope` varchar(32) NOT NULL, `kind` varchar(16) NOT NULL, `name` varchar(64) NULL, `source` varchar(16) NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`date`, `scope`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `calendar_year` (`year` int NOT NULL, `source` varchar(64) NOT NULL, `importedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`year`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `callback_request` (`id` varchar(36) NOT NULL, `centreCode` varchar(32) NOT NULL, `clientId` varchar(36) NOT NULL, `phoneEncrypted` varchar(255) NULL, `phoneMasked` varchar(32) NULL, `windows` text NOT NULL, `mayIdentify` tinyint NOT NULL, `mayLeaveMessage` tinyint NOT NULL, `topic` varchar(200) NULL, `status` varchar(16) NOT NULL, `claimedBy` varchar(36) NULL, `claimedAt` datetime(6) NULL, `outcome` varchar(32) NULL, `closedAt` datetime(6) NULL, `erasedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_callback_client` (`clientId`), INDEX `IDX_callback_centre_status` (`centreCode`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `callback_attempt` (`id` varchar(36) NOT NULL, `callbackId` varchar(36) NOT NULL, `accountId` varchar(36) NOT NULL, `result` varchar(16) NOT NULL, `at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_callback_attempt_callback` (`callbackId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `account` (`id` varchar(36) NOT NULL, `username` varchar(64) NOT NULL, `passwordHash` varchar(255) NOT NULL, `role` varchar(16) NOT NULL, `centreCode` varchar(32) NULL, `staffMemberId` varchar(36) NULL, `active` tinyint NOT NULL, `tokenVersion` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_41dfcb70af895ddf9a53094515` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `duty_assignment` (`id` varchar(36) NOT NULL, `centreCode` varchar(32) NOT NULL, `date` varchar(10) NOT NULL, `staffMemberId` varchar(36) NOT NULL, INDEX `IDX_duty_assignment_centre_day` (`centreCode`, `date`), UNIQUE INDEX `UQ_duty_assignment_person_day` (`date`, `staffMemberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `staff_leave` (`id` varchar(36) NOT NULL, `staffMemberId` varchar(36) NOT NULL, `fromDate` varchar(10) NOT NULL, `toDate` varchar(10) NOT NULL, INDEX `IDX_staff_leave_person` (`staffMemberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `slot_template` ADD CONSTRAINT `FK_9c0fb601e1f7bb4a4667400740d` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `booking` ADD CONSTRAINT `FK_9c35157ea76dc1d456b1412f775` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `booking` ADD CONSTRAINT `FK_8e9ee03e1b661be752d2c3b5808` FOREIGN KEY (`clientId`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `callback_request` ADD CONSTRAINT `FK_d52f98254ca82e2bfe0079df329` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `callback_request` ADD CONSTRAINT `FK_79abbacee913688c32b2b5b361d` FOREIGN KEY (`clientId`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `callback_attempt` ADD CONSTRAINT `FK_d151f6f76679d58da968fdd3ddd` FOREIGN KEY (`callbackId`) REFERENCES `callback_request`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `account` ADD CONSTRAINT `FK_08fb461f509ff2c23bb9654f725` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `duty_assignment` ADD CONSTRAINT `FK_c8d74d6abd867cb674abfe3b79f` FOREIGN KEY (`centreCode`) REFERENCES `centre`(`code`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `duty_assignment` ADD CONSTRAINT `FK_a60808eb1f0946d6fc4bf759508` FOREIGN KEY (`staffMemberId`) REFERENCES `staff_member`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `staff_leave` ADD CONSTRAINT `FK_7c7a0c46a2877403e9578fb04b1` FOREIGN KEY (`staffMemberId`) REFERENCES `staff_member`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `staff_leave` DROP FOREIGN KEY `FK_7c7a0c46a2877403e9578fb04b1`');
    await queryRunner.query('ALTER TABLE `duty_assignment` DROP FOREIGN KEY `FK_a60808eb1f0946d6fc4bf759508`');
    await queryRunner.query('ALTER TABLE `duty_assignment` DROP FOREIGN KEY `FK_c8d74d6abd867cb674abfe3b79f`');
    await queryRunner.query('ALTER TABLE `account` DROP FOREIGN KEY `FK_08fb461f509ff2c23bb9654f725`');
    await queryRunner.query('ALTER TABLE `callback_attempt` DROP FOREIGN KEY `FK_d151f6f76679d58da968fdd3ddd`');
    await queryRunner.query('ALTER TABLE `callback_request` DROP FOREIGN KEY `FK_79abbacee913688c32b2b5b361d`');
    await queryRunner.query('ALTER TABLE `callback_request` DROP FOREIGN KEY `FK_d52f98254ca82e2bfe0079df329`');
    await queryRunner.query('ALTER TABLE `booking` DROP FOREIGN KEY `FK_8e9ee03e1b661be752d2c3b5808`');
    await queryRunner.query('ALTER TABLE `booking` DROP FOREIGN KEY `FK_9c35157ea76dc1d456b1412f775`');
    await queryRunner.query('ALTER TABLE `slot_template` DROP FOREIGN KEY `FK_9c0fb601e1f7bb4a4667400740d`');
    await queryRunner.query('DROP INDEX `IDX_staff_leave_person` ON `staff_leave`');
    await queryRunner.query('DROP TABLE `staff_leave`');
    await queryRunner.query('DROP INDEX `UQ_duty_assignment_person_day` ON `duty_assignment`');
    await queryRunner.query('DROP INDEX `IDX_duty_assignment_centre_day` ON `duty_assignment`');
    await queryRunner.query('DROP TABLE `duty_assignment`');
    await queryRunner.query('DROP INDEX `IDX_41dfcb70af895ddf9a53094515` ON `account`');
    await queryRunner.query('DROP TABLE `account`');
    await queryRunner.query('DROP INDEX `IDX_callback_attempt_callback` ON `callback_attempt`');
    await queryRunner.query('DROP TABLE `callback_attempt`');
    await queryRunner.query('DROP INDEX `IDX_callback_centre_status` ON `callback_request`');
    await queryRunner.query('DROP INDEX `IDX_callback_client` ON `callback_request`');
    await queryRunner.query('DROP TABLE `callback_request`');
    await queryRunner.query('DROP TABLE `calendar_year`');
    await queryRunner.query('DROP TABLE `calendar_day`');
    await queryRunner.query('DROP TABLE `slot_lock`');
    await queryRunner.query('DROP INDEX `UQ_booking_service_seat` ON `booking`');
    await queryRunner.query('DROP INDEX `UQ_booking_room_seat` ON `booking`');
    await queryRunner.query('DROP INDEX `UQ_booking_person_time` ON `booking`');
    await queryRunner.query('DROP INDEX `UQ_booking_idempotency` ON `booking`');
    await queryRunner.query('DROP INDEX `IDX_booking_centre_day` ON `booking`');
    await queryRunner.query('DROP INDEX `IDX_booking_client` ON `booking`');
    await queryRunner.query('DROP TABLE `booking`');
    await queryRunner.query('DROP INDEX `IDX_dc93eee712b3d94f6b96558fda` ON `client`');
    await queryRunner.query('DROP TABLE `client`');
    await queryRunner.query('DROP TABLE `slot_template`');
    await queryRunner.query('DROP INDEX `IDX_audit_entry_at` ON `audit_entry`');
    await queryRunner.query('DROP TABLE `audit_entry`');
  }
}

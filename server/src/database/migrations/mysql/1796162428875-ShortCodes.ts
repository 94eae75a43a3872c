import { randomInt } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A short code, drawn as the server draws new ones (src/common/short-code.ts; copied so this migration never changes). */
const drawCode = () => Array.from({ length: 10 }, () => '23456789ABCDEFGHJKMNPQRSTUVWXYZ'[randomInt(31)]).join('');

/** Gives every existing row of `table` a code of its own (the column exists and is still nullable). */
async function backfillCodes(queryRunner: QueryRunner, table: string, quote: (name: string) => string): Promise<void> {
  const rows = (await queryRunner.query(`SELECT ${quote('id')} FROM ${quote(table)}`)) as { id: string }[];
  const used = new Set<string>();
  for (const { id } of rows) {
    let code = drawCode();
    while (used.has(code)) {
      code = drawCode();
    }
    used.add(code);
    await queryRunner.query(`UPDATE ${quote(table)} SET ${quote('code')} = ? WHERE ${quote('id')} = ?`, [code, id]);
  }
}

const mysqlName = (name: string) => `\`${name}\``;

/** Written by hand from the generator's output: the codes are added nullable, filled in, then required. */
export class ShortCodes1796162428875 implements MigrationInterface {
  name = 'ShortCodes1796162428875';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `booking` ADD `code` varchar(10) NULL');
    await backfillCodes(queryRunner, 'booking', mysqlName);
    await queryRunner.query('ALTER TABLE `booking` MODIFY `code` varchar(10) NOT NULL');
    await queryRunner.query('ALTER TABLE `booking` ADD UNIQUE INDEX `IDX_fa07f4ccdf784ecdcd3637804a` (`code`)');
    await queryRunner.query('ALTER TABLE `callback_request` ADD `code` varchar(10) NULL');
    await backfillCodes(queryRunner, 'callback_request', mysqlName);
    await queryRunner.query('ALTER TABLE `callback_request` MODIFY `code` varchar(10) NOT NULL');
    await queryRunner.query(
      'ALTER TABLE `callback_request` ADD UNIQUE INDEX `IDX_527d1347a532328a09f80fc141` (`code`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `callback_request` DROP INDEX `IDX_527d1347a532328a09f80fc141`');
    await queryRunner.query('ALTER TABLE `callback_request` DROP COLUMN `code`');
    await queryRunner.query('ALTER TABLE `booking` DROP INDEX `IDX_fa07f4ccdf784ecdcd3637804a`');
    await queryRunner.query('ALTER TABLE `booking` DROP COLUMN `code`');
  }
}

import type { RowDataPacket } from 'mysql2';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../config/app-config.js';

export type MysqlFlavour = 'mysql' | 'mariadb';

/**
 * MariaDB reports column defaults differently from MySQL, and TypeORM only reads them right when told which one it
 * talks to; asking the server itself means `mysql://` works for both.
 */
export async function detectMysqlFlavour(database: Extract<DatabaseConfig, { kind: 'mysql' }>): Promise<MysqlFlavour> {
  const connection = await createConnection({
    host: database.host,
    port: database.port,
    user: database.username,
    password: database.password,
    connectTimeout: 10000,
  });
  try {
    const [rows] = await connection.query<({ version: string } & RowDataPacket)[]>('SELECT VERSION() AS version');
    return rows[0]?.version.includes('MariaDB') ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

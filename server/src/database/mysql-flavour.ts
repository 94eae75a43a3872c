import type { RowDataPacket } from 'mysql2';
import type { DatabaseConfig } from '../config/app-config.js';

export type MysqlFlavour = 'mysql' | 'mariadb';

export interface MysqlServer {
  flavour: MysqlFlavour;
  /** A node of a Galera cluster (`wsrep_on` = ON): reads must wait for the node to catch up with the cluster. */
  galera: boolean;
  /** TiDB, which speaks MySQL's protocol (its version says so): it reports itself as MySQL. */
  tidb: boolean;
}

/**
 * Asks the server what it is, once at boot, so that `mysql://` works for MySQL, MariaDB, a Galera cluster and TiDB.
 * MariaDB reports column defaults differently from MySQL, and TypeORM only reads them right when told which one it
 * talks to.
 */
export async function detectMysqlServer(database: Extract<DatabaseConfig, { kind: 'mysql' }>): Promise<MysqlServer> {
  // Loaded only here, for MySQL: the embedded SQLite default never needs the driver (a few MB and ~0.1 s at start).
  const { createConnection } = await import('mysql2/promise');
  const connection = await createConnection({
    host: database.host,
    port: database.port,
    user: database.username,
    password: database.password,
    connectTimeout: 10000,
  });
  try {
    const [versions] = await connection.query<({ version: string } & RowDataPacket)[]>('SELECT VERSION() AS version');
    const [wsrep] = await connection.query<({ Value: string } & RowDataPacket)[]>("SHOW VARIABLES LIKE 'wsrep_on'");
    return describeMysqlServer(versions[0]?.version ?? '', wsrep[0]?.Value);
  } finally {
    await connection.end();
  }
}

/** What a server is, from what it answers to `SELECT VERSION()` and to `wsrep_on` (absent when not built in). */
export function describeMysqlServer(version: string, wsrepOn: string | undefined): MysqlServer {
  return {
    flavour: version.includes('MariaDB') ? 'mariadb' : 'mysql',
    galera: wsrepOn === 'ON',
    tidb: version.includes('TiDB'),
  };
}

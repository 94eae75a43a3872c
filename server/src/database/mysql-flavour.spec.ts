import type { DatabaseConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { describeMysqlServer, type MysqlServer } from './mysql-flavour.js';

const MYSQL: Extract<DatabaseConfig, { kind: 'mysql' }> = {
  kind: 'mysql',
  host: '127.0.0.1',
  port: 3306,
  username: 'root',
  password: '',
  database: 'test',
};

describe('describeMysqlServer', () => {
  it.each<[string, string | undefined, MysqlServer]>([
    ['10.11.19-MariaDB-0+deb12u1', 'OFF', { flavour: 'mariadb', galera: false, tidb: false }],
    ['10.11.19-MariaDB-0+deb12u1', 'ON', { flavour: 'mariadb', galera: true, tidb: false }],
    ['8.0.40', undefined, { flavour: 'mysql', galera: false, tidb: false }],
    ['8.0.36-28', 'ON', { flavour: 'mysql', galera: true, tidb: false }],
    ['8.0.11-TiDB-v8.5.1', undefined, { flavour: 'mysql', galera: false, tidb: true }],
  ])('reads %s with wsrep_on %s', (version, wsrepOn, expected) => {
    expect(describeMysqlServer(version, wsrepOn)).toEqual(expected);
  });
});

describe('MySQL connection options by server', () => {
  const optionsFor = async (mysqlServer: MysqlServer) =>
    (await buildDataSourceOptions(MYSQL, { migrationsRun: false, mysqlServer })) as {
      type: string;
      multipleStatements: boolean;
    };

  it('sends a booking’s statements together only where that was tested to be safe (not Galera, not TiDB)', async () => {
    expect((await optionsFor(describeMysqlServer('10.11.19-MariaDB-0+deb12u1', 'OFF'))).multipleStatements).toBe(true);
    expect((await optionsFor(describeMysqlServer('8.0.40', undefined))).multipleStatements).toBe(true);
    expect((await optionsFor(describeMysqlServer('10.11.19-MariaDB-0+deb12u1', 'ON'))).multipleStatements).toBe(false);
    expect((await optionsFor(describeMysqlServer('8.0.11-TiDB-v8.5.1', undefined))).multipleStatements).toBe(false);
  });

  it('tells TypeORM which of MySQL and MariaDB it talks to', async () => {
    expect((await optionsFor(describeMysqlServer('10.11.19-MariaDB-0+deb12u1', 'OFF'))).type).toBe('mariadb');
    expect((await optionsFor(describeMysqlServer('8.0.11-TiDB-v8.5.1', undefined))).type).toBe('mysql');
  });
});

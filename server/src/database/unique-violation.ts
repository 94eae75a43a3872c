/** What the naming needs of TypeORM's entity metadata: each table's unique keys and their columns. */
export interface UniqueKeyCatalogue {
  tableName: string;
  uniques: { name: string; columns: { databaseName: string }[] }[];
  indices: { name: string; isUnique: boolean; columns: { databaseName: string }[] }[];
}

const MYSQL_DUPLICATE = /Duplicate entry .* for key '(?:[^'.]+\.)?([^']+)'/;
const SQLITE_UNIQUE = /UNIQUE constraint failed: (.+)$/;

/**
 * The name of the unique key (or `PRIMARY`) a failed write ran into, or undefined when the error is something
 * else. MySQL and MariaDB name the key; SQLite lists its columns, which the entity metadata turns back into the
 * same name, so services can tell which rule the database enforced on either dialect.
 */
export function uniqueKeyViolated(error: unknown, catalogue: readonly UniqueKeyCatalogue[]): string | undefined {
  const { code, driverError, message } = error as { code?: string; driverError?: { code?: string }; message?: string };
  const codes = [code, driverError?.code];
  if (codes.includes('ER_DUP_ENTRY')) {
    return MYSQL_DUPLICATE.exec(message ?? '')?.[1] ?? 'unknown';
  }
  if (codes.includes('SQLITE_CONSTRAINT_PRIMARYKEY')) {
    return 'PRIMARY';
  }
  if (!codes.includes('SQLITE_CONSTRAINT_UNIQUE')) {
    return undefined;
  }
  const columns = SQLITE_UNIQUE.exec(message ?? '')?.[1]?.split(', ') ?? [];
  const table = columns[0]?.split('.')[0];
  const names = columns.map((column) => column.split('.')[1] ?? '').sort();
  const entity = catalogue.find((candidate) => candidate.tableName === table);
  const keys = [...(entity?.uniques ?? []), ...(entity?.indices.filter((index) => index.isUnique) ?? [])];
  const match = keys.find((key) => sameColumns(key.columns, names));
  return match?.name ?? 'unknown';
}

function sameColumns(columns: { databaseName: string }[], names: string[]): boolean {
  const own = columns.map((column) => column.databaseName).sort();
  return own.length === names.length && own.every((name, i) => name === names[i]);
}

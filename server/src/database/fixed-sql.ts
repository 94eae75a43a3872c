import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { QueryResult } from 'typeorm/query-runner/QueryResult.js';

/** A statement written as SQL with its parameters, and how to read what it returns. */
export interface Statement<Result> {
  sql: string;
  parameters: readonly unknown[];
  read(result: StatementResult): Result;
}

/** What a statement returned, alike on SQLite and MySQL. */
export interface StatementResult {
  rows: unknown[];
  /** Rows an INSERT, UPDATE or DELETE changed (MySQL counts an upsert that updated as 2). */
  affected: number;
}

export type ResultsOf<S extends readonly (Statement<unknown> | undefined)[]> = {
  [K in keyof S]: S[K] extends Statement<infer Result> ? Result : undefined;
};

/**
 * Runs a transaction's statements in order and reads each one's result (undefined for a statement left out). Where
 * the connections accept several statements per query (one MySQL or MariaDB server: data-source-options.ts,
 * `sendsTogether`) they go to the database together, in one round trip instead of one each, between `around`'s
 * statements if given (the transaction runner's BEGIN and COMMIT, only there); the first that fails stops the rest and
 * fails the whole, as the same statements sent one by one would. Elsewhere (SQLite, in this process; a Galera node;
 * TiDB) they are sent one by one.
 */
export async function runTogether<const S extends readonly (Statement<unknown> | undefined)[]>(
  manager: EntityManager,
  statements: S,
  around: { before?: string; after?: string } = {},
): Promise<ResultsOf<S>> {
  const present = statements.filter((statement): statement is Statement<unknown> => statement !== undefined);
  const results: StatementResult[] = [];
  if (!sendsTogether(manager)) {
    if (around.before !== undefined || around.after !== undefined) {
      throw new Error('runTogether: statements around others are sent with them only where they go together');
    }
    for (const statement of present) {
      results.push(await run(manager, statement.sql, statement.parameters));
    }
  } else {
    const { before, after } = around;
    const texts = [before, ...present.map((statement) => statement.sql), after].filter((sql) => sql !== undefined);
    if (texts.length > 0) {
      const parameters = present.flatMap((statement) => [...statement.parameters]);
      const raw: unknown = (await structuredQuery(manager, texts.join(';\n'), parameters)).raw;
      // mysql2 answers a query of several statements with one result per statement.
      const raws = texts.length === 1 ? [raw] : (raw as unknown[]);
      const first = before === undefined ? 0 : 1;
      results.push(...raws.slice(first, first + present.length).map(mysqlResult));
    }
  }
  const inOrder = results.values();
  return statements.map((statement) => statement?.read(inOrder.next().value as StatementResult)) as ResultsOf<S>;
}

/** Whether `runTogether` sends a transaction's statements in one query (see data-source-options.ts). */
export function sendsTogether(manager: EntityManager): boolean {
  const { options } = manager.connection;
  return options.type !== 'better-sqlite3' && 'multipleStatements' in options && options.multipleStatements === true;
}

async function run(manager: EntityManager, sql: string, parameters: readonly unknown[]): Promise<StatementResult> {
  const { records, affected } = await structuredQuery(manager, sql, [...parameters]);
  return { rows: records, affected: affected ?? 0 };
}

/** A SELECT's rows come as an array; a write's as a header with the rows it changed. */
function mysqlResult(raw: unknown): StatementResult {
  return Array.isArray(raw)
    ? { rows: raw, affected: 0 }
    : { rows: [], affected: (raw as { affectedRows?: number }).affectedRows ?? 0 };
}

async function structuredQuery(manager: EntityManager, sql: string, parameters: unknown[]): Promise<QueryResult> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    return await runner.query(sql, parameters, true);
  } finally {
    if (runner !== manager.queryRunner) {
      await runner.release();
    }
  }
}

interface InsertStatement {
  /** `INSERT INTO t (a, b) VALUES `; the placeholders are added per number of rows. */
  head: string;
  placeholders: string;
  columns: ColumnMetadata[];
}

/**
 * Inserts whole rows of one entity with a statement written once per shape of row, instead of TypeORM's query
 * builder, which works the SQL out again at every call (a tenth of the server's time per booking in a profile).
 * Values are converted by the driver as the query builder converts them (dates, JSON, booleans); a column the row
 * leaves undefined is left out of the statement, so the database's default fills it, as with the query builder.
 */
export class RowInserter<Row extends ObjectLiteral> {
  private readonly statements = new Map<string, InsertStatement>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: EntityTarget<Row>,
  ) {}

  /** Inserts the rows in one statement; every row must set the same columns. */
  async insert(manager: EntityManager, rows: readonly Partial<Row>[]): Promise<void> {
    if (rows.length > 0) {
      await runTogether(manager, [this.insertion(rows)]);
    }
  }

  /** The statement that inserts the rows, to be run with others (`runTogether`); every row must set the same columns. */
  insertion(rows: readonly Partial<Row>[]): Statement<void> {
    const [first] = rows;
    if (!first) {
      throw new Error('RowInserter: nothing to insert');
    }
    const statement = this.statementFor(first);
    const driver = this.dataSource.driver;
    const parameters: unknown[] = [];
    for (const row of rows) {
      for (const column of statement.columns) {
        const value: unknown = column.getEntityValue(row);
        if (value === undefined) {
          throw new Error(`RowInserter: rows of one insert must set the same columns (${column.propertyName})`);
        }
        parameters.push(driver.preparePersistentValue(value, column));
      }
    }
    const values = new Array<string>(rows.length).fill(statement.placeholders).join(', ');
    return { sql: statement.head + values, parameters, read: () => undefined };
  }

  private statementFor(row: Partial<Row>): InsertStatement {
    const metadata = this.dataSource.getMetadata(this.entity);
    const columns = metadata.columns.filter((column) => column.getEntityValue(row) !== undefined);
    const shape = columns.map((column) => column.databaseName).join(',');
    let statement = this.statements.get(shape);
    if (!statement) {
      const escape = (name: string) => this.dataSource.driver.escape(name);
      statement = {
        head: `INSERT INTO ${escape(metadata.tableName)} (${columns.map((column) => escape(column.databaseName)).join(', ')}) VALUES `,
        placeholders: `(${columns.map(() => '?').join(', ')})`,
        columns,
      };
      this.statements.set(shape, statement);
    }
    return statement;
  }
}

/** Runs an UPDATE or DELETE written as SQL and returns how many rows it changed (on SQLite and MySQL alike). */
export async function affectedRows(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  return (await structuredQuery(manager, sql, parameters)).affected ?? 0;
}

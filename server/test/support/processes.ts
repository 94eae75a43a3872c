import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config/app-config.js';
import { detectMysqlServer } from '../../src/database/mysql-flavour.js';
import { LIFTED_LIMITS, sharedStore, TEST_DB } from './test-app.js';
import { testTempDir } from './temp-dir.js';

/** The built server and its command-line tools, run as an operator would run them. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const distFile = (path: string) => join(DIST, path);
export const isBuilt = (...paths: string[]) => paths.every((path) => existsSync(distFile(path)));

const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

/** A fresh, empty database of the kind this run tests: the MySQL test database emptied, or a new SQLite file. */
export async function freshDatabaseUrl(): Promise<string> {
  if (TEST_DB === 'sqlite') {
    return `sqlite:${join(testTempDir('wac-ops-'), 'wac.sqlite')}`;
  }
  await emptyMysqlDatabase(MYSQL_URL);
  return MYSQL_URL;
}

export async function emptyMysqlDatabase(url: string): Promise<void> {
  const database = parseDatabaseUrl(url, process.cwd(), []);
  if (database?.kind !== 'mysql') {
    throw new Error(`not a MySQL URL: ${url}`);
  }
  const { host, port, username, password } = database;
  const dataSource = new DataSource({ type: 'mysql', host, port, username, password, database: database.database });
  await dataSource.initialize();
  await dataSource.dropDatabase();
  await dataSource.destroy();
}

/** Opens the database a child process uses, to check what it wrote (no migrations, no seed). */
export async function openDatabase(url: string): Promise<DataSource> {
  const database = parseDatabaseUrl(url, process.cwd(), []);
  if (database === undefined) {
    throw new Error(`bad database URL: ${url}`);
  }
  if (database.kind === 'sqlite') {
    return new DataSource({ type: 'better-sqlite3', database: database.path, timeout: 10000 }).initialize();
  }
  const { host, port, username, password } = database;
  const type = (await detectMysqlServer(database)).flavour;
  return new DataSource({
    type,
    host,
    port,
    username,
    password,
    database: database.database,
    timezone: 'Z',
  }).initialize();
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a Node script to its end and collects its output (asynchronously, so several can run at once). */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** The last 20 000 characters the server wrote to stderr and stdout. */
  output(): string;
  /** Resolves once the server writes a line matching `pattern`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/**
 * Starts a server as a separate process (the built `dist/main.js`, or a release bundle's) on a free port and
 * resolves once `readyPath` answers 200. Only the variables given (and PATH) reach it: nothing leaks in from the
 * test run's environment, except that the limits against scripts are lifted (one test address starts many
 * sessions), and a production server on MySQL gets the shared Redis store a deployment has.
 */
export async function startServerProcess(options: {
  command: string[];
  cwd?: string;
  env: Record<string, string>;
  readyPath?: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const [command, ...args] = options.command;
  const child = spawn(command ?? process.execPath, args, {
    cwd: options.cwd ?? process.cwd(),
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...LIFTED_LIMITS,
      ...(options.env.NODE_ENV === 'production' && TEST_DB === 'mysql' ? sharedStore() : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const watchers = new Set<(line: string) => void>();
  let partialLine = '';
  const onData = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20000);
    const lines = (partialLine + chunk.toString()).split('\n');
    partialLine = lines.pop() ?? '';
    lines.forEach((line) => watchers.forEach((watch) => watch(line)));
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60000);
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server on port ${port} did not become ready (exit ${child.exitCode}):\n${output}`);
    }
    const ready = await fetch(`${url}${options.readyPath ?? '/api/health'}`, { signal: AbortSignal.timeout(2000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    url,
    port,
    child,
    output: () => output,
    waitForOutput: (pattern, timeoutMs = 30000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          watchers.delete(watch);
          reject(new Error(`the server wrote no line matching ${pattern}:\n${output}`));
        }, timeoutMs);
        const watch = (line: string) => {
          if (pattern.test(line)) {
            clearTimeout(timer);
            watchers.delete(watch);
            resolve();
          }
        };
        watchers.add(watch);
      }),
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

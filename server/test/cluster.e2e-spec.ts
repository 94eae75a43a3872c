import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const SERVER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number | undefined): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return readFileSync(`/proc/${entry}/status`, 'utf8').match(/^PPid:\s+(\d+)$/m)?.[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function waitFor(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await condition()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function startMain(env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error('Build the server first (npm run build): this test runs dist/main.js');
  }
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { ...process.env, LOG_LEVEL: 'error', STATIC_DIR: '/nonexistent', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

describe(`several server processes (${TEST_DB})`, () => {
  it('refuses CLUSTER_WORKERS above 1 on the embedded SQLite database, naming the variable', async () => {
    const { child, stderr } = startMain({ DATABASE_URL: 'sqlite::memory:', CLUSTER_WORKERS: '2', PORT: '1' });
    expect(await exited(child)).toBe(1);
    expect(stderr()).toContain('CLUSTER_WORKERS must be 1 with the embedded SQLite database');
  });

  const onMysql = TEST_DB === 'mysql' ? describe : describe.skip;
  onMysql('CLUSTER_WORKERS=2 on MySQL', () => {
    let t: TestApp;
    let primary: ChildProcess;
    let url: string;
    beforeAll(async () => {
      // A migrated database; the cluster then starts on it as a deployment would.
      t = await startTestApp();
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      ({ child: primary } = startMain({
        DATABASE_URL: MYSQL_URL,
        CLUSTER_WORKERS: '2',
        PORT: String(port),
        MIGRATE_ON_START: 'false',
        SEED_DEMO: 'false',
      }));
      await waitFor(() => childrenOf(primary.pid).length === 2, 'two server processes');
      await waitFor(
        () =>
          fetch(`${url}/api/health`)
            .then((r) => r.ok)
            .catch(() => false),
        'the servers to answer',
      );
    });
    afterAll(async () => {
      if (primary.exitCode === null) {
        primary.kill('SIGKILL');
      }
      await t.close();
    });

    it('answers on one port from two processes, replaces one that dies, and stops them all on SIGTERM', async () => {
      const statuses = await Promise.all(
        Array.from({ length: 40 }, () => fetch(`${url}/api/centres`).then((r) => r.status)),
      );
      expect(new Set(statuses)).toEqual(new Set([200]));

      const [victim] = childrenOf(primary.pid);
      process.kill(victim!, 'SIGKILL');
      await waitFor(() => {
        const now = childrenOf(primary.pid);
        return now.length === 2 && !now.includes(victim!);
      }, 'a new server process');
      await waitFor(
        () =>
          fetch(`${url}/api/health`)
            .then((r) => r.ok)
            .catch(() => false),
        'the servers to answer again',
      );

      const workers = childrenOf(primary.pid);
      primary.kill('SIGTERM');
      expect(await exited(primary)).toBe(0);
      expect(workers.filter((pid) => existsSync(`/proc/${pid}/status`))).toEqual([]);
    });
  });
});

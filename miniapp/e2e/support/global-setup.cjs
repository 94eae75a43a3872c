// Starts the built server on a free port with a fresh SQLite database (migrated and seeded at boot), serving the
// H5 build; the tests read its address from E2E_BASE_URL, and make their browser profiles in E2E_TEMP_DIR (the
// database's folder), which global-teardown.cjs deletes.
const { spawn } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '../../..');

// The tests start many sessions from one address in a few minutes, which is what the open-door limits stop: lifted as
// in the server's e2e harness. The H5 login puzzle stays on (small, 12 bits), so every test logs in as a woman would.
const LIFTED_LIMITS = JSON.parse(readFileSync(join(root, 'server/test/support/lifted-limits.json'), 'utf8'));
const GUEST_POW_BITS = '12';

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The server did not become healthy in time');
}

module.exports = async function globalSetup() {
  const serverMain = join(root, 'server/dist/main.js');
  const staticDir = join(root, 'miniapp/dist/h5');
  for (const required of [serverMain, join(staticDir, 'index.html')]) {
    if (!existsSync(required)) {
      throw new Error(`${required} is missing: build the server and the H5 mini-program first (npm test does both)`);
    }
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'wac-browser-'));
  const child = spawn(process.execPath, [serverMain], {
    cwd: root,
    env: {
      ...process.env,
      ...LIFTED_LIMITS,
      GUEST_POW_BITS,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dataDir, 'browser.sqlite')}`,
      SEED_DEMO: 'true',
      STATIC_DIR: staticDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, Date.now() + 30000);
  process.env.E2E_BASE_URL = url;
  process.env.E2E_TEMP_DIR = dataDir;
  globalThis.__WAC_SERVER__ = child;
};

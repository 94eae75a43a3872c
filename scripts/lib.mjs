// Helpers shared by `npm start` and `npm test`: they need nothing but Node 20 and npm on the machine.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const { packageManager } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Runs a command and resolves with its exit code; output goes straight to the terminal. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: 'inherit',
      ...options,
      env: { ...process.env, ...options.env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

/** pnpm at the version pinned in package.json, fetched by npx when the machine does not have it. */
export function pnpm(args, options = {}) {
  return run('npx', ['--yes', packageManager, ...args], options);
}

/**
 * Installs the dependencies, then builds the shared rules (@wac/rules: a few seconds of tsc), which the server runs
 * and the mini-program bundles from their build, so every later step finds them.
 */
export async function installDependencies() {
  const code = await pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
  if (code !== 0) {
    throw new Error('Installing dependencies failed (pnpm install --frozen-lockfile)');
  }
  if (
    isStale(RULES_BUILD.output, RULES_BUILD.sources) &&
    (await pnpm(['--filter', '@wac/rules', 'run', 'build'])) !== 0
  ) {
    throw new Error('Building the shared rules failed (rules/)');
  }
}

/** The shared rules' build: its output, and what it is made from. */
export const RULES_BUILD = {
  output: 'rules/dist/index.js',
  sources: ['rules/src', 'rules/package.json', 'rules/tsconfig.json', 'rules/tsconfig.build.json'],
};

/** The server's build (swc, then one bundle of its entry: server/bundle.mjs): its output, and what it is made from. */
export const SERVER_BUILD = {
  output: 'server/dist/main.js',
  sources: ['server/src', 'server/package.json', 'server/tsconfig.build.json', 'server/.swcrc', 'server/bundle.mjs'],
};

/** Newest modification time of any file below the given paths (skipping build output and dependencies). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) {
      return;
    }
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (!['node_modules', 'dist', '.swc', 'coverage'].includes(entry)) {
          visit(join(path, entry));
        }
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach((path) => visit(join(ROOT, path)));
  return newest;
}

/** True when `output` is missing or older than any of its sources: `npm start` only rebuilds what changed. */
export function isStale(output, sources) {
  const outputPath = join(ROOT, output);
  return !existsSync(outputPath) || statSync(outputPath).mtimeMs < newestMtime(sources);
}

/**
 * The limits against scripts, lifted: benchmarks and storm tests send thousands of requests from one address, which
 * is exactly what those limits stop. Shared with the server's e2e harness (server/test/support/lifted-limits.json).
 */
export const LIFTED_LIMITS = JSON.parse(readFileSync(join(ROOT, 'server/test/support/lifted-limits.json'), 'utf8'));

// `npm run release`: the production bundle, as a folder and a tarball, the same one the Docker image holds.
//
//   node scripts/release.mjs [--out DIR] [--no-build]        (default DIR: dist/release)
//
// DIR/wac/ holds the server's build, its production dependencies only (pnpm deploy --prod, better-sqlite3's native
// module included, its build leftovers removed), the H5 build under miniapp/dist/h5 where the server looks for it, a
// package.json with the operator's commands, start.sh, healthcheck.mjs and RELEASE.json; DIR/wac-<version>-<commit>.tar.gz
// is the same folder packed. It builds the server and the H5 app when their builds are missing or older than their
// sources; --no-build uses the builds as they are (npm test made them earlier in the run) and stops if one is missing.
// The native module matches the Node version and platform it was built on: run it where the bundle will run, or in
// the Dockerfile's build stage.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installDependencies, isStale, pnpm, ROOT, RULES_BUILD, run, SERVER_BUILD } from './lib.mjs';

const BUILDS = [
  { name: 'shared rules', ...RULES_BUILD, script: ['--filter', '@wac/rules', 'run', 'build'] },
  { name: 'server', ...SERVER_BUILD, script: ['--filter', '@wac/server', 'run', 'build'] },
  {
    name: 'H5 app',
    output: 'miniapp/dist/h5/index.html',
    sources: ['miniapp/src', 'miniapp/config', 'miniapp/package.json', 'shared-types/src', 'rules/src'],
    script: ['--filter', '@wac/miniapp', 'run', 'build:h5'],
  },
];

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'no-build': { type: 'boolean' } } });
  const out = resolve(values.out ?? join(ROOT, 'dist/release'));
  await ensureBuilds(values['no-build'] === true);

  const bundle = join(out, 'wac');
  rmSync(bundle, { recursive: true, force: true });
  mkdirSync(bundle, { recursive: true });

  // Production dependencies only, flat (no symlinks: the folder copies and packs as it is), from the lockfile.
  const deployed = await pnpm([
    '--filter',
    '@wac/server',
    'deploy',
    '--prod',
    '--frozen-lockfile',
    '--config.node-linker=hoisted',
    join(bundle, 'server'),
  ]);
  if (deployed !== 0) {
    throw new Error('pnpm deploy failed');
  }
  for (const leftover of ['pnpm-lock.yaml', 'pnpm-workspace.yaml']) {
    rmSync(join(bundle, 'server', leftover), { force: true });
  }
  pruneNativeBuild(join(bundle, 'server/node_modules/better-sqlite3'));
  cpSync(join(ROOT, 'miniapp/dist/h5'), join(bundle, 'miniapp/dist/h5'), { recursive: true });
  writeBundleFiles(bundle);

  const release = JSON.parse(readFileSync(join(bundle, 'RELEASE.json'), 'utf8'));
  const tarball = join(out, `wac-${release.version}-${release.commit.slice(0, 12)}.tar.gz`);
  rmSync(tarball, { force: true });
  if ((await run('tar', ['-C', out, '-czf', tarball, 'wac'])) !== 0) {
    throw new Error('tar failed');
  }
  console.log(`\nRelease bundle: ${relative(process.cwd(), bundle) || '.'}/ (${sizeOf(bundle)})`);
  console.log(tarball);
}

async function ensureBuilds(noBuild) {
  const stale = BUILDS.filter((build) => isStale(build.output, build.sources));
  if (stale.length === 0) {
    return;
  }
  if (noBuild) {
    throw new Error(
      `--no-build, but these builds are missing or older than their sources: ${stale.map((b) => b.name).join(', ')}`,
    );
  }
  await installDependencies();
  for (const build of stale) {
    console.log(`Building the ${build.name}…`);
    if ((await pnpm(build.script)) !== 0) {
      throw new Error(`The ${build.name} build failed`);
    }
  }
}

/** better-sqlite3 compiles SQLite at install; only the module it loads (build/Release/*.node) is needed to run. */
function pruneNativeBuild(folder) {
  const release = join(folder, 'build/Release');
  for (const entry of readdirSync(join(folder, 'build'))) {
    if (entry !== 'Release') {
      rmSync(join(folder, 'build', entry), { recursive: true, force: true });
    }
  }
  for (const entry of readdirSync(release)) {
    if (entry !== 'better_sqlite3.node') {
      rmSync(join(release, entry), { recursive: true, force: true });
    }
  }
  for (const source of ['deps', 'src']) {
    rmSync(join(folder, source), { recursive: true, force: true });
  }
  if (!existsSync(join(release, 'better_sqlite3.node'))) {
    throw new Error('better-sqlite3 has no native module: its install script did not run (allowBuilds)');
  }
}

function writeBundleFiles(bundle) {
  const server = JSON.parse(readFileSync(join(ROOT, 'server/package.json'), 'utf8'));
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(
    join(bundle, 'package.json'),
    `${JSON.stringify(
      {
        name: 'wac-release',
        version: server.version,
        private: true,
        description: `${root.description}: the production bundle. Configure with environment variables (.env.example).`,
        engines: { node: `${process.versions.node.split('.')[0]}.x` },
        scripts: {
          start: 'node server/dist/main.js',
          migrate: 'node server/dist/database/cli/migrate.js',
          'migrate:status': 'node server/dist/database/cli/migrate.js status',
          backup: 'node server/dist/database/cli/backup.js',
          restore: 'node server/dist/database/cli/restore.js',
          'create-user': 'node server/dist/cli/create-user.js',
        },
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    join(bundle, 'start.sh'),
    [
      '#!/bin/sh',
      '# Starts the server from this bundle: its own dependencies, its own H5 build, configured by environment',
      '# variables (see .env.example in the repository). exec: signals (SIGTERM) reach Node for a graceful stop.',
      'set -e',
      'cd "$(dirname "$0")"',
      'exec node server/dist/main.js "$@"',
      '',
    ].join('\n'),
  );
  chmodSync(join(bundle, 'start.sh'), 0o755);
  writeFileSync(
    join(bundle, 'healthcheck.mjs'),
    [
      '// Container health check: exits 0 when this server answers the given path (default: liveness, which never',
      '// touches the database) on 127.0.0.1:$PORT. `node healthcheck.mjs /api/health/ready` checks readiness instead.',
      "const path = process.argv[2] ?? '/api/health/live';",
      'const url = `http://127.0.0.1:${process.env.PORT || 3000}${path}`;',
      'fetch(url, { signal: AbortSignal.timeout(3000) }).then(',
      '  (response) => process.exit(response.ok ? 0 : 1),',
      '  () => process.exit(1),',
      ');',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(bundle, 'RELEASE.json'),
    `${JSON.stringify(
      {
        version: server.version,
        // The Docker build has no .git: it passes the commit as a build argument.
        commit: process.env.RELEASE_COMMIT || gitCommit(),
        builtAt: new Date().toISOString(),
        // The native module (better-sqlite3) runs only on this Node ABI, platform and architecture.
        node: process.version,
        nodeAbi: process.versions.modules,
        platform: process.platform,
        arch: process.arch,
      },
      null,
      2,
    )}\n`,
  );
}

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit}-dirty` : commit;
  } catch {
    return 'unknown';
  }
}

function sizeOf(folder) {
  try {
    return execFileSync('du', ['-sh', folder], { encoding: 'utf8' }).split('\t')[0];
  } catch {
    return 'size unknown';
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});

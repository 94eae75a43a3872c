// The operator's commands on a clone (the release bundle has the same ones, without the build step):
//   npm run migrate | migrate:status | backup [-- --out DIR] | restore -- FILE [--replace]
// Each builds the server if its build is missing or older than its sources, then runs the server's own CLI
// against DATABASE_URL.
import { join } from 'node:path';
import { installDependencies, isStale, pnpm, ROOT, run, SERVER_BUILD } from './lib.mjs';

const COMMANDS = {
  migrate: ['server/dist/database/cli/migrate.js'],
  'migrate:status': ['server/dist/database/cli/migrate.js', 'status'],
  backup: ['server/dist/database/cli/backup.js'],
  restore: ['server/dist/database/cli/restore.js'],
};

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const cli = COMMANDS[command];
  if (cli === undefined) {
    console.error(`Usage: node scripts/ops.mjs ${Object.keys(COMMANDS).join('|')} [arguments]`);
    process.exitCode = 2;
    return;
  }
  if (isStale(SERVER_BUILD.output, SERVER_BUILD.sources)) {
    await installDependencies();
    if ((await pnpm(['--filter', '@wac/server', 'run', 'build'])) !== 0) {
      throw new Error('The server build failed');
    }
  }
  const [script, ...fixedArgs] = cli;
  process.exitCode = await run('node', [join(ROOT, script), ...fixedArgs, ...args], { cwd: process.cwd() });
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});

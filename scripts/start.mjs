// `npm start`: install what is missing, build what changed, then run the server, which migrates and seeds the
// database (embedded SQLite under data/ by default, MySQL when DATABASE_URL says so) and serves the H5 build.
import { installDependencies, isStale, pnpm, run, SERVER_BUILD } from './lib.mjs';

async function main() {
  await installDependencies();
  if (isStale(SERVER_BUILD.output, SERVER_BUILD.sources)) {
    console.log('Building the server…');
    if ((await pnpm(['--filter', '@wac/server', 'run', 'build'])) !== 0) {
      throw new Error('The server build failed');
    }
  }
  if (
    isStale('miniapp/dist/h5/index.html', [
      'miniapp/src',
      'miniapp/config',
      'miniapp/package.json',
      'shared-types/src',
      'rules/src',
    ])
  ) {
    console.log('Building the mini-program for H5…');
    if ((await pnpm(['--filter', '@wac/miniapp', 'run', 'build:h5'])) !== 0) {
      throw new Error('The H5 build failed');
    }
  }
  process.exitCode = await run('node', ['server/dist/main.js']);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});

const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const child = globalThis.__WAC_SERVER__;
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  // The run's database and browser profiles (a few MB each, hundreds of them in a run): not left to fill /tmp.
  if (process.env.E2E_TEMP_DIR) {
    rmSync(process.env.E2E_TEMP_DIR, { recursive: true, force: true, maxRetries: 3 });
  }
};

module.exports = async function globalTeardown() {
  const child = globalThis.__WAC_SERVER__;
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
};

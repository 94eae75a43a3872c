/** Browser tests: the real H5 build, served by the real server (fresh SQLite database), in Debian's Chromium. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  globalSetup: '<rootDir>/e2e/support/global-setup.cjs',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.cjs',
  transform: { '^.+\\.tsx?$': 'babel-jest' },
  testTimeout: 60000,
};

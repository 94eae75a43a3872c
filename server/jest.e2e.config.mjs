import { sharedJestConfig } from './jest.shared.mjs';

/** End-to-end tests boot the whole app against a real database: TEST_DB=mysql or TEST_DB=sqlite. */
export default {
  ...sharedJestConfig,
  rootDir: 'test',
  testMatch: ['**/*.e2e-spec.ts'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
};

import { sharedJestConfig } from './jest.shared.mjs';

export default { ...sharedJestConfig, rootDir: 'src', testMatch: ['**/*.spec.ts'] };

// Unit tests: jsdom + React Testing Library. Taro's runtime needs a mini-program or its H5
// shell, so `@tarojs/taro` and `@tarojs/components` are replaced by small local stand-ins.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/taro-mock.ts',
    '^@tarojs/components$': '<rootDir>/test/components-mock.tsx',
    '\\.(css|scss)$': '<rootDir>/test/style-mock.ts',
  },
  // Taro's React app wrapper (as patched, src/taro-first-page.test.tsx) and what it imports are published as ES modules.
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?@tarojs/(plugin-framework-react|runtime|shared)/)',
  ],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // Module mocks (jest.mock) start every test with no recorded calls.
  clearMocks: true,
};

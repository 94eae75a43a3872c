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
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // Module mocks (jest.mock) start every test with no recorded calls.
  clearMocks: true,
};

// Jest runs the server in ESM mode (NestJS 12 is ESM-only: NODE_OPTIONS=--experimental-vm-modules in package.json)
// with @swc/jest, which keeps the decorator metadata Nest and TypeORM read.
export const sharedJestConfig = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        // .swcrc (for the build) leaves out spec files; tests configure swc here instead.
        swcrc: false,
        jsc: {
          target: 'es2022',
          keepClassNames: true,
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
        module: { type: 'es6' },
      },
    ],
  },
};

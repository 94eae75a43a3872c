import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'eslint.config.mjs', 'jest.*.mjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      curly: 'error',
      eqeqeq: 'error',
      'object-shorthand': ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    // Only repositories, entities, the database layer (data source, migrations) and module wiring (forFeature) talk
    // to TypeORM; services get what they need through a repository, so the queries stay in one place per feature.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.repository.ts', 'src/**/*.entity.ts', 'src/**/*.module.ts', 'src/database/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              message: 'Database access belongs in a *.repository.ts (or an entity / the database layer).',
            },
            {
              name: '@nestjs/typeorm',
              message: 'Database access belongs in a *.repository.ts (or the database layer).',
            },
          ],
        },
      ],
    },
  },
  {
    // A decorated parameter's type is written into its metadata as a value: typed with a bare Response or Request,
    // it reads Node's global one, which loads Node's whole fetch implementation at every start.
    files: ['src/**/*.controller.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value='express'] > ImportSpecifier[imported.name=/^(Request|Response)$/][local.name=/^(Request|Response)$/]",
          message:
            "Import express's Request and Response under another name (ExpressRequest, ExpressResponse): as a decorated parameter's type the bare name reads Node's global one, and loads its fetch implementation at every start.",
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);

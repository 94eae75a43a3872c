import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Type-aware rules where the code is in tsconfig.json (src, config, test, types); the plain
// recommended set elsewhere (scripts, and e2e/ which has its own owner and setup).
const typedFiles = ['src/**/*.{ts,tsx}', 'config/**/*.ts', 'test/**/*.{ts,tsx}', 'types/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/**', '.swc/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    files: typedFiles,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      curly: 'error',
      eqeqeq: 'error',
      // Logs can end up anywhere; the app handles personal data (positions), so it does not log.
      'no-console': 'error',
    },
  },
  {
    // CommonJS files (jest configs, their setup scripts) load modules with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Build scripts report to the terminal.
    files: ['scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);

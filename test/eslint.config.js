// ESLint 10 flat config with typescript-eslint 8. Run by `npm run lint` (part of `npm test`), which names this file:
// it sits under test/ to keep the top level to the agreed layout. Paths below are relative to the repository root.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/', 'node_modules/', 'test-results/', 'dev-dist/', '**/*.d.ts'] }, js.configs.recommended, ...tseslint.configs.recommended, {
  languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
  rules: {
    // tsc's noUnusedLocals/noUnusedParameters report these; `_name` marks one kept on purpose.
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    // Tests and store drivers reach into page globals; the code base types its own values.
    '@typescript-eslint/no-explicit-any': 'off',
    // `ok ? a() : b()` and `x && f()` as statements are used on purpose.
    '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
  },
});

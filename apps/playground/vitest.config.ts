import { errsVitestConfig } from '@errs/testkit/vitest';

export default errsVitestConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    hookTimeout: 120_000,
  },
});

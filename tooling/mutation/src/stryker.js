// Plain JavaScript: Stryker and vitest load these configs with Node itself.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The Stryker config of a package of errs: the vitest runner over the whole suite (the package's
 * tests and the suites in tooling/ that import it), per-test coverage, the TypeScript checker, and
 * module-load code mutated honestly (`ignoreStatic: false`: with per-test coverage a mutant in code
 * that runs at import is run against every test, not reported as covered by none).
 * @param {{ mutate: string[], vitestConfig?: string } & Record<string, unknown>} options
 */
export function strykerConfig({ mutate, vitestConfig = 'vitest.mutation.config.ts', ...rest }) {
  return {
    // Resolved here, so a package needs only @errs/mutation, not Stryker's plugins, in its own deps.
    plugins: [
      require.resolve('@stryker-mutator/vitest-runner'),
      require.resolve('@stryker-mutator/typescript-checker'),
      new URL('./budget.js', import.meta.url).pathname,
      new URL('./checkpoint.js', import.meta.url).pathname,
    ],
    testRunner: 'vitest',
    vitest: { configFile: vitestConfig, related: true },
    checkers: ['typescript'],
    tsconfigFile: 'tsconfig.json',
    coverageAnalysis: 'perTest',
    ignoreStatic: false,
    mutate,
    // A test that hangs under a mutant is a kill; the factor is wide because CI's two cores are
    // shared with turbo's other tasks, and a slow machine must not turn a survivor into a timeout.
    timeoutMS: 10_000,
    timeoutFactor: 3,
    concurrency: 2,
    reporters: ['clear-text', 'progress', 'html', 'json', 'errs-budget', 'errs-checkpoint'],
    htmlReporter: { fileName: 'reports/mutation/index.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    incrementalFile: 'stryker-incremental.json',
    clearTextReporter: { allowColor: false, logTests: false, allowEmojis: false },
    thresholds: { high: 90, low: 80, break: null },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    ...rest,
  };
}

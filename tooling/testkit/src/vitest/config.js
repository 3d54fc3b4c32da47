// Plain JavaScript: vitest loads a workspace's config with Node itself, which cannot import .ts
// from another package. The setup files it names are .ts, which vitest transforms as usual.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The vitest config of every workspace: its tests beside the code, and the run's one fuzz seed
 * (decided and printed once by the global setup, installed in fast-check in every test file).
 * Time limits are sized for a loaded 2-core CI machine running turbo's tasks in parallel, where a
 * property test of thousands of cases can take several times its solo time: a limit catches a
 * hang, never a slow machine (a 5 000-run property took 76 s on a 2-core machine at load 50, 3 s idle). `expect.poll` waits up to 10 s for the same reason: a poll ends as soon
 * as its condition holds, so the limit costs nothing when things go right, and vitest's default of
 * 1 s is a wall-clock assertion in disguise.
 * @param {import('vitest/config').ViteUserConfig} [overrides]
 * @returns {import('vitest/config').ViteUserConfig}
 */
export function errsVitestConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.ts'],
        testTimeout: 180_000,
        hookTimeout: 180_000,
        expect: { poll: { timeout: 10_000 } },
        globalSetup: [here('./global-setup.ts')],
        setupFiles: [here('./setup.ts')],
      },
    }),
    overrides,
  );
}

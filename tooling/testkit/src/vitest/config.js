// Plain JavaScript: vitest loads a workspace's config with Node itself, which cannot import .ts
// from another package. The setup files it names are .ts, which vitest transforms as usual.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The vitest config of every workspace: its tests beside the code, and the run's one fuzz seed
 * (decided and printed once by the global setup, installed in fast-check in every test file).
 * @param {import('vitest/config').ViteUserConfig} [overrides]
 * @returns {import('vitest/config').ViteUserConfig}
 */
export function errsVitestConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.ts'],
        globalSetup: [here('./global-setup.ts')],
        setupFiles: [here('./setup.ts')],
      },
    }),
    overrides,
  );
}

import type { ViteUserConfig } from 'vitest/config';

/** The vitest config of every workspace, with the run's one fuzz seed; see config.js. */
export declare function errsVitestConfig(overrides?: ViteUserConfig): ViteUserConfig;

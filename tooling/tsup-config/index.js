import { defineConfig } from 'tsup';

/** Build every library the same way: ESM + CJS, .d.ts + .d.cts, tree-shakable, no minification. */
export const library = (overrides = {}) =>
  defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'es2022',
    ...overrides,
  });

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['src/**/*.bench.ts'] },
    // 2 cores: one bench file at a time, so that files do not compete for a core.
    fileParallelism: false,
  },
});

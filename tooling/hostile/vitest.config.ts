import { defineConfig } from 'vitest/config';

// The suite measures memory of huge bodies: run files one at a time in a single fork.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000, pool: 'forks', fileParallelism: false } });

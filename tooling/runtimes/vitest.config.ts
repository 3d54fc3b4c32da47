import { errsVitestConfig } from '@errs/testkit/vitest';

// Seven runtimes, each bounded by RUN_TIMEOUT_MS (src/runners.ts); the hooks' limits are theirs.
export default errsVitestConfig({ test: { testTimeout: 60_000, hookTimeout: 180_000 } });

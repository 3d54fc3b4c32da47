import { errsVitestConfig } from '@errs/testkit/vitest';

// The suite measures memory of huge bodies: run files one at a time in a single fork. Its time
// limits are sized for a loaded 2-core CI machine running turbo's tasks in parallel.
export default errsVitestConfig({ test: { testTimeout: 300_000, hookTimeout: 60_000, pool: 'forks', fileParallelism: false } });

import { errsVitestConfig } from '@errs/testkit/vitest';

// Each test starts a real server on 127.0.0.1; on a loaded 2-core machine that can take a while.
export default errsVitestConfig({ test: { testTimeout: 30_000, hookTimeout: 30_000 } });

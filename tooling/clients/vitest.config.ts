import { errsVitestConfig } from '@errs/testkit/vitest';

// Real clients over a local server: a few hundred requests, each bounded by the clients' own timeouts;
// the limits are sized for a loaded 2-core CI machine, not for the time the suite takes.
export default errsVitestConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });

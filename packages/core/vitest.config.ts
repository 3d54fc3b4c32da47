import { errsVitestConfig } from '@errs/testkit/vitest';

// Property tests (fast-check) run thousands of cases; under turbo's parallel CI on 2 cores one can
// take several times its solo time, so the default 5 s would fail them on load, not on behaviour.
export default errsVitestConfig({ test: { testTimeout: 30_000 } });

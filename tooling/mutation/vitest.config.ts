import { errsVitestConfig } from '@errs/testkit/vitest';

export default errsVitestConfig();

import { library } from '@errs/tsup-config';

// One entry per public path: `@errs/core` and `@errs/core/testing` (verifyCatalog and friends).
export default library({ entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } });

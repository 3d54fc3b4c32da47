import { library } from '@errs/tsup-config';

// The main entry, `docs` (the codes' documentation texts), which a client bundle never imports, and
// `sdk` (the middleware for commercetools' own client, only type-importing it).
export default library({ entry: { index: 'src/index.ts', docs: 'src/docs.ts', sdk: 'src/sdk.ts' } });

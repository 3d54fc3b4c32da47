import { strykerConfig } from '@errs/mutation/stryker';

// `pnpm mutation ayanova`: the model for a vendor package, its envelope and its catalog (the data
// every document is made from) under the package's own suite; see TESTING.md.
export default strykerConfig({ mutate: ['src/envelope.ts', 'src/catalog.ts'] });

import { mutationVitestConfig } from '@errs/mutation/vitest';

// What Stryker runs (see stryker.config.mjs): the package's own tests, against the mutated copy.
export default mutationVitestConfig(import.meta.url, { aliases: { '@errs/ayanova': 'src/index.ts' }, projects: [] });

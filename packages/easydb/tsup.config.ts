import { library } from '@errs/tsup-config';

// The main entry, and `docs` (the codes' documentation texts), which a client bundle never imports.
export default library({ entry: { index: 'src/index.ts', docs: 'src/docs.ts' } });

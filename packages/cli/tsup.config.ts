import { library } from '@errs/tsup-config';

// A bin only: ESM (it awaits at the top level), no types to ship. @errs/core stays external (a peer:
// the one core of the app, the same the team's catalog is made with).
export default library({ entry: { cli: 'src/cli.ts' }, format: ['esm'], dts: false });

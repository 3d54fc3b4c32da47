import { library } from '@errs/tsup-config';

export default library();

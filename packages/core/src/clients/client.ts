// @errs/core/client: the building blocks of errs's client integrations, for a client they leave out
// (a vendor's SDK): `.catch(rethrow(catalog))` on any promise, or a hook of your own on clientError.
export { captureTrace, clientError, rethrow } from './shared.js';
export type { ClientErrorOptions, ClientOptions, ErrorOf, Trace } from './shared.js';

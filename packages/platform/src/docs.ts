// The Botpress Cloud API's documentation texts per code: data only, apart from catalog.ts so that a
// client bundle leaves them out. The docs generator and the playground import them (`@errs/platform/docs`).
import type { ErrorDocs } from '@errs/core';
import type { errors } from './catalog.js';

const client = '@botpress/client (the vendor’s own client; not in the error reference)';

/** The description and source of each code that has one (the codes table and openapi.json examples of `@errs/core/openapi`, the playground). */
export const docs: ErrorDocs<typeof errors> = {
  ResourceGone: {
    source: client,
  },
  OperationTimeout: {
    source: client,
  },
};

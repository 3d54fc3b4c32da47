// AyaNova v8's documentation texts per code: data only, apart from catalog.ts so that a
// client bundle leaves them out. The docs generator and the playground import them (`@errs/ayanova/docs`).
import type { ErrorDocs } from '@errs/core';
import type { errors } from './catalog.js';

/** The description and source of each code that has one (the codes table and openapi.json examples of `@errs/core/openapi`, the playground). */
export const docs: ErrorDocs<typeof errors> = {
  '2202': {
    description: "`limit` is the detail's message read as a number, when it is one.",
  },
};

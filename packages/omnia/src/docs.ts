// OMNIA Platform's documentation texts per code: data only, apart from catalog.ts so that a
// client bundle leaves them out. The docs generator and the playground import them (`@errs/omnia/docs`).
// Codes with `source: CURRENT` come from the vendor's current page
// (../shared/vendor-docs/current/omnia.md), which adds rows to both tables of the main doc.
import type { ErrorDocs } from '@errs/core';
import type { errors } from './catalog.js';

/** Where the codes beyond the main doc are documented. */
const CURRENT = 'current vendor page (OMNIALowCode/omniadocs, docs/pages/omnia3/API/omnia3_api_errors.md)';

/** The description and source of each code that has one (the codes table and openapi.json examples of `@errs/core/openapi`, the playground). */
export const docs: ErrorDocs<typeof errors> = {
  ValidationFailed: {
    description: 'This error can have details in the "errors" properties. Error descriptions in the section "Validation Failed - Errors"',
  },
  MissingSystemConfiguration: {
    description: 'Example: Redis service must configured in your system to be able to restart.',
    source: CURRENT,
  },
  InvalidApplicationVersion: {
    source: CURRENT,
  },
  DataNotFound: {
    source: CURRENT,
  },
  FileNotFound: {
    source: CURRENT,
  },
  TextMaxLengthMismatch: {
    source: CURRENT,
  },
  StateConfigurationNotFound: {
    source: CURRENT,
  },
  CommentNotAccepted: {
    source: CURRENT,
  },
  ForbidToAddToCollectionBasedOnStateMachineConfiguration: {
    source: CURRENT,
  },
  ForbidToChangeAttributeValueBasedOnStateMachineConfiguration: {
    source: CURRENT,
  },
  ForbidToDeleteFromCollectionBasedOnStateMachineConfiguration: {
    source: CURRENT,
  },
  ForbidToSaveBasedOnStateMachineConfiguration: {
    source: CURRENT,
  },
  SmtpServerInvalidConfiguration: {
    source: CURRENT,
  },
  ErrorSendingEmail: {
    source: CURRENT,
  },
};

// OMNIA Platform's API error codes: data only.
// Spec: ../shared/vendor-docs/omnia.md, and the vendor's current page (../shared/vendor-docs/current/omnia.md),
// which adds rows to both tables: docs.ts gives those codes their `source`.
import * as z from 'zod/mini';
import type { ErrorDefs } from '@errs/core';

/**
 * Every documented OMNIA Platform API error code: the top-level codes of the error table, and the
 * nested codes of "Validation Failed - Errors" (`nested: true`), which only appear in the `errors`
 * array of a `ValidationFailed` response.
 */
export const errors = {
  BehaviourFailed: {
    status: 400,
    message: 'Behaviour execution failed.',
    category: 'FAILED_PRECONDITION',
  },
  ConnectorBehaviourFailed: {
    status: 400,
    message: 'Behaviour execution failed while running in Connector.',
    category: 'FAILED_PRECONDITION',
  },
  ConnectorNotFound: {
    status: 503,
    message: "Connector can't be reached.",
    category: 'UNAVAILABLE',
    retry: { strategy: 'backoff' },
  },
  ConnectorTimeout: {
    status: 503,
    message: "Connector didn't respond in the expected time.",
    category: 'DEADLINE_EXCEEDED',
    retry: { strategy: 'backoff' },
  },
  EntityAlreadyExists: {
    status: 409,
    message: 'An entity with the same identifier already exists.',
    category: 'ALREADY_EXISTS',
  },
  EntityHasBeenChanged: {
    status: 412,
    message: "The entity isn't in the expected version.",
    category: 'ABORTED',
    retry: { strategy: 'refetch', note: 'Optimistic concurrency (ETag / If-Match): get the entity again, re-apply the change and send it with the new ETag.' },
  },
  EntityHasNoSensitiveDataToDestroy: {
    status: 400,
    message: "Can't execute the Destroy Sensitive Data operation because there's no Sensitive attributes.",
    category: 'FAILED_PRECONDITION',
  },
  EntityNotFound: {
    status: 404,
    message: "Entity can't be found.",
    category: 'NOT_FOUND',
  },
  InternalError: {
    status: 500,
    message: 'Internal system error.',
    category: 'INTERNAL',
  },
  InvalidInput: {
    status: 400,
    message: 'Invalid request input data.',
    category: 'INVALID_ARGUMENT',
  },
  TenantNotFound: {
    status: 404,
    message: "Tenant/Environment can't be found.",
    category: 'NOT_FOUND',
  },
  ValidationFailed: {
    status: 400,
    message: 'Request validation failed.',
    category: 'INVALID_ARGUMENT',
  },
  MissingSystemConfiguration: {
    status: 424,
    message: 'Missing system configuration.',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
  },
  InvalidApplicationVersion: {
    status: 400,
    message: "Application has been updated. It won't be possible to save current work and the page must be refreshed.",
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'refetch', note: 'The page must be refreshed.' },
  },
  DataNotFound: {
    status: 404,
    message: 'Your request has no data to return. Please verify your filters and try again.',
    category: 'NOT_FOUND',
    retry: { note: 'Please verify your filters and try again.' },
  },
  FileNotFound: {
    status: 404,
    message: 'File not found.',
    category: 'NOT_FOUND',
  },

  // Validation Failed - Errors: only inside the `errors` array of ValidationFailed (400).
  CannotBeRemoved: {
    status: 400,
    message: "Entity can't be removed.",
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  Duplicated: {
    status: 400,
    message: 'Duplicated element.',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  InvalidIdentifier: {
    status: 400,
    message: 'Identifier (code or name) with invalid format.',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  LowerLimitNotRespected: {
    status: 400,
    message: 'Minimal number of elements in collection not respected.',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  NotFound: {
    status: 400,
    message: 'Entity/Reference cannot be found.',
    category: 'NOT_FOUND',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  RequiredValue: {
    status: 400,
    message: 'Attribute value is required.',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  TypeMismatch: {
    status: 400,
    message: "Attribute value doesn't match the attribute type.",
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  UpperLimitNotRespected: {
    status: 400,
    message: 'Maximum number of elements in collection not respected.',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  CreateRootUnsupported: {
    status: 400,
    message:
      'Cannot create an instance separately, as it is marked as non-root and must be used in the context of another entity.',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  CreateSystemDataSourceUnsupported: {
    status: 400,
    message: "It's not possible to add records to 'System' Data Source.",
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  ValueCannotBeChanged: {
    status: 400,
    message: 'Attribute value cannot be changed.',
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  InvalidModelConfiguration: {
    status: 400,
    message: 'Invalid model definition.',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  InvalidTenantConfiguration: {
    status: 400,
    message: 'Invalid tenant definition.',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  TextMaxLengthMismatch: {
    status: 400,
    message: 'Value is too long to the defined length of {definedLength}.',
    schema: z.object({ definedLength: z.int().check(z.nonnegative()) }),
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  StateConfigurationNotFound: {
    status: 400,
    message: 'The configuration of the current state was not found.',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  CommentNotAccepted: {
    status: 400,
    message: 'Comments are not allowed based on the current state configuration.',
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  ForbidToAddToCollectionBasedOnStateMachineConfiguration: {
    status: 400,
    // Verbatim from the vendor's page, whose text lacks its first word ("It").
    message: "is not possible to add to collection based on record's current state configuration.",
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  ForbidToChangeAttributeValueBasedOnStateMachineConfiguration: {
    status: 400,
    message: "It is not possible to change the value of the attribute based on record's current state configuration.",
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  ForbidToDeleteFromCollectionBasedOnStateMachineConfiguration: {
    status: 400,
    message: "It is not possible to remove from collection based on record's current state configuration.",
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  ForbidToSaveBasedOnStateMachineConfiguration: {
    status: 400,
    message: 'It is not possible to save the record based on its current state configuration.',
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  SmtpServerInvalidConfiguration: {
    status: 400,
    message: 'The SMTP server configuration is invalid.',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
  ErrorSendingEmail: {
    status: 400,
    message: 'It was not possible to send the email.',
    category: 'UNAVAILABLE',
    retry: { strategy: 'backoff' },
    nested: true,
    carriedBy: ['ValidationFailed'],
  },
} as const satisfies ErrorDefs;

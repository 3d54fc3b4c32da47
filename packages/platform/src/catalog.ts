// Every error type of the Botpress Cloud API: data only.
// Source: ../shared/vendor-docs/platform.md ("Error Response Types"), plus the two types the vendor's
// current client (@botpress/client) knows beyond that page. Messages are the doc's descriptions, verbatim.
import type { ErrorDefs } from '@errs/core';
import * as z from 'zod/mini';

/**
 * The `metadata` object of a response: the only structured data a Botpress error carries. The doc
 * names no fields in it, so any JSON object is accepted and kept as the error's params.
 */
const metadata = z.record(z.string(), z.unknown());

/** Every error type of the Botpress Cloud API: the `type` of the wire body -> its definition. */
export const errors = {
  Unauthorized: {
    status: 401,
    message: 'The request requires authentication.',
    schema: metadata,
    category: 'UNAUTHENTICATED',
    retry: { note: 'Send a valid Personal Access Token, bot token or integration token as `Authorization: Bearer <token>`.' },
  },
  Forbidden: {
    status: 403,
    message: 'The requested action can’t be performed by this resource.',
    schema: metadata,
    category: 'PERMISSION_DENIED',
  },
  PayloadTooLarge: {
    status: 413,
    message: 'The request payload is too large.',
    schema: metadata,
    category: 'INVALID_ARGUMENT',
    retry: { note: 'Send a smaller payload; the same request fails again.' },
  },
  InvalidPayload: {
    status: 400,
    message: 'The request payload is invalid.',
    schema: metadata,
    category: 'INVALID_ARGUMENT',
  },
  UnsupportedMediaType: {
    status: 415,
    message: 'The request is invalid because the content-type is not supported.',
    schema: metadata,
    category: 'INVALID_ARGUMENT',
    retry: { note: 'Send `Content-Type: application/json`.' },
  },
  MethodNotFound: {
    status: 405,
    message: 'The requested method does not exist.',
    schema: metadata,
    category: 'UNIMPLEMENTED',
  },
  ResourceNotFound: {
    status: 404,
    message: 'The requested resource does not exist.',
    schema: metadata,
    category: 'NOT_FOUND',
  },
  InvalidJsonSchema: {
    status: 400,
    message: 'The provided JSON schema is invalid.',
    schema: metadata,
    category: 'INVALID_ARGUMENT',
  },
  InvalidDataFormat: {
    status: 400,
    message: 'The provided data doesn’t respect the provided JSON schema.',
    schema: metadata,
    category: 'INVALID_ARGUMENT',
  },
  InvalidIdentifier: {
    status: 400,
    message:
      'The provided identifier is not valid. An identifier must start with a lowercase letter, be between 2 and 100 characters long and use only alphanumeric characters.',
    schema: metadata,
    category: 'INVALID_ARGUMENT',
  },
  RelationConflict: {
    status: 409,
    message:
      'The resource is related to a different resource than the one referenced in the request. This is usually caused when providing two resource identifiers that aren’t linked together.',
    schema: metadata,
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'fix', note: 'Reference resources that are linked together; the same request fails again.' },
  },
  ReferenceConstraint: {
    status: 409,
    message: 'The resource cannot be deleted because it’s referenced by another resource.',
    schema: metadata,
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'fix', note: 'Remove the references to the resource first, then delete it.' },
  },
  ReferenceNotFound: {
    status: 400,
    message: 'The provided resource reference is missing. This is usually caused when providing an invalid id inside the payload of a request.',
    schema: metadata,
    category: 'INVALID_ARGUMENT',
    retry: { note: 'Check the ids inside the request payload.' },
  },
  InvalidQuery: {
    status: 400,
    message: 'The provided query is invalid. This is usually caused when providing an invalid parameter for querying a resource.',
    schema: metadata,
    category: 'INVALID_ARGUMENT',
  },
  Runtime: {
    status: 400,
    message: 'An error happened during the execution of a runtime (bot or integration).',
    schema: z.looseObject({ subtype: z.optional(z.string()) }),
    category: 'UNKNOWN',
    retry: { strategy: 'verify', note: 'The bot’s or integration’s own code failed (its message says why, `metadata.subtype` may classify it); it may have done part of its work, so check before sending the request again.' },
  },
  AlreadyExists: {
    status: 409,
    message: 'The record attempted to be created already exists.',
    schema: metadata,
    category: 'ALREADY_EXISTS',
  },
  RateLimited: {
    status: 429,
    message: 'The request has been rate-limited.',
    schema: metadata,
    category: 'RESOURCE_EXHAUSTED',
    retry: { strategy: 'backoff', note: 'Wait for `RateLimit-Reset` seconds (`retryAfterMs`), then retry with exponential backoff.' },
  },
  PaymentRequired: {
    status: 402,
    message: 'A payment is required to perform this request.',
    schema: metadata,
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator', note: 'The workspace’s billing must be set up or upgraded by its owner.' },
  },
  QuotaExceeded: {
    status: 403,
    message: 'The request exceeds the allowed quota. Quotas are a soft limit that can be increased.',
    schema: metadata,
    category: 'RESOURCE_EXHAUSTED',
    retry: { strategy: 'operator', note: 'A soft limit: not retryable, but the workspace owner can have the quota increased.' },
  },
  LimitExceeded: {
    status: 413,
    message: 'The request exceeds the allowed limit. Limits are a hard limit that cannot be increased.',
    schema: metadata,
    category: 'RESOURCE_EXHAUSTED',
    retry: { strategy: 'fix', note: 'A hard limit: not retryable and cannot be increased; stay within it.' },
  },
  BreakingChanges: {
    status: 400,
    message: 'Request payload contains breaking changes, which are not allowed for this resource without a version increment.',
    schema: metadata,
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'fix', note: 'Increment the version of the resource, or drop the breaking changes.' },
  },
  ResourceLockedConflict: {
    status: 409,
    message: 'The resource is current locked and cannot be operated on until the lock is released.',
    schema: metadata,
    category: 'ABORTED',
    retry: { strategy: 'backoff', note: 'Wait until the lock is released, then retry with exponential backoff.' },
  },
  Unknown: {
    status: 500,
    message: 'An unknown error occurred',
    schema: metadata,
    category: 'UNKNOWN',
    retry: { strategy: 'verify' },
  },
  Internal: {
    status: 500,
    message: 'An internal error occurred',
    schema: metadata,
    category: 'INTERNAL',
    retry: { strategy: 'verify' },
  },
  ResourceGone: {
    status: 410,
    message: 'The requested resource is no longer available.',
    schema: metadata,
    category: 'NOT_FOUND',
    retry: { strategy: 'fix' },
  },
  OperationTimeout: {
    status: 504,
    message: 'The operation timed out.',
    schema: metadata,
    category: 'DEADLINE_EXCEEDED',
    retry: { strategy: 'verify', note: 'The operation may still have completed: check its outcome before sending it again.' },
  },
} as const satisfies ErrorDefs;

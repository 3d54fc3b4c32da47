// AyaNova v8 API error codes 2000-2212: data only.
// Source: ../shared/vendor-docs/ayanova.md (https://ayanova.com/docs/api-error-codes).
// Messages are the doc's MEANING column, without the "(HTTP STATUS nnn)" note; statuses the doc does
// not give are chosen by meaning and listed in README.md.
import type { ErrorDefs } from '@errs/core';
import * as z from 'zod/mini';

/** Params of a top-level code: the optional `error.target` of the body (what the error is about). */
const top = z.object({ target: z.optional(z.string()) });

const API_CLOSED =
  'Not retryable: the API stays closed until an AyaNova operator reopens it; retrying before then fails the same way.';

/** Every documented AyaNova v8 API error code, keyed by the code as it reads on the wire. */
export const errors = {
  '2000': {
    status: 503,
    message: 'API closed - Server is running but access to the API has been closed to all users',
    schema: top,
    category: 'UNAVAILABLE',
    retry: { strategy: 'operator', note: API_CLOSED },
  },
  '2001': {
    status: 503,
    message:
      'API closed all non OPS routes - Server is running but access to the API has been restricted to only server maintenance operations related functionality',
    schema: top,
    category: 'UNAVAILABLE',
    retry: { strategy: 'operator', note: `${API_CLOSED} Only server maintenance (OPS) routes answer meanwhile.` },
  },
  '2002': {
    status: 503,
    message: 'Internal error from the API server, details in server log file',
    schema: top,
    category: 'INTERNAL',
    retry: { strategy: 'verify', note: 'The details are in the server log file; the operation may or may not have completed, so check the resource before sending it again.' },
  },
  '2003': {
    status: 401,
    message: 'Authentication failed, bad login or password, user not found',
    schema: top,
    category: 'UNAUTHENTICATED',
  },
  '2004': {
    status: 403,
    message: 'Not authorized - current user is not authorized for operation attempted on the resource (insufficient rights)',
    schema: top,
    category: 'PERMISSION_DENIED',
  },
  '2005': {
    status: 409,
    message:
      'Object was changed by another user since retrieval (concurrency token mismatch). A record was attempted to be saved but another user has just modified it so it\'s invalid. (first save "wins")',
    schema: top,
    category: 'ABORTED',
    retry: { strategy: 'refetch', note: 'The first save wins: fetch the record again (new concurrency token), re-apply your change, then save again.' },
  },
  '2006': {
    status: 503,
    message: 'API closed to allow migration from v7 using V8Migrate utility, SuperUser only login',
    schema: top,
    category: 'UNAVAILABLE',
    retry: { strategy: 'operator', note: `${API_CLOSED} Only the SuperUser can log in while V8Migrate runs.` },
  },
  '2010': {
    status: 404,
    message: 'Object not found - API could not find the object requested',
    schema: top,
    category: 'NOT_FOUND',
  },
  '2020': {
    status: 400,
    message: 'PUT Id mismatch - object Id does not match route Id',
    schema: top,
    category: 'INVALID_ARGUMENT',
  },
  '2030': {
    status: 400,
    message: 'Invalid operation - operation could not be completed, not valid, details in message property',
    schema: top,
    category: 'FAILED_PRECONDITION',
    retry: { note: "The specifics are in the error's message." },
  },
  '2040': {
    status: 400,
    message: 'Not enough inventory - too few parts in stock to complete operation',
    schema: top,
    category: 'FAILED_PRECONDITION',
    retry: { note: 'Add stock (or reduce the quantity) before trying the operation again.' },
  },
  '2200': {
    status: 400,
    message: 'Validation error - general issue with object overall not valid, specifics in "details" property',
    schema: top,
    category: 'INVALID_ARGUMENT',
    retry: { note: 'Each entry of details names the field (target) and its field-level code (2201-2212).' },
  },
  '2201': {
    status: 400,
    message: 'Validation error - Field is required but is empty or null',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
  '2202': {
    status: 400,
    message: 'Validation error - Field length exceeded. The limit will be returned in the message property of the validation error',
    schema: z.object({ limit: z.optional(z.number().check(z.int())) }),
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
  '2203': {
    status: 400,
    message:
      'Validation error - invalid value. Usually an type mismatch or a logical or business rule mismatch (i.e. only certain values are valid for current state of object)',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
  '2204': {
    status: 400,
    message: 'Validation error - Customized form property is set to required but has an empty value',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
  '2205': {
    status: 400,
    message: 'Validation error - Required property is missing entirely. Usually a development or communications error',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
  '2206': {
    status: 400,
    message:
      'Validation error - A text property is required to be unique but an existing record with an identical value was found in the database',
    category: 'ALREADY_EXISTS',
    nested: true,
    carriedBy: ['2200'],
  },
  '2207': {
    status: 400,
    message: 'Validation error - The start date must be earlier than the end date',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
  '2208': {
    status: 400,
    message:
      'Validation error - Modifying the object (usually a delete) would break the link to other records in the database and operation was disallowed to preserve data integrity',
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['2200'],
  },
  '2209': {
    status: 400,
    message: 'Validation error - Indicates the attempted property change is invalid because the value is fixed and cannot be changed',
    category: 'FAILED_PRECONDITION',
    nested: true,
    carriedBy: ['2200'],
  },
  '2210': {
    status: 400,
    message: 'Child object error - Indicates the attempted operation resulted in errors in linked child object',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
  '2211': {
    status: 400,
    message: 'Validation error - Field set required by customization is empty or null',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
  '2212': {
    status: 400,
    message: 'Validation error - Attempt to set multiple contracted Units on work order (only one allowed per work order)',
    category: 'INVALID_ARGUMENT',
    nested: true,
    carriedBy: ['2200'],
  },
} as const satisfies ErrorDefs;

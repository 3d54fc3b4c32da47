import type { ErrsError } from '@errs/core';

/**
 * The fields by which two errors count as the same error (what `fromError` must match of
 * `fromResponse`): everything but the stack, cause and raw body, which differ by how each was read.
 */
export const errorFields = (e: ErrsError) => ({
  vendor: e.vendor,
  code: e.code,
  status: e.status,
  message: e.message,
  params: e.params,
  known: e.known,
  category: e.category,
  requestId: e.requestId,
  retryAfterMs: e.retryAfterMs,
  details: e.details,
});

// Structural: testkit is built and type-checked before @errs/core in a fresh clone, so it names
// no type of the core.
interface ErrorLike {
  readonly vendor: string;
  readonly code: string;
  readonly status: number;
  readonly message: string;
  readonly params: unknown;
  readonly known: boolean;
  readonly category: string;
  readonly requestId?: string | undefined;
  readonly retryAfterMs?: number | undefined;
  readonly details: unknown;
}

/**
 * The fields by which two errors count as the same error (what `fromError` must match of
 * `fromResponse`): everything but the stack, cause and raw body, which differ by how each was read.
 */
export const errorFields = (e: ErrorLike) => ({
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

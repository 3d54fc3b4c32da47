/**
 * The canonical error codes of google.rpc.Code (without OK): errors of every vendor map onto one of
 * these, so that code handling five vendors can switch on one small set.
 */
export const categories = [
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
] as const;

/** A google.rpc.Code name. */
export type Category = (typeof categories)[number];

// google.rpc.Code's own HTTP mapping, plus the statuses APIs commonly use for the same meaning.
const byStatus: Readonly<Record<number, Category>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  402: 'FAILED_PRECONDITION',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  405: 'UNIMPLEMENTED',
  408: 'DEADLINE_EXCEEDED',
  409: 'ABORTED',
  410: 'NOT_FOUND',
  411: 'INVALID_ARGUMENT',
  412: 'FAILED_PRECONDITION',
  413: 'OUT_OF_RANGE',
  415: 'INVALID_ARGUMENT',
  416: 'OUT_OF_RANGE',
  422: 'INVALID_ARGUMENT',
  423: 'ABORTED',
  424: 'FAILED_PRECONDITION',
  428: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/** The category an HTTP status implies when nothing more specific is known. */
export function categoryFromStatus(status: number): Category {
  return byStatus[status] ?? (status >= 500 ? 'INTERNAL' : status >= 400 ? 'FAILED_PRECONDITION' : 'UNKNOWN');
}

/** Type guard for category names. */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (categories as readonly string[]).includes(value);
}

// google.rpc.Code's own HTTP mapping (google/rpc/code.proto).
const statusOfCategory: Readonly<Record<Category, number>> = {
  CANCELLED: 499,
  UNKNOWN: 500,
  INVALID_ARGUMENT: 400,
  DEADLINE_EXCEEDED: 504,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  RESOURCE_EXHAUSTED: 429,
  FAILED_PRECONDITION: 400,
  ABORTED: 409,
  OUT_OF_RANGE: 400,
  UNIMPLEMENTED: 501,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DATA_LOSS: 500,
  UNAUTHENTICATED: 401,
};

/**
 * The status to send for an error: its own, or, for one without an HTTP status (`fromError`'s
 * errors of requests that got no response have status 0), the one google.rpc.Code maps its
 * category to (503 UNAVAILABLE, 504 DEADLINE_EXCEEDED, 499 CANCELLED, ...).
 */
export function wireStatus(status: number, category: Category): number {
  return Number.isInteger(status) && status >= 100 && status <= 599 ? status : (statusOfCategory[category] ?? 500);
}

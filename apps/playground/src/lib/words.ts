/** Plain words the page shows: categories explained, inline code in advice. */

/** What each category (the canonical codes of google.rpc.Code) means for a client. */
export const categoryText: Readonly<Record<string, string>> = {
  INVALID_ARGUMENT: 'the request is wrong (a field, a value, the payload): fix it before sending again',
  FAILED_PRECONDITION: 'the system is not in the state the request needs: change that state first',
  OUT_OF_RANGE: 'a value is past the valid range (a page after the last one, a date too far)',
  UNAUTHENTICATED: 'no valid credentials: sign in or send a valid token',
  PERMISSION_DENIED: 'the caller is known but not allowed to do this',
  NOT_FOUND: 'the resource does not exist (or the caller may not see it)',
  ALREADY_EXISTS: 'the resource the request creates exists already',
  ABORTED: 'a concurrency conflict (another change came first): refetch, re-apply, retry',
  RESOURCE_EXHAUSTED: 'a quota or rate limit is used up: wait, then retry',
  CANCELLED: 'the request was cancelled, usually by the caller',
  DEADLINE_EXCEEDED: 'the request took too long; it may still have happened',
  UNAVAILABLE: 'the service is down or overloaded for now: retry with backoff',
  UNIMPLEMENTED: 'the operation (or method) is not supported',
  INTERNAL: 'the server broke an invariant: a bug on its side',
  DATA_LOSS: 'data was lost or corrupted',
  UNKNOWN: 'an error the vendor does not classify',
};

/** A text split at Markdown backticks: odd parts are code. */
export function inlineCode(text: string): { readonly text: string; readonly code: boolean }[] {
  return text
    .split('`')
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

/** What each retry strategy (the advice every code carries) asks of a client. */
export const strategyText: Readonly<Record<string, string>> = {
  backoff: 'retry after a growing, jittered wait (retryDelay; honours Retry-After)',
  refetch: 'a conflict: reload the resource, re-apply the change, send again',
  fix: 'change the request first: sent unchanged, it fails again',
  verify: 'the outcome is unknown: check what happened before retrying',
  operator: 'a person must act (an operator, the account owner)',
};

/** Each category or strategy of a catalog's codes, with how many codes have it, most first. */
export function tally(values: readonly string[]): { readonly value: string; readonly count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

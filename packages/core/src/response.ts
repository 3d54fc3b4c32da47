// The fetch glue: a Response -> its error, reading the body once and bounded, never rejecting on content.
import type { FromResponseOptions, ParseOptions } from './catalog-type.js';
import type { Builders } from './from-error.js';
import { readBounded } from './http.js';
import { DEFAULT_MAX_BYTES } from './input.js';
import { parseFailure } from './parse-error.js';

/**
 * The error a Response carries: an oversized, unreadable or foreign body gives the status-derived
 * error (`known: false`) with the reason as `cause` and the start of the text as `raw`.
 */
export async function readResponse<T>(builders: Builders<T>, response: Response, options: FromResponseOptions): Promise<T> {
  const { vendor } = builders;
  const init: ParseOptions = { ...options, status: response.status, headers: response.headers };
  const at = { headers: response.headers, stack: options.stack };
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  try {
    const read = await readBounded(response.body, max);
    if (read.truncated) {
      const cause = parseFailure(vendor, 'too_large', `body is larger than ${max} bytes`, { status: response.status });
      return builders.fromStatus(response.status, { ...at, cause, raw: read.text.slice(0, 4096) });
    }
    text = read.text;
  } catch (cause) {
    return builders.fromStatus(response.status, { ...at, cause });
  }
  const result = builders.safeParse(text, init);
  return result.success ? result.data : builders.fromStatus(response.status, { ...at, cause: result.error, raw: text.slice(0, 4096) });
}

// ErrsError -> the wire: status, headers and body exactly as the vendor sends them.
import type { EncodeOptions, Encoded } from './catalog-type.js';
import { wireStatus } from './categories.js';
import type { Core } from './entries.js';
import type { WireView } from './envelope.js';
import type { ErrsError } from './error.js';
import { bodyText, headerValue, responseStatus } from './http.js';
import { fill } from './template.js';

/** What a 5xx error sends unless exposed (its own message may be internal): the code's documented message. */
function documented(core: Core, error: ErrsError): string {
  const entry = error.known ? core.entries.get(error.code) : undefined;
  return entry ? fill(entry.template, error.params) : error.title;
}

/** A masked detail's message: its code's documented message, else the error's own documented one. */
function documentedDetail(core: Core, detail: ErrsError['details'][number], error: ErrsError): string {
  const entry = detail.known ? core.entries.get(detail.code) : undefined;
  return entry ? fill(entry.template, detail.params) : documented(core, error);
}

export function encode(core: Core, error: ErrsError, options: EncodeOptions = {}): Encoded {
  const { vendor, envelope } = core;
  // An error without an HTTP status (no response) is sent with the one its category maps to.
  const status = wireStatus(error.status, error.category);
  const masked = status >= 500 && options.expose !== true;
  const view: WireView = {
    vendor,
    code: error.code,
    status,
    message: masked ? documented(core, error) : error.message,
    params: error.params,
    // A 5xx's details are masked too: a vendor's 500 often repeats its internal words in them.
    details: error.details.map((d) => ({ code: d.code, message: masked ? documentedDetail(core, d, error) : d.message, params: d.params, path: d.path })),
    category: error.category,
    known: error.known,
    requestId: error.requestId,
    retryAfterMs: error.retryAfterMs,
    lookup: core.lookup,
  };
  const written = envelope.write(view);
  const headers: Record<string, string> = { 'content-type': envelope.contentType ?? 'application/json' };
  if (error.retryAfterMs !== undefined && error.retryAfterMs >= 0) headers['retry-after'] = String(Math.ceil(error.retryAfterMs / 1000));
  for (const source of [written.headers, options.headers]) {
    if (!source) continue;
    for (const name of Object.keys(source)) headers[name.toLowerCase()] = headerValue(source[name]!);
  }
  return { status: written.status ?? status, headers, body: written.body };
}

/** The encoded error as a web-standard Response. */
export function toResponse(core: Core, error: ErrsError, options?: EncodeOptions): Response {
  const { status, headers, body } = encode(core, error, options);
  return new Response(bodyText(body), { status: responseStatus(status), headers });
}

// Untrusted input -> ErrsError: decoding the body, the envelope's reading of it, and the error a
// wire error gives (params read leniently, details, status, request id and retry-after).
import type * as z4 from 'zod/v4/core';
import type { ParseOptions } from './catalog-type.js';
import { categoryFromStatus } from './categories.js';
import type { Core, Entry } from './entries.js';
import { adviceFor } from './entries.js';
import type { ReadContext, WireDetail, WireError } from './envelope.js';
import { isMismatch } from './envelope.js';
import type { ErrsDetail, ErrsError, AnyParams } from './error.js';
import { errorAt } from './error.js';
import { isErrsParseError } from './brand.js';
import { reasonPhrase, requestIdFrom, retryAfterMsFrom } from './http.js';
import { checkValue, decodeText, DEFAULT_MAX_BYTES } from './input.js';
import type { ErrsParseError, ParseIssue } from './parse-error.js';
import { parseFailure } from './parse-error.js';
import { readParams } from './params.js';
import type { Site } from './stack.js';
import { fill } from './template.js';

const NO_DETAILS: readonly ErrsDetail[] = /* @__PURE__ */ Object.freeze([]);

function readDetail(core: Core, d: WireDetail, top: { readonly wire: WireError; readonly entry: Entry | undefined; readonly params: AnyParams }): ErrsDetail {
  const entry = core.entries.get(d.code);
  // Envelopes whose first detail is the error itself (Connect's `errors[0]`) share its params.
  const same = d.params !== undefined && d.params === top.wire.params && entry === top.entry;
  const params = same ? top.params : readParams(entry, d.params);
  const message = d.message ?? (entry ? fill(entry.template, params) : d.code);
  return d.path === undefined
    ? { code: d.code, message, params, known: entry !== undefined }
    : { code: d.code, message, params, path: d.path, known: entry !== undefined };
}

/**
 * The error a wire error gives. In strict mode, params that fail their schema give an ErrsParseError
 * (returned, not thrown: the public method gives it its stack, as any other answer).
 */
export function build(core: Core, wire: WireError, raw: unknown, init: ParseOptions, site: Site): ErrsError | ErrsParseError {
  const { vendor, entries } = core;
  const found = entries.get(wire.code);
  const entry = found && !found.info.nested ? found : undefined;
  const strictIssues: z4.$ZodIssue[] | undefined = init.strict ? [] : undefined;
  const params = readParams(entry, wire.params, strictIssues);
  if (strictIssues && strictIssues.length > 0) {
    return parseFailure(vendor, 'shape', `params of ${wire.code} do not fit its schema`, { issues: strictIssues, status: init.status }, site);
  }
  const status = init.status ?? wire.status ?? entry?.def.status ?? 500;
  const category = entry ? entry.def.category : categoryFromStatus(status);
  return errorAt(
    {
      vendor,
      code: wire.code,
      status,
      message: wire.message ?? (entry ? fill(entry.template, params) : wire.code),
      title: entry ? entry.info.title : reasonPhrase(status),
      params,
      category,
      retry: entry ? entry.info.retry : adviceFor(category),
      details: wire.details === undefined || wire.details.length === 0 ? NO_DETAILS : wire.details.map((d) => readDetail(core, d, { wire, entry, params })),
      known: entry !== undefined,
      requestId: wire.requestId ?? requestIdFrom(init.headers),
      retryAfterMs: wire.retryAfterMs ?? retryAfterMsFrom(init.headers),
      raw,
    },
    site,
  );
}

/** Bytes, text or a value -> a checked JSON value (size, depth), after a vendor client's error is unwrapped. */
function decode(core: Core, input: unknown, init: ParseOptions, site: Site): { body: unknown; init: ParseOptions } | ErrsParseError {
  const { vendor, envelope } = core;
  let value = input;
  let context = init;
  if (typeof value === 'object' && value !== null && envelope.unwrap && !(value instanceof Uint8Array) && !(value instanceof ArrayBuffer)) {
    const unwrapped = envelope.unwrap(value);
    if (unwrapped) {
      value = unwrapped.body;
      context = { ...init, status: init.status ?? unwrapped.status, headers: init.headers ?? unwrapped.headers };
    }
  }
  if (value instanceof ArrayBuffer) value = new Uint8Array(value);
  if (value instanceof Uint8Array) {
    const max = context.maxBytes ?? DEFAULT_MAX_BYTES;
    if (value.byteLength > max) return parseFailure(vendor, 'too_large', `body is larger than ${max} bytes`, { status: context.status }, site);
    value = new TextDecoder().decode(value);
  }
  const decoded = typeof value === 'string' ? decodeText(value, context) : checkValue(value, context);
  if (!decoded.success) return parseFailure(vendor, decoded.reason, decoded.message, { status: context.status, cause: decoded.cause }, site);
  return { body: decoded.data, init: context };
}

/** " at a.b" for the first issue's path, or nothing. */
export function issueAt(issue: ParseIssue | undefined): string {
  return issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
}

/** The error a body carries, or the ErrsParseError saying why it is not this vendor's envelope. */
export function parseOrFail(core: Core, input: unknown, init: ParseOptions, site: Site): ErrsError | ErrsParseError {
  const { vendor, envelope } = core;
  const decoded = decode(core, input, init, site);
  if (isErrsParseError(decoded)) return decoded;
  const context: ReadContext = { status: decoded.init.status, headers: decoded.init.headers, strict: decoded.init.strict === true, lookup: core.lookup };
  const wire = envelope.read(decoded.body, context);
  if (isMismatch(wire)) {
    const where = wire.issues[0];
    return parseFailure(vendor, 'shape', `not an error body of ${vendor}: ${where?.message ?? 'shape mismatch'}${issueAt(where)}`, {
      issues: wire.issues,
      status: decoded.init.status,
    }, site);
  }
  return build(core, wire, decoded.body, decoded.init, site);
}

/** Whether a thrown value is a parse error (a strict-mode rejection); a hostile value is not. */
export function isOwnFailure(value: unknown): value is ErrsParseError {
  try {
    return isErrsParseError(value);
  } catch {
    return false;
  }
}

/** What was thrown, in words; a hostile value (throwing getters, a revoked proxy) gives its type. */
export function thrownText(value: unknown): string {
  try {
    return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  } catch {
    return typeof value;
  }
}

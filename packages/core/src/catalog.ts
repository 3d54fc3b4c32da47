// defineCatalog: checks a definition into its entries and assembles the catalog's methods from the
// modules that hold them (read.ts, params.ts, create.ts, write.ts, response.ts, from-error.ts).
// The public methods are closures here because each is the site its errors' stacks start from.
import type {
  AnyCreateOptions,
  CatalogError,
  CatalogOf,
  EncodeOptions,
  FromResponseOptions,
  MessageTable,
  ParseOptions,
  SafeParseResult,
  UnknownError,
} from './catalog-type.js';
import { categoryFromStatus } from './categories.js';
import { create } from './create.js';
import type { CheckedDefinition, ErrorDefs } from './definition.js';
import type { Core } from './entries.js';
import { adviceFor, EMPTY, entriesOf, lookupOf } from './entries.js';
import { isMismatch } from './envelope.js';
import type { ErrsDetail, ErrsError } from './error.js';
import { errorAt } from './error.js';
import { isErrsError, isErrsParseError } from './brand.js';
import type { Builders, FromErrorOptions, StatusInit } from './from-error.js';
import { fromError } from './from-error.js';
import { reasonPhrase, requestIdFrom, retryAfterMsFrom } from './http.js';
import { parseFailure } from './parse-error.js';
import { readProblem } from './problem-read.js';
import { build, isOwnFailure, issueAt, parseOrFail, thrownText } from './read.js';
import { readResponse } from './response.js';
import type { Site } from './stack.js';
import { captureAt, LATER, stackAt, traceAt } from './stack.js';
import { fill, render } from './template.js';
import { encode, toResponse } from './write.js';


/**
 * Declares a vendor's catalog: its codes (data) and its envelope (wire format). Returns the
 * {@link Catalog} that parses, creates, encodes and recognises that vendor's errors.
 * A `{placeholder}` that is not a declared param is a compile error, and a TypeError at definition
 * time too (as are a bad status or category), so a catalog cannot be inconsistent.
 */
export function defineCatalog<const V extends string, const E extends ErrorDefs>(
  definition: CheckedDefinition<V, E>,
): CatalogOf<V, E> {
  const { vendor, errors, envelope, internal, byStatus } = definition;
  const entries = entriesOf(vendor, errors);
  for (const code of [internal, ...Object.values(byStatus ?? {})]) {
    if (code !== undefined && (entries.get(code) === undefined || entries.get(code)?.def.nested === true)) {
      throw new TypeError(`defineCatalog(${vendor}): ${JSON.stringify(code)} (internal or byStatus) is not a top-level code`);
    }
  }
  const core: Core = { vendor, entries, envelope, lookup: lookupOf(entries) };

  type Parsed = CatalogError<E>;

  // Each method below takes the stack decision for its callers: `stack: false` gives light errors;
  // otherwise the stack starts at the caller of `site`, the public method the user called (each
  // method is its own site when called directly). Errors are built without a stack (LATER) and the
  // public method captures it in its own frame: a capture deep inside errs costs V8 a walk over
  // every frame it skips (see captureAt).

  function safeParse(input: unknown, init: ParseOptions = {}, site: Exclude<Site, null> = safeParse): SafeParseResult<Parsed> {
    const at = init.stack === false ? null : LATER;
    let result: SafeParseResult<Parsed>;
    try {
      const read = parseOrFail(core, input, init, at);
      result = isErrsParseError(read) ? { success: false, error: read } : { success: true, data: read as Parsed };
    } catch (cause) {
      // An ErrsParseError thrown while the envelope read the input is the answer as it is. Anything
      // else thrown there (its own code, or a hostile input's getters and proxies): say so, with the cause.
      if (isOwnFailure(cause)) return { success: false, error: cause };
      const error = parseFailure(vendor, 'shape', `the ${vendor} envelope failed while reading the input (${thrownText(cause)})`, { cause, status: init.status }, at);
      result = { success: false, error };
    }
    if (at !== null) {
      const error = result.success ? result.data : result.error;
      // In this frame, not through stackAt (see captureAt); LATER: the caller captures it.
      if (typeof site === 'function') captureAt(error, site);
      else if (site !== LATER) stackAt(error, site);
    }
    return result;
  }

  function parse(input: unknown, init?: ParseOptions): Parsed {
    const result = safeParse(input, init, LATER);
    if (init?.stack !== false) {
      try {
        captureAt(result.success ? result.data : result.error, parse);
      } catch {
        // An ErrsParseError a hostile input threw, frozen: handed on as it is, as safeParse does.
      }
    }
    if (!result.success) throw result.error;
    return result.data;
  }

  function fromStatus(status: number, init: StatusInit = {}, site: Exclude<Site, null> = fromStatus): UnknownError {
    const category = init.category ?? categoryFromStatus(status);
    const error = errorAt(
      {
        vendor,
        code: init.code ?? `HTTP_${status}`,
        status,
        message: init.message ?? reasonPhrase(status),
        title: init.title ?? reasonPhrase(status),
        params: EMPTY,
        category,
        retry: adviceFor(category),
        known: false,
        requestId: requestIdFrom(init.headers),
        retryAfterMs: retryAfterMsFrom(init.headers),
        raw: init.raw,
        cause: init.cause,
      },
      init.stack === false ? null : LATER,
    ) as UnknownError;
    if (init.stack !== false) {
      if (typeof site === 'function') captureAt(error, site); // in this frame (see captureAt)
      else if (site !== LATER) stackAt(error, site);
    }
    return error;
  }

  /** safeParse and fromStatus whose errors all get the stack of `site` (a user's async call). */
  function buildersAt(site: Exclude<Site, null>): Builders<Parsed> {
    return {
      vendor,
      safeParse: (input, init) => safeParse(input, init, site),
      fromStatus: (status, init) => fromStatus(status, init, site),
      isOwn: (error): error is ErrsError & Parsed => error.vendor === vendor,
    };
  }

  // The async methods take the user's stack before the first await (see traceAt).
  function fromResponse(response: Response, options: FromResponseOptions = {}): Promise<Parsed> {
    return readResponse(buildersAt(options.stack === false ? fromResponse : traceAt(fromResponse)), response, options);
  }

  function fromErrorOf(thrown: unknown, options: FromErrorOptions = {}): Promise<Parsed> {
    return fromError(thrown, options, buildersAt(options.stack === false ? fromErrorOf : traceAt(fromErrorOf)));
  }

  function fromProblem(problem: unknown, init: Pick<ParseOptions, 'stack'> = {}): Parsed {
    const at = init.stack === false ? null : fromProblem;
    const wire = readProblem(problem, vendor);
    if (isMismatch(wire)) {
      const where = wire.issues[0];
      throw parseFailure(vendor, 'shape', `not a problem+json document of ${vendor}: ${where?.message ?? 'shape mismatch'}${issueAt(where)}`, { issues: wire.issues }, at);
    }
    return build(core, wire, problem, { status: wire.status }, at) as Parsed;
  }

  function createOf(code: string, params?: unknown, options?: AnyCreateOptions): ErrsError {
    // A code without params takes its options second: `create(code, { cause })`.
    const error =
      options === undefined && entries.get(code)?.def.schema === undefined
        ? create(core, code, undefined, typeof params === 'object' && params !== null ? params : {})
        : create(core, code, params, options ?? {});
    captureAt(error, createOf);
    return error;
  }

  const catalog = {
    vendor,
    codes: Object.freeze([...entries.keys()]),
    errors,
    envelope,
    messages: Object.freeze(Object.fromEntries([...entries].map(([code, e]) => [code, e.def.message]))),
    internal,
    byStatus,
    get: (code: string) => entries.get(code)?.info,
    create: createOf,
    encode: (error: ErrsError, options?: EncodeOptions) => encode(core, error, options),
    toResponse: (error: ErrsError, options?: EncodeOptions) => toResponse(core, error, options),
    parse,
    safeParse,
    fromResponse,
    fromStatus,
    fromError: fromErrorOf,
    fromProblem,
    is(value: unknown, code?: string): boolean {
      if (!isErrsError(value) || value.vendor !== vendor) return false;
      if (code === undefined) return true;
      // A nested-only code is never the error itself, as the types say.
      return value.known && value.code === code && entries.get(code)?.info.nested === false;
    },
    format(error: Pick<ErrsDetail, 'code' | 'message' | 'params'>, table?: MessageTable): string {
      // A table's template is read, never compiled nor cached (see render); the catalog's own are prepared.
      const own = table?.[error.code];
      if (own !== undefined) return render(own, error.params);
      const entry = entries.get(error.code);
      return entry ? fill(entry.template, error.params) : error.message;
    },
  };
  return catalog as unknown as CatalogOf<V, E>;
}

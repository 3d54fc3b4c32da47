// verifyCatalog: the contract every errs catalog passes, as a function that returns its verdict
// instead of a test suite, so any test runner (vitest, jest, node:test) or a plain script can use it.
// It drives only the catalog's own methods, so it judges a wrapped or hand-made catalog as well.
import type * as FastCheck from 'fast-check';
import type * as z4 from 'zod/v4/core';
import type { Encoded, EncodeOptions, ParseOptions } from '../catalog-type.js';
import type { ErrsError } from '../error.js';
import { paramsArbitrary, type FastCheckModule } from './arbitrary.js';
import { exampleParams } from './examples.js';

/** A code's entry, as far as verifyCatalog reads it. */
export interface VerifiableInfo {
  readonly code: string;
  readonly status: number;
  readonly category: string;
  readonly nested: boolean;
  readonly schema: z4.$ZodType | undefined;
  /** Short summary of the code (RFC 9457 `title`): never a raw `{name}`. */
  readonly title: string;
  /** Names of the message's placeholders. */
  readonly placeholders: readonly string[];
}

/**
 * What verifyCatalog drives: the methods of the errs contract (every `Catalog` has them). Kept
 * structural, so that a wrapped catalog or a hand-made object is judged like one from defineCatalog.
 */
export interface VerifiableCatalog {
  readonly vendor: string;
  readonly codes: readonly string[];
  get(code: string): VerifiableInfo | undefined;
  create(code: string, params?: unknown, options?: { readonly message?: string; readonly cause?: unknown; readonly details?: readonly unknown[]; readonly requestId?: string }): ErrsError;
  encode(error: ErrsError, options?: EncodeOptions): Encoded;
  toResponse(error: ErrsError, options?: EncodeOptions): Response;
  parse(input: unknown, init?: ParseOptions): ErrsError;
  safeParse(input: unknown, init?: ParseOptions): { readonly success: boolean; readonly data?: ErrsError | undefined; readonly error?: unknown };
  fromResponse(response: Response): Promise<ErrsError>;
  is(value: unknown, code?: string): boolean;
  format(error: { readonly code: string; readonly message: string; readonly params: Readonly<Record<string, unknown>> }): string;
}

/** Options of {@link verifyCatalog}. Every one is optional. */
export interface VerifyOptions {
  /**
   * A body of this vendor's shape with a code the catalog lacks, which must parse as `known: false`.
   * Default: the body of the first top-level code with its code replaced by one the catalog lacks.
   */
  readonly unknownCodeBody?: unknown;
  /**
   * The top-level code whose details carry nested codes (and its params). Default: the first
   * top-level code that carries a nested code through encode and parse.
   */
  readonly detailParent?: { readonly code: string; readonly params?: Readonly<Record<string, unknown>> };
  /**
   * Fixed params of codes whose schema verifyCatalog cannot build params from (a refinement, a kind
   * it does not know): those codes are checked with these alone. Others get example params and,
   * with fast-check, generated ones.
   */
  readonly params?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Bodies close to this vendor's envelope that are not it, tried besides the built-in ones (HTML, arrays, scalars...). */
  readonly foreignBodies?: readonly unknown[];
  /** fast-check's seed for every property. Default {@link DEFAULT_SEED}, so that the verdict is the same on every run. */
  readonly seed?: number;
  /** Generated params per code for the round trips. Default 50. */
  readonly runsPerCode?: number;
  /** Arbitrary inputs given to safeParse and parse. Default 2 000 (and a twentieth of it to fromResponse). */
  readonly fuzzRuns?: number;
  /**
   * false: only the deterministic checks, each code with its example params, no fast-check needed.
   * Default true, which needs fast-check (an optional peer dependency): without it, verifyCatalog
   * fails with one failure saying so.
   */
  readonly fuzz?: boolean;
}

/** The verdict: `ok` when there is no failure; each failure is a sentence naming the code and what broke. */
export interface VerifyResult {
  readonly ok: boolean;
  readonly failures: readonly string[];
}

/** The seed verifyCatalog uses when none is given. */
export const DEFAULT_SEED = 20_240_101;

/** The message a failure starts with when fast-check is not installed. */
export const NO_FAST_CHECK = 'fuzz: fast-check is not installed';

const SECRET = 'SECRET-errs-verify-internal-detail';
const HEADER_INJECTION = 'id\r\nSet-Cookie: errs-verify=1';
const PATH = /^[A-Za-z_][A-Za-z0-9_]{0,11}$/;
const BUILT_IN_FOREIGN: readonly unknown[] = [[], 'null', '42', '"an error"', 42, true, '', '   ', '{"truncated": ', '<html><body>502 Bad Gateway</body></html>'];

/** A value in a failure sentence: JSON, cut short. */
function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function thrown(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'name' in e && 'message' in e) return `${String(e.name)}: ${String(e.message)}`;
  return `a non-error ${show(e)}`;
}

const isParseError = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ErrsParseError';

/** Deep equality of JSON-like values, keys whose value is undefined counting as absent (as JSON has it). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Runs a check; what it returns, or throws, becomes one failure. */
function attempt(failures: string[], label: string, check: () => string | undefined): void {
  try {
    const why = check();
    if (why !== undefined) failures.push(`${label}: ${why}`);
  } catch (e) {
    failures.push(`${label}: threw ${thrown(e)}`);
  }
}

async function attemptAsync(failures: string[], label: string, check: () => Promise<string | undefined>): Promise<void> {
  try {
    const why = await check();
    if (why !== undefined) failures.push(`${label}: ${why}`);
  } catch (e) {
    failures.push(`${label}: threw ${thrown(e)}`);
  }
}

/** What is wrong with the round trip of one code and params, or undefined. */
function roundTrip(catalog: VerifiableCatalog, info: VerifiableInfo, params: Record<string, unknown>): string | undefined {
  const { code, status } = info;
  let created: ErrsError;
  try {
    created = catalog.create(code, params);
  } catch (e) {
    return `create(${show(code)}, ${show(params)}) threw ${thrown(e)}`;
  }
  if (created.code !== code || created.status !== status || created.vendor !== catalog.vendor || !created.known) {
    return `create gave ${show({ vendor: created.vendor, code: created.code, status: created.status, known: created.known })}, expected vendor ${show(catalog.vendor)}, status ${status}, known`;
  }
  const wire = catalog.encode(created);
  if (wire.status !== status) return `encode gave status ${wire.status}, the catalog says ${status}`;
  const text = JSON.stringify(wire.body) as string | undefined;
  if (typeof text !== 'string') return `encode gave a body JSON cannot carry (${show(wire.body)})`;
  for (const [form, input] of [['object', JSON.parse(text) as unknown], ['text', text]] as const) {
    const result = catalog.safeParse(input);
    if (!result.success || !result.data) return `parse refused the body encode wrote (${form}: ${text.length > 160 ? `${text.slice(0, 157)}...` : text}): ${thrown(result.error)}`;
    const parsed = result.data;
    if (parsed.code !== code) return `parse of the encoded body ${show(wire.body)} gave code ${show(parsed.code)}`;
    if (!parsed.known) return `parse of the encoded body gave known: false`;
    if (parsed.status !== status) return `parse of the encoded body gave status ${parsed.status}, expected ${status}`;
    if (!same(parsed.params, created.params)) return `parse of the encoded body gave params ${show(parsed.params)}, created with ${show(created.params)}`;
    if (!catalog.is(parsed, code)) return `is(parsed, ${show(code)}) is false`;
  }
  return undefined;
}

/** What is wrong with carrying a nested code as a detail of `parent`, or undefined. */
function detailTrip(
  catalog: VerifiableCatalog,
  parent: { readonly code: string; readonly params?: Readonly<Record<string, unknown>> | undefined },
  info: VerifiableInfo,
  params: Record<string, unknown>,
  path: string,
): string | undefined {
  const created = catalog.create(parent.code, parent.params ?? {}, { details: [{ code: info.code, params, path }] });
  const body = catalog.encode(created).body;
  const parsed = catalog.parse(JSON.stringify(body));
  if (parsed.code !== parent.code) return `parse of ${show(body)} gave code ${show(parsed.code)}, expected the parent ${show(parent.code)}`;
  const detail = parsed.details.find((d) => d.code === info.code);
  if (!detail) return `parse of ${show(body)} lost the detail`;
  if (detail.path !== path || !detail.known) return `the detail came back as ${show({ path: detail.path, known: detail.known })}, expected path ${show(path)}, known`;
  const sent = created.details[0]?.params;
  if (!same(detail.params, sent)) return `the detail came back with params ${show(detail.params)}, created with ${show(sent)}`;
  return undefined;
}

/** A `{name}` placeholder left in a text. */
const RAW = /\{[A-Za-z_][A-Za-z0-9_]*\}/;

// What a clause left out of a message can leave behind; each counts only where the full message
// (every param given) does not have it already.
const SCARS: readonly RegExp[] = [
  / {2}/, /\s[.,;:)]/, /\(\s*\)/, /\(\s*[,;]/, /[,;]\s*\)/, /[=:]\s*$/, /[=:]\s*[.,;)]/,
  /(?:^|\s)(?:or|and|with|at|for|of|named)\s*[.,;)]?$/, /^\s|\s$/,
];

/** Why a text does not read as a sentence (a raw placeholder, nothing, a gap), or undefined. */
function notSentence(text: string, full: string): string | undefined {
  if (RAW.test(text)) return `${show(text)} has a raw placeholder`;
  if (text.trim() === '') return 'is empty';
  const scars = SCARS.filter((scar) => scar.test(text) && !scar.test(full));
  return scars.length > 0 ? `${show(text)} has a gap where a clause was left out (${scars.map(String).join(', ')})` : undefined;
}

/**
 * What is wrong with a code's texts, or undefined: its title, and its message with every param,
 * with none, with each one left out and with each one alone, all read as sentences.
 */
function sentences(catalog: VerifiableCatalog, info: VerifiableInfo): string | undefined {
  const { code, placeholders } = info;
  const title = notSentence(info.title, info.title);
  if (title !== undefined) return `the title ${title}`;
  const value = (name: string) => `<${name}>`;
  const full = catalog.format({ code, message: '', params: Object.fromEntries(placeholders.map((n) => [n, value(n)])) });
  if (RAW.test(full)) return `the message with every param, ${show(full)}, has a raw placeholder`;
  const cases: Record<string, unknown>[] = [{}];
  for (const name of placeholders) {
    cases.push(Object.fromEntries(placeholders.filter((n) => n !== name).map((n) => [n, value(n)])));
    cases.push({ [name]: value(name) });
  }
  for (const params of cases) {
    const why = notSentence(catalog.format({ code, message: '', params }), full);
    if (why !== undefined) return `the message with params ${show(params)} ${why}`;
  }
  return undefined;
}

/** What is wrong with a created error's title and problem+json, or undefined. */
function problemTexts(catalog: VerifiableCatalog, info: VerifiableInfo, params: Record<string, unknown>): string | undefined {
  if (RAW.test(JSON.stringify(params))) return undefined; // a param may say `{x}` itself
  const error = catalog.create(info.code, params);
  if (error.title !== info.title) return `create gave the title ${show(error.title)}, get says ${show(info.title)}`;
  const problem = error.toProblem({ expose: true });
  if (problem.title !== info.title) return `toProblem() gave the title ${show(problem.title)}, get says ${show(info.title)}`;
  const raw = Object.entries(problem).find(([, v]) => RAW.test(JSON.stringify(v) ?? ''));
  return raw ? `toProblem() member ${raw[0]} has a raw placeholder: ${show(raw[1])}` : undefined;
}

/**
 * Codes the catalog lacks, in the style of `code`: digits stay digits of the same length, nearest
 * first (an envelope may accept only a range, as AyaNova's 2000-3000), then the code with a suffix.
 */
function absentCodes(catalog: VerifiableCatalog, code: string): string[] {
  const codes: string[] = [];
  if (/^\d+$/.test(code)) {
    const n = Number(code);
    for (let step = 1; step <= 1000 && codes.length < 40; step++) {
      for (const m of [n + step, n - step]) {
        const candidate = String(m).padStart(code.length, '0');
        if (m >= 0 && candidate.length === code.length && catalog.get(candidate) === undefined) codes.push(candidate);
      }
    }
  }
  let suffixed = `${code}ErrsVerifyUnknown`;
  while (catalog.get(suffixed) !== undefined) suffixed += '9';
  return /^\d+$/.test(code) ? [...codes, suffixed] : [suffixed, ...codes];
}

/**
 * Fast-check's property over `arbitrary`, run with the seed; on failure the counterexample is run
 * once more to say what broke. Returns the failure sentence, or undefined.
 */
function property<T>(fc: FastCheckModule, arbitrary: FastCheck.Arbitrary<T>, runs: number, seed: number, check: (value: T) => string | undefined): string | undefined {
  const details = fc.check(
    fc.property(arbitrary, (value) => check(value) === undefined),
    { numRuns: runs, seed },
  );
  if (!details.failed) return undefined;
  const counterexample = details.counterexample?.[0] as T;
  let why: string | undefined;
  try {
    why = check(counterexample);
  } catch (e) {
    why = `threw ${thrown(e)}`;
  }
  return `${why ?? `failed (${thrown(details.errorInstance)})`} (fast-check seed ${seed}, counterexample ${show(counterexample)})`;
}

/**
 * The checks, with fast-check or without (`fc` undefined: each code with its example params, no fuzz).
 * @internal exported for the tests of the fast-check-less path.
 */
export async function verifyWith(catalog: VerifiableCatalog, options: VerifyOptions, fc: FastCheckModule | undefined): Promise<VerifyResult> {
  const failures: string[] = [];
  const seed = options.seed ?? DEFAULT_SEED;
  const runs = options.runsPerCode ?? 50;
  const fuzzRuns = options.fuzzRuns ?? 2_000;
  if (options.fuzz !== false && !fc) {
    failures.push(`${NO_FAST_CHECK}: install it (npm i -D fast-check) for the generated round trips and fuzzing, or pass { fuzz: false } for the deterministic checks alone`);
  }

  // The registry.
  const infos: VerifiableInfo[] = [];
  attempt(failures, `registry of ${catalog.vendor}`, () => {
    const problems: string[] = [];
    if (new Set(catalog.codes).size !== catalog.codes.length) problems.push('codes lists a code twice');
    for (const code of catalog.codes) {
      const info = catalog.get(code);
      if (!info || info.code !== code) problems.push(`get(${show(code)}) gave ${info ? `the entry of ${show(info.code)}` : 'undefined'}`);
      else if (!Number.isInteger(info.status) || info.status < 400 || info.status > 599) problems.push(`${code} has status ${info.status}, not an HTTP error status`);
      else infos.push(info);
    }
    for (const absent of ['this code does not exist', '__proto__', 'constructor', 'toString']) {
      if (catalog.get(absent) !== undefined) problems.push(`get(${show(absent)}) gave an entry for a code the catalog lacks`);
    }
    return problems.length > 0 ? problems.join('; ') : undefined;
  });
  const top = infos.filter((i) => !i.nested);
  const nested = infos.filter((i) => i.nested);
  if (top.length === 0) {
    failures.push(`registry of ${catalog.vendor}: no top-level code to verify`);
    return { ok: false, failures };
  }
  // Each code's fixed params: given in options.params, else built from its schema (exampleParams).
  const given = options.params ?? {};
  const fixed = (code: string) => Object.hasOwn(given, code);
  const examples = new Map<string, Record<string, unknown>>();
  for (const info of infos) {
    if (fixed(info.code)) {
      examples.set(info.code, { ...given[info.code] });
      continue;
    }
    try {
      examples.set(info.code, exampleParams(info));
    } catch (e) {
      failures.push(`params of ${info.code}: none can be built from its schema (${thrown(e)}); give them in options.params`);
    }
  }
  const example = (info: VerifiableInfo) => examples.get(info.code) ?? {};
  /** The top-level codes with params to check them with (the others are failures already). */
  const ready = top.filter((info) => examples.has(info.code));
  if (ready.length === 0) return { ok: false, failures };
  /** Whether a code's params are generated too (not for codes whose params are given, or cannot be built). */
  const generated = (info: VerifiableInfo) => fc !== undefined && !fixed(info.code) && examples.has(info.code);

  // Round trip of every top-level code: its example params, then generated ones.
  for (const info of top) {
    attempt(failures, `round trip of ${info.code}`, () => {
      if (!examples.has(info.code)) return undefined; // said under "params of"
      const why = roundTrip(catalog, info, example(info));
      if (why !== undefined || !fc || !generated(info)) return why;
      return property(fc, paramsArbitrary(fc, info), runs, seed, (params) => roundTrip(catalog, info, params));
    });
  }

  // Nested codes, carried as details of a parent.
  if (nested.length > 0) {
    const parent =
      options.detailParent ??
      ready
        .map((info) => ({ code: info.code, params: example(info) }))
        .find((candidate) => {
          try {
            return detailTrip(catalog, candidate, nested[0]!, example(nested[0]!), 'field') === undefined;
          } catch {
            return false;
          }
        });
    if (!parent) {
      failures.push(`details of ${nested[0]!.code}: no top-level code carries it through encode and parse (name one in options.detailParent)`);
    } else {
      for (const info of nested) {
        attempt(failures, `details of ${info.code} (in ${parent.code})`, () => {
          if (!examples.has(info.code)) return undefined;
          const why = detailTrip(catalog, parent, info, example(info), 'field');
          if (why !== undefined || !fc || !generated(info)) return why;
          const arbitrary = fc.tuple(paramsArbitrary(fc, info), fc.stringMatching(PATH));
          return property(fc, arbitrary, Math.max(10, Math.floor(runs / 2)), seed, ([params, path]) => detailTrip(catalog, parent, info, params, path));
        });
      }
    }
  }

  // Messages, titles and problem+json read as sentences, with any params absent.
  for (const info of infos) {
    attempt(failures, `texts of ${info.code}`, () => {
      const why = sentences(catalog, info);
      if (why !== undefined || info.nested || !examples.has(info.code)) return why;
      const problem = problemTexts(catalog, info, example(info));
      if (problem !== undefined || !fc || !generated(info)) return problem;
      return property(fc, paramsArbitrary(fc, info), Math.max(5, Math.floor(runs / 5)), seed, (params) => problemTexts(catalog, info, params));
    });
  }

  // Through a web Response and back.
  for (const info of ready) {
    await attemptAsync(failures, `Response round trip of ${info.code}`, async () => {
      const created = catalog.create(info.code, example(info));
      const response = catalog.toResponse(created);
      if (response.status !== info.status) return `toResponse gave status ${response.status}, the catalog says ${info.status}`;
      const parsed = await catalog.fromResponse(response);
      if (parsed.code !== info.code || !parsed.known || parsed.status !== info.status) {
        return `fromResponse(toResponse(error)) gave ${show({ code: parsed.code, known: parsed.known, status: parsed.status })}`;
      }
      return undefined;
    });
  }

  // A code newer than the catalog still parses, as known: false.
  const first = ready[0]!;
  attempt(failures, `unknown code (${catalog.vendor})`, () => {
    let body = options.unknownCodeBody;
    if (body === undefined) {
      // The first absent code this envelope can carry: a code it refuses is not a new vendor code.
      const text = JSON.stringify(catalog.encode(catalog.create(first.code, example(first))).body);
      const withCode = (absent: string) => JSON.parse(text.split(JSON.stringify(first.code)).join(JSON.stringify(absent))) as unknown;
      const codes = absentCodes(catalog, first.code);
      const carried = codes.find((absent) => catalog.safeParse(withCode(absent)).success);
      body = withCode(carried ?? codes[0]!);
    }
    const result = catalog.safeParse(body);
    if (!result.success || !result.data) return `a body with a code the catalog lacks (${show(body)}) was refused: ${thrown(result.error)}; new vendor codes must parse as known: false`;
    if (result.data.known) return `a body with a code the catalog lacks (${show(body)}) gave known: true (code ${show(result.data.code)})`;
    if (!catalog.is(result.data)) return `is() is false for the error parsed from ${show(body)}`;
    return undefined;
  });

  // Bodies that are not this vendor's envelope.
  for (const body of [...BUILT_IN_FOREIGN, ...(options.foreignBodies ?? [])]) {
    attempt(failures, `foreign body ${show(body)}`, () => {
      const result = catalog.safeParse(body);
      if (result.success) return `safeParse accepted it as ${show(result.data?.code)}`;
      if (!isParseError(result.error)) return `safeParse failed with ${thrown(result.error)}, not an ErrsParseError`;
      try {
        catalog.parse(body);
        return 'parse accepted it';
      } catch (e) {
        return isParseError(e) ? undefined : `parse threw ${thrown(e)}, not an ErrsParseError`;
      }
    });
  }

  // 5xx: the own message, stack and cause stay off the wire unless exposed.
  for (const info of ready.filter((i) => i.status >= 500)) {
    await attemptAsync(failures, `5xx leak of ${info.code}`, async () => {
      const error = catalog.create(info.code, example(info), { message: `${SECRET} message`, cause: new Error(`${SECRET} cause`) });
      const sent: [string, string][] = [
        ['the encoded body and headers', JSON.stringify(catalog.encode(error))],
        ['the Response', await catalog.toResponse(error).text()],
        ['toProblem()', JSON.stringify(error.toProblem())],
      ];
      for (const [where, text] of sent) {
        if (text.includes(SECRET)) return `${where} carries the internal message or cause`;
        if (/\n\s+at /.test(text)) return `${where} carries a stack trace`;
      }
      if (!JSON.stringify(catalog.encode(error, { expose: true }).body).includes(`${SECRET} message`)) {
        return 'encode(error, { expose: true }) leaves out the own message it was asked to send';
      }
      return undefined;
    });
  }

  // Headers stay free of CR and LF, whatever an error carries.
  attempt(failures, `header injection (${first.code})`, () => {
    const error = catalog.create(first.code, example(first), { requestId: HEADER_INJECTION });
    for (const [name, value] of Object.entries(catalog.encode(error).headers)) {
      // eslint-disable-next-line no-control-regex -- control characters are what this check looks for
      if (/[\r\n\u0000]/.test(value)) return `header ${name} carries a CR, LF or NUL from the request id`;
    }
    return undefined;
  });

  // The guard knows its own errors only.
  attempt(failures, `is() of ${first.code}`, () => {
    const error = catalog.create(first.code, example(first));
    if (!catalog.is(error)) return 'is(error) is false for an error the catalog created';
    if (!catalog.is(error, first.code)) return `is(error, ${show(first.code)}) is false for an error of that code`;
    const other = ready[1];
    if (other && catalog.is(error, other.code)) return `is(error, ${show(other.code)}) is true for an error of ${show(first.code)}`;
    const lookalikes: [string, unknown][] = [
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a copy without the prototype (and its brand) is the point
      ['a plain copy of the error', { ...error, vendor: catalog.vendor, code: error.code }],
      ['its JSON', JSON.parse(JSON.stringify(error)) as unknown],
      ['an Error with its message', new Error(error.message)],
      ['null', null],
      ['its code as a string', error.code],
    ];
    for (const [what, value] of lookalikes) if (catalog.is(value)) return `is() is true for ${what}`;
    return undefined;
  });

  // Whatever the input: safeParse never throws, parse throws only ErrsParseError, fromResponse never rejects.
  if (fc) {
    attempt(failures, `fuzz of ${catalog.vendor}`, () => {
      const input = fc.oneof(fc.jsonValue(), fc.json(), fc.string(), fc.anything({ withNullPrototype: true, withObjectString: true }));
      return property(fc, input, fuzzRuns, seed, (value) => {
        let result;
        try {
          result = catalog.safeParse(value);
        } catch (e) {
          return `safeParse threw ${thrown(e)}`;
        }
        if (typeof result.success !== 'boolean') return `safeParse gave ${show(result)}, not a result`;
        try {
          catalog.parse(value);
        } catch (e) {
          if (!isParseError(e)) return `parse threw ${thrown(e)}, not an ErrsParseError`;
        }
        return undefined;
      });
    });
    await attemptAsync(failures, `fuzz of ${catalog.vendor}.fromResponse`, async () => {
      const body = fc.oneof(fc.json(), fc.string(), fc.constant(''));
      const status = fc.integer({ min: 400, max: 599 });
      const details = await fc.check(
        fc.asyncProperty(body, status, async (text, code) => {
          const error = await catalog.fromResponse(new Response(text, { status: code }));
          return typeof error.code === 'string' && error.status === code;
        }),
        { numRuns: Math.max(10, Math.floor(fuzzRuns / 20)), seed },
      );
      if (!details.failed) return undefined;
      return `fromResponse rejected or gave an error without the response's status: ${thrown(details.errorInstance)} (fast-check seed ${seed}, counterexample ${show(details.counterexample)})`;
    });
  }

  return { ok: failures.length === 0, failures };
}

/**
 * Checks a catalog against the contract every errs catalog passes, and returns the verdict
 * (it never throws, and imports no test runner):
 * every code's round trip through create, encode and parse (with generated params), nested codes as
 * details, messages, titles and problem+json that read as sentences with no raw `{name}` whatever
 * params are absent, a Response round trip, a code the catalog lacks read as `known: false`, foreign bodies
 * refused with an ErrsParseError, no 5xx message, stack or cause on the wire, no CR/LF in headers,
 * a guard that knows its own errors only, and fuzzed input that never crashes safeParse, parse or
 * fromResponse.
 *
 * fast-check (an optional peer dependency) is loaded on demand; without it the result has one
 * failure saying so, unless `{ fuzz: false }` asks for the deterministic checks alone.
 *
 * ```ts
 * import { verifyCatalog } from '@errs/core/testing';
 * const { ok, failures } = await verifyCatalog(acme);
 * assert.deepEqual(failures, []); // each failure names the code and what broke
 * ```
 */
export async function verifyCatalog(catalog: VerifiableCatalog, options: VerifyOptions = {}): Promise<VerifyResult> {
  let fc: FastCheckModule | undefined;
  if (options.fuzz !== false) {
    try {
      fc = await import('fast-check');
    } catch {
      fc = undefined;
    }
  }
  return verifyWith(catalog, options, fc);
}

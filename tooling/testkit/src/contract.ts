import fc from 'fast-check';
import type { Catalog, ErrorInfo } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { arbitraryOf } from './arbitrary.js';
import { exampleBodies } from './examples.js';

export interface ContractOptions {
  /** A top-level code whose details carry the nested codes, and params for it. */
  readonly detailParent?: { readonly code: string; readonly params?: Record<string, unknown> };
  /** A body of this vendor's shape with a code the catalog lacks. */
  readonly unknownCodeBody: unknown;
  /** Bodies close to this vendor's envelope that are not it (the other vendors' examples are always tried). */
  readonly foreignBodies?: readonly unknown[];
  /** Runs per property. Default 50 per code, 2 000 for the fuzzing properties. */
  readonly runsPerCode?: number;
  readonly fuzzRuns?: number;
}

/** A `{name}` placeholder left in a text. */
const RAW = /\{[A-Za-z_][A-Za-z0-9_]*\}/;

// What a clause left out can leave behind; each counts only where the full message does not have it.
const SCARS: readonly RegExp[] = [/ {2}/, /\s[.,;:)]/, /\(\s*\)/, /\(\s*[,;]/, /[,;]\s*\)/, /[=:]\s*$/, /[=:]\s*[.,;)]/, /(?:^|\s)(?:or|and|with|at|for|of|named)\s*[.,;)]?$/, /^\s|\s$/];

/** A message that reads as a sentence: text, no raw placeholder, no scar of a clause left out. */
function expectSentence(text: string, full: string): void {
  expect(text).not.toMatch(RAW);
  expect(text.trim()).not.toBe('');
  expect(SCARS.filter((scar) => scar.test(text) && !scar.test(full)).map(String)).toEqual([]);
}

const isParseError = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ErrsParseError';

/** Params of a code as fast-check generates them (an empty object for codes without params). */
export function paramsArbitrary(info: ErrorInfo): fc.Arbitrary<Record<string, unknown>> {
  return info.params ? (arbitraryOf(info.params) as fc.Arbitrary<Record<string, unknown>>) : fc.constant({});
}

/**
 * The behaviour every errs catalog shares, as vitest tests: registry, round trip for every code,
 * nested codes, Response round trip, safe 5xx output, guards, and parsers that never crash.
 */
export function describeCatalogContract(catalog: Catalog, options: ContractOptions): void {
  const runs = options.runsPerCode ?? 50;
  const fuzzRuns = options.fuzzRuns ?? 2_000;
  const infos = catalog.codes.map((code) => catalog.get(code)!);
  const top = infos.filter((i) => !i.nested);
  const nested = infos.filter((i) => i.nested);

  describe(`${catalog.vendor}: catalog contract`, () => {
    it('answers get() for every code with its own entry', () => {
      expect(new Set(catalog.codes).size).toBe(catalog.codes.length);
      for (const info of infos) {
        expect(info.code).toBeTypeOf('string');
        expect(Number.isInteger(info.status) && info.status >= 400 && info.status <= 599).toBe(true);
      }
      expect(catalog.get('this code does not exist')).toBeUndefined();
      expect(catalog.get('__proto__')).toBeUndefined();
    });

    it.each(top.map((i) => [i.code, i] as const))('round-trips %s through encode and parse', (code, info) => {
      fc.assert(
        fc.property(paramsArbitrary(info), (params) => {
          const created = catalog.create(code, params);
          const wire = catalog.encode(created);
          expect(wire.status).toBe(info.status);
          const parsed = catalog.parse(JSON.parse(JSON.stringify(wire.body)));
          expect(parsed.code).toBe(code);
          expect(parsed.known).toBe(true);
          expect(parsed.status).toBe(info.status);
          expect(parsed.params).toEqual(created.params);
          expect(catalog.is(parsed, code)).toBe(true);
        }),
        { numRuns: runs },
      );
    });

    if (options.detailParent && nested.length > 0) {
      const parent = options.detailParent;
      it.each(nested.map((i) => [i.code, i] as const))('round-trips nested %s as a detail', (code, info) => {
        fc.assert(
          fc.property(paramsArbitrary(info), fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,11}$/), (params, path) => {
            const created = catalog.create(parent.code, parent.params ?? {}, { details: [{ code, params, path }] });
            const parsed = catalog.parse(JSON.stringify(catalog.encode(created).body));
            expect(parsed.code).toBe(parent.code);
            const detail = parsed.details.find((d) => d.code === code);
            expect(detail).toMatchObject({ code, path, known: true });
            expect(detail!.params).toEqual(created.details[0]!.params);
          }),
          { numRuns: Math.max(10, Math.floor(runs / 2)) },
        );
      });
    }

    it.each(infos.map((i) => [i.code, i] as const))('%s: message and title read as sentences, never a raw {name}', (code, info) => {
      expectSentence(info.title, info.title);
      const value = (name: string): string => `<${name}>`;
      const full = catalog.format({ code, message: '', params: Object.fromEntries(info.placeholders.map((n) => [n, value(n)])) });
      expect(full).not.toMatch(RAW);
      // Every param absent, each one absent alone, and each one present alone.
      const cases: Record<string, unknown>[] = [{}];
      for (const name of info.placeholders) {
        cases.push(Object.fromEntries(info.placeholders.filter((n) => n !== name).map((n) => [n, value(n)])));
        cases.push({ [name]: value(name) });
      }
      for (const params of cases) expectSentence(catalog.format({ code, message: '', params }), full);
      if (info.nested) return;
      // A created error and its problem+json: title and detail as well.
      fc.assert(
        fc.property(paramsArbitrary(info), (params) => {
          fc.pre(!RAW.test(JSON.stringify(params)));
          const e = catalog.create(code, params);
          expect(e.title).toBe(info.title);
          const problem = e.toProblem({ expose: true });
          expect(JSON.stringify(problem)).not.toMatch(RAW);
          expect(problem.title).toBe(info.title);
        }),
        { numRuns: Math.max(5, Math.floor(runs / 5)) },
      );
    });

    it('round-trips every code through toResponse and fromResponse', async () => {
      for (const info of top) {
        const params = fc.sample(paramsArbitrary(info), { numRuns: 1, seed: 42 })[0];
        const created = catalog.create(info.code, params);
        const response = catalog.toResponse(created);
        expect(response.status).toBe(info.status);
        const parsed = await catalog.fromResponse(response);
        expect([parsed.code, parsed.known, parsed.status]).toEqual([info.code, true, info.status]);
      }
    });

    it('reads a well-formed body with a code it lacks as known: false', () => {
      const result = catalog.safeParse(options.unknownCodeBody);
      expect(result.success).toBe(true);
      expect(result.data!.known).toBe(false);
      expect(catalog.is(result.data)).toBe(true);
    });

    it('rejects bodies that are not its envelope with an ErrsParseError', () => {
      const others = Object.entries(exampleBodies).filter(([vendor]) => vendor !== catalog.vendor).map(([, body]) => body);
      for (const body of [...others, ...(options.foreignBodies ?? []), [], 'null', '<html><body>502 Bad Gateway</body></html>', '', '{"truncated": ']) {
        const result = catalog.safeParse(body);
        expect(result.success, JSON.stringify(body)).toBe(false);
        expect(isParseError(result.error)).toBe(true);
        expect(() => catalog.parse(body)).toThrow(expect.objectContaining({ name: 'ErrsParseError' }) as Error);
      }
    });

    const secret = 'SECRET-internal-detail';
    const fivexx = top.filter((i) => i.status >= 500);
    if (fivexx.length > 0) {
      it.each(fivexx.map((i) => [i.code, i] as const))('never leaks message, stack or cause of 5xx %s', (code, info) => {
        const params = fc.sample(paramsArbitrary(info), { numRuns: 1, seed: 7 })[0];
        const error = catalog.create(code, params, { message: `${secret} message`, cause: new Error(`${secret} cause`) });
        const body = JSON.stringify(catalog.encode(error).body);
        const problem = JSON.stringify(error.toProblem());
        for (const text of [body, problem]) {
          expect(text).not.toContain(secret);
          expect(text).not.toContain('    at ');
        }
        expect(JSON.stringify(catalog.encode(error, { expose: true }).body)).toContain(`${secret} message`);
      });
    }

    it('guards only its own errors', () => {
      const info = top[0]!;
      const error = catalog.create(info.code, fc.sample(paramsArbitrary(info), { numRuns: 1, seed: 1 })[0]);
      expect(catalog.is(error)).toBe(true);
      expect(catalog.is(error, info.code)).toBe(true);
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- the point: a plain look-alike without the prototype
      expect(catalog.is({ ...error, vendor: catalog.vendor })).toBe(false);
      expect(catalog.is(new Error(error.message))).toBe(false);
      if (top[1]) expect(catalog.is(error, top[1].code)).toBe(false);
    });

    it('safeParse never throws and parse throws only ErrsParseError, whatever the input', () => {
      const input = fc.oneof(fc.jsonValue(), fc.json(), fc.string(), fc.anything({ withNullPrototype: true, withObjectString: true }));
      fc.assert(
        fc.property(input, (value) => {
          const result = catalog.safeParse(value);
          expect(typeof result.success).toBe('boolean');
          try {
            catalog.parse(value);
          } catch (e) {
            expect(isParseError(e)).toBe(true);
          }
        }),
        { numRuns: fuzzRuns },
      );
    });
  });
}

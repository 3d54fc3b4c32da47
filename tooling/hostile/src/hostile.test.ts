import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isErrsError, isErrsParseError } from '@errs/core';
import type { Catalog, ErrsError } from '@errs/core';
import { paramsArbitrary } from '@errs/core/testing';
import { containers, gatewayPages, mutate, mutationArbitrary, validBodies } from './bodies.js';
import { subjects } from './subjects.js';

const FUZZ_RUNS = Number(process.env.ERRS_FUZZ_RUNS ?? 100_000);
const MUTATION_RUNS = Math.max(1000, Math.floor(FUZZ_RUNS / 5));
const MiB = 1024 * 1024;

const tried = new Map<string, { inputs: number; failures: number }>();
function count(vendor: string, inputs: number, failures = 0) {
  const c = tried.get(vendor) ?? { inputs: 0, failures: 0 };
  c.inputs += inputs;
  c.failures += failures;
  tried.set(vendor, c);
}

afterAll(() => {
  let inputs = 0;
  let failures = 0;
  for (const [vendor, c] of tried) {
    console.log(`hostile input: ${vendor}: ${c.inputs} inputs tried, failures: ${c.failures}`);
    inputs += c.inputs;
    failures += c.failures;
  }
  console.log(`hostile input: ${inputs} inputs tried over ${tried.size} catalogs, failures: ${failures}`);
});

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const pristine = prototypeNames();

/** The outcome every input must have: an ErrsError from safeParse, or an ErrsParseError; parse throws only that. */
function checkOutcome(catalog: Catalog, input: unknown, init?: Parameters<Catalog['parse']>[1]): ErrsError | undefined {
  const result = catalog.safeParse(input, init);
  if (result.success) {
    expect(isErrsError(result.data)).toBe(true);
    expect(result.data.vendor).toBe(catalog.vendor);
    // Whatever was read can be written back as valid JSON.
    const written = JSON.stringify(catalog.encode(result.data).body);
    expect(() => JSON.parse(written) as unknown).not.toThrow();
  } else {
    expect(isErrsParseError(result.error)).toBe(true);
  }
  try {
    catalog.parse(input, init);
  } catch (e) {
    expect(isErrsParseError(e)).toBe(true);
  }
  return result.success ? result.data : undefined;
}

/** A body stream of `total` bytes made on demand, recording how much was pulled and the peak RSS. */
function hugeBody(total: number) {
  const chunk = new TextEncoder().encode(`{"message":"${'x'.repeat(64 * 1024 - 13)}`);
  const filler = new Uint8Array(64 * 1024).fill(0x61);
  const stats = { pulled: 0, cancelled: false, peakRss: process.memoryUsage().rss };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= total) { controller.close(); return; }
      controller.enqueue(stats.pulled === 0 ? chunk : filler);
      stats.pulled += 64 * 1024;
      stats.peakRss = Math.max(stats.peakRss, process.memoryUsage().rss);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

describe.each(subjects.map((c) => [c.vendor, c] as const))('%s: hostile input', (vendor, catalog) => {
  const bodies = validBodies(catalog);

  it(`${FUZZ_RUNS} arbitrary JSON values and strings: safeParse never throws, parse throws only ErrsParseError`, () => {
    const input = fc.oneof(fc.jsonValue(), fc.json(), fc.string({ unit: 'binary' }), fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true }));
    fc.assert(
      fc.property(input, (value) => {
        checkOutcome(catalog, value);
      }),
      { numRuns: FUZZ_RUNS },
    );
    count(vendor, FUZZ_RUNS * 2);
  });

  it(`${MUTATION_RUNS} mutations of valid bodies (dropped, retyped, renamed, extra fields) give a typed error or an ErrsParseError`, () => {
    const arbitrary = fc.tuple(fc.constantFrom(...bodies), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), fc.boolean());
    fc.assert(
      fc.property(arbitrary, ([body, mutations, asText]) => {
        const mutated = mutate(body, mutations);
        checkOutcome(catalog, asText ? JSON.stringify(mutated) : mutated);
      }),
      { numRuns: MUTATION_RUNS },
    );
    expect(prototypeNames()).toBe(pristine);
    count(vendor, MUTATION_RUNS * 2);
  });

  it('parses every valid body, also with a BOM, whitespace and as bytes', () => {
    for (const body of bodies) {
      const text = JSON.stringify(body);
      for (const input of [body, text, `\uFEFF${text}`, `\n\t ${text} \r\n`, new TextEncoder().encode(text)]) {
        const parsed = checkOutcome(catalog, input);
        expect(parsed?.known).toBe(true);
      }
    }
    count(vendor, bodies.length * 5);
  });

  it('refuses empty bodies, whitespace, a lone BOM, arrays and scalars, truncated JSON and duplicate-free garbage', () => {
    const cases: [unknown, string][] = [
      ['', 'empty'],
      ['   \n\t', 'empty'],
      ['\uFEFF', 'empty'],
      ['[]', 'not_object'],
      ['[{"code":"x"}]', 'not_object'],
      ['"error"', 'not_object'],
      ['42', 'not_object'],
      ['null', 'not_object'],
      [null, 'not_object'],
      [undefined, 'not_object'],
      [['x'], 'not_object'],
    ];
    for (const [input, reason] of cases) {
      const r = catalog.safeParse(input);
      expect(r.success, JSON.stringify(input)).toBe(false);
      expect(r.error?.reason).toBe(reason);
    }
    let n = cases.length;
    for (const body of bodies.slice(0, 5)) {
      const text = JSON.stringify(body);
      for (let cut = 1; cut < text.length; cut += Math.max(1, Math.floor(text.length / 25))) {
        const r = catalog.safeParse(text.slice(0, cut));
        expect(r.success).toBe(false);
        expect(r.error?.reason).toBe('not_json');
        n++;
      }
    }
    count(vendor, n);
  });

  it('turns HTML and other gateway pages into parse errors, and fromResponse into status-derived errors', async () => {
    for (const page of gatewayPages) {
      checkOutcome(catalog, page);
      if (page.trimStart().startsWith('<') || !page.startsWith('{')) expect(catalog.safeParse(page).error?.reason).toBe('not_json');
      const e = await catalog.fromResponse(new Response(page, { status: 502, headers: { 'content-type': 'text/html' } }));
      expect(e.status).toBe(502);
      if (!page.startsWith('{')) expect(e).toMatchObject({ known: false, code: 'HTTP_502', category: 'UNAVAILABLE', retryable: true });
    }
    count(vendor, gatewayPages.length * 2);
  });

  it('stops at the cap on 10 MiB and 1 GiB bodies, with bounded memory', async () => {
    for (const size of [10 * MiB, 1024 * MiB]) {
      const { stream, stats } = hugeBody(size);
      const before = process.memoryUsage().rss;
      const e = await catalog.fromResponse(new Response(stream, { status: 500 }));
      expect(e.known).toBe(false);
      expect((e.cause as { reason?: string }).reason).toBe('too_large');
      expect(stats.pulled).toBeLessThanOrEqual(MiB + 2 * 64 * 1024);
      expect(stats.cancelled).toBe(true);
      expect(stats.peakRss - before).toBeLessThan(64 * MiB);
      console.log(`hostile input: ${vendor}: ${size / MiB} MiB body: read ${stats.pulled} bytes, peak RSS +${((stats.peakRss - before) / MiB).toFixed(1)} MiB`);
    }
    const bigText = `{"message":"${'y'.repeat(10 * MiB)}"}`;
    expect(catalog.safeParse(bigText).error?.reason).toBe('too_large');
    count(vendor, 3);
  });

  it('refuses nesting 100,000 levels deep without overflowing the stack', () => {
    const depth = 100_000;
    const inputs = [`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`];
    let deepObject: Record<string, unknown> = {};
    const root = deepObject;
    for (let i = 0; i < depth; i++) deepObject = deepObject.a = {};
    for (const input of [...inputs, root]) {
      const r = catalog.safeParse(input);
      expect(r.success).toBe(false);
      expect(['too_deep', 'not_object']).toContain(r.error?.reason);
    }
    for (const body of bodies.slice(0, 3)) {
      // The deep value inside an otherwise valid body.
      const text = JSON.stringify({ ...(body as object), extra: 0 }).replace('"extra":0', `"extra":${inputs[1]!}`);
      expect(catalog.safeParse(text).error?.reason).toBe('too_deep');
    }
    count(vendor, 6);
  });

  it('lets no __proto__, constructor or prototype key, in any object position, pollute a prototype', () => {
    let n = 0;
    for (const body of bodies) {
      const positions = containers(body).length;
      for (let at = 0; at < positions; at++) {
        for (const key of ['__proto__', 'constructor', 'prototype']) {
          const copy = JSON.parse(JSON.stringify(body)) as unknown;
          const node = containers(copy)[at]! as Record<string, unknown>;
          Object.defineProperty(node, 'hostile_key', { value: { polluted: true, prototype: { polluted: true } }, enumerable: true, configurable: true, writable: true });
          const text = JSON.stringify(copy).replace('"hostile_key"', JSON.stringify(key));
          for (const input of [text, JSON.parse(text) as unknown]) {
            const parsed = checkOutcome(catalog, input);
            if (parsed) JSON.stringify(parsed.toJSON());
            n++;
          }
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeNames()).toBe(pristine);
    count(vendor, n);
  });

  it('reads very long strings, lone surrogates and duplicate keys without breaking its output', () => {
    let n = 0;
    for (const body of bodies.slice(0, 8)) {
      for (const replacement of ['z'.repeat(500_000), '\ud800 lone \udfff', '\u0000\u001f\u2028\u2029', '']) {
        const text = JSON.stringify(body, (_k, v: unknown) => (typeof v === 'string' ? replacement : v));
        checkOutcome(catalog, text);
        n++;
      }
      const text = JSON.stringify(body);
      const duplicated = text.replace(/^\{"([^"]+)":/, (all, key: string) => `{"${key}":123,"${key}":"dup",${all.slice(1)}`);
      checkOutcome(catalog, duplicated);
      n++;
    }
    count(vendor, n);
  });

  it('keeps CR, LF and other control characters in params out of headers, and its JSON valid', () => {
    let n = 0;
    const injection = 'a\r\nSet-Cookie: evil=1\u0000\u007f\u2028';
    for (const code of catalog.codes) {
      const info = catalog.get(code);
      if (!info || info.nested) continue;
      const [sample] = fc.sample(paramsArbitrary(fc, info), { numRuns: 1, seed: 9 });
      const params = Object.fromEntries(Object.entries(sample ?? {}).map(([k, v]) => [k, typeof v === 'string' ? injection : v]));
      let error: ErrsError;
      try {
        error = catalog.create(code, params, { requestId: injection, retryAfterMs: 1000 });
      } catch {
        error = catalog.create(code, sample, { requestId: injection, retryAfterMs: 1000 });
      }
      const { headers, body } = catalog.encode(error);
      // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
      for (const value of Object.values(headers)) expect(value).not.toMatch(/[\r\n\u0000]/);
      const response = catalog.toResponse(error);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(JSON.parse(JSON.stringify(body)) as unknown).toEqual(body);
      n++;
    }
    count(vendor, n);
  });

  it('sends no stack, cause or internal message for any 5xx code, in body, Response or problem', async () => {
    const secret = 'SECRET-db-password-42';
    for (const code of catalog.codes) {
      const info = catalog.get(code);
      if (!info || info.nested || info.status < 500) continue;
      const [params] = fc.sample(paramsArbitrary(fc, info), { numRuns: 1, seed: 3 });
      const error = catalog.create(code, params, { message: secret, cause: new Error(secret) });
      const texts = [JSON.stringify(catalog.encode(error)), await catalog.toResponse(error).text(), JSON.stringify(error.toProblem())];
      for (const text of texts) {
        expect(text).not.toContain(secret);
        expect(text).not.toMatch(/\n\s+at /);
      }
    }
  });
});

import { foreignBodiesFor } from '@errs/testkit';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { z } from 'zod';
import { defineCatalog } from '../index.js';
import { readWith } from '../envelope-entry.js';
import type { Envelope } from '../envelope-entry.js';
import type { Catalog, ErrsError } from '../index.js';
import { acme, acmeEnvelope } from './acme.js';
import { DEFAULT_SEED, NO_FAST_CHECK, verifyCatalog, verifyWith } from './verify.js';
import type { VerifiableCatalog } from './verify.js';

const seed = inject('fuzzSeed');
// Fewer runs than the default: each broken catalog fails on its first cases anyway.
const quick = { seed, runsPerCode: 10, fuzzRuns: 300 } as const;

/** acme with another envelope: the same codes, a broken wire format. */
const withEnvelope = (envelope: Envelope) => defineCatalog({ vendor: 'acme', envelope, errors: acme.errors });
const topCodes = acme.codes.filter((code) => !acme.get(code).nested);
const internalParseError = () => acme.safeParse('').error!;

describe('verifyCatalog', () => {
  it('takes any Catalog (checked by tsc), and a vendor catalog as it is', () => {
    expectTypeOf<Catalog>().toExtend<VerifiableCatalog>();
    expectTypeOf(acme).toExtend<VerifiableCatalog>();
    expectTypeOf(verifyCatalog).parameter(0).toEqualTypeOf<VerifiableCatalog>();
  });

  it('passes acme, and a hand-made object that wraps it', async () => {
    expect((await verifyCatalog(acme, { seed, foreignBodies: foreignBodiesFor('acme') })).failures).toEqual([]);
    const wrapped: VerifiableCatalog = {
      vendor: acme.vendor,
      codes: acme.codes,
      get: (code) => acme.get(code),
      create: (code, params, options) => (acme as Catalog).create(code, params, options as never),
      encode: (error, options) => acme.encode(error, options),
      toResponse: (error, options) => acme.toResponse(error, options),
      parse: (input, init) => acme.parse(input, init),
      safeParse: (input, init) => acme.safeParse(input, init),
      fromResponse: (response) => acme.fromResponse(response),
      is: (value, code) => (code === undefined ? acme.is(value) : acme.is(value, code as never)),
      format: (error) => acme.format(error),
    };
    expect(await verifyCatalog(wrapped, quick)).toEqual({ ok: true, failures: [] });
  });

  it('fails a catalog whose messages keep raw placeholders where a param is absent', async () => {
    // As errs rendered them before: a given param is filled in, an absent one stays as `{name}`.
    const fill = (error: { code: string; params: Readonly<Record<string, unknown>> }) =>
      (acme.get(error.code)?.message ?? '').replace(/\{(\w+)\}/g, (raw, name: string) => (error.params[name] === undefined ? raw : JSON.stringify(error.params[name])));
    const { failures } = await verifyCatalog({ ...acme, format: fill }, { ...quick, fuzz: false });
    expect(failures).toContain('texts of not_found: the message with params {} "No {resource} with id {id}." has a raw placeholder');
    expect(failures.every((f) => f.startsWith('texts of '))).toBe(true);
  });

  it('fails an envelope that drops the code, for every top-level code', async () => {
    const dropsCode = withEnvelope({
      ...acmeEnvelope,
      write: (e) => {
        const { body } = acmeEnvelope.write(e);
        const { type: _dropped, ...error } = (body as { error: { type: string } }).error;
        return { body: { error } };
      },
    });
    const { ok, failures } = await verifyCatalog(dropsCode, quick);
    expect(ok).toBe(false);
    for (const code of topCodes) {
      expect(failures).toContainEqual(expect.stringMatching(new RegExp(`^round trip of ${code}: parse refused the body encode wrote \\(object: \\{"error":\\{"message":`)));
    }
  });

  it('fails a catalog that leaks the own message of a 5xx error', async () => {
    const leaky = { ...acme, encode: (error: ErrsError) => acme.encode(error, { expose: true }) };
    const { failures } = await verifyCatalog(leaky, quick);
    expect(failures).toEqual([
      '5xx leak of internal: the encoded body and headers carries the internal message or cause',
      '5xx leak of unavailable: the encoded body and headers carries the internal message or cause',
    ]);
  });

  it('fails an envelope that loses the params, naming what came back', async () => {
    const dropsParams = withEnvelope({ ...acmeEnvelope, write: (e) => acmeEnvelope.write({ ...e, params: {} }) });
    const { failures } = await verifyCatalog(dropsParams, quick);
    expect(failures).toContain('round trip of not_found: parse of the encoded body gave params {}, created with {"resource":"order","id":"<id>"}');
    expect(failures).toContainEqual(expect.stringMatching(/^round trip of version_conflict: parse of the encoded body gave params \{\}/));
    expect(failures.filter((f) => f.startsWith('round trip of'))).toHaveLength(2);
  });

  it('fails a parser that takes foreign bodies for its own', async () => {
    const credulous = {
      ...acme,
      safeParse: (input: unknown) => {
        const result = acme.safeParse(input);
        return result.success ? result : { success: true as const, data: acme.create('internal') };
      },
    };
    const { failures } = await verifyCatalog(credulous, { ...quick, foreignBodies: [{ statusCode: 404 }] });
    expect(failures).toContain('foreign body []: safeParse accepted it as "internal"');
    expect(failures).toContain('foreign body "<html><body>502 Bad Gateway</body></html>": safeParse accepted it as "internal"');
    expect(failures).toContain('foreign body {"statusCode":404}: safeParse accepted it as "internal"');
  });

  it('fails a parser that crashes on some input, with the seed and the counterexample', async () => {
    const crashes = {
      ...acme,
      safeParse: (input: unknown) => {
        if (Array.isArray(input) && input.length >= 2) throw new RangeError('boom');
        return acme.safeParse(input);
      },
    };
    const { failures } = await verifyCatalog(crashes, quick);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(new RegExp(`^fuzz of acme: safeParse threw RangeError: boom \\(fast-check seed ${seed}, counterexample \\[.*,.*\\]\\)$`));
  });

  it('fails a catalog that refuses a code newer than itself', async () => {
    const closed = { ...acme, safeParse: (input: unknown) => {
      const result = acme.safeParse(input);
      return result.success && !result.data.known ? { success: false as const, error: internalParseError() } : result;
    } };
    const { failures } = await verifyCatalog(closed, quick);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^unknown code \(acme\): a body with a code the catalog lacks \(\{"error":\{"type":"not_foundErrsVerifyUnknown",.*\) was refused: ErrsParseError: /);
  });

  it('finds a code the envelope can carry when codes are numbers of a range (as AyaNova\'s 2000-3000)', async () => {
    const body = z.object({ error: z.object({ code: z.string().regex(/^2\d{3}$/, 'not a code from 2000 to 2999'), message: z.string() }) });
    const ranged = defineCatalog({
      vendor: 'ranged',
      envelope: {
        schema: body,
        read: (input) => readWith(body, input, ({ error }) => ({ code: error.code, message: error.message })),
        write: (e) => ({ body: { error: { code: e.code, message: e.message } } }),
      },
      errors: {
        '2000': { status: 400, message: 'Bad request.', category: 'INVALID_ARGUMENT' },
        '2001': { status: 404, message: 'Not found.', category: 'NOT_FOUND' },
      },
    });
    // The old probe sent "9999", which this envelope rightly refuses.
    expect(ranged.safeParse({ error: { code: '9999', message: 'x' } }).success).toBe(false);
    expect(await verifyCatalog(ranged, { ...quick, foreignBodies: [] })).toEqual({ ok: true, failures: [] });
  });

  it('fails a guard that takes look-alikes for its errors, and a registry with a __proto__ entry', async () => {
    const lax = {
      ...acme,
      is: (value: unknown, code?: string) => typeof value === 'object' && value !== null && (value as { vendor?: unknown }).vendor === 'acme' && (code === undefined || (value as { code?: unknown }).code === code),
      get: (code: string) => (code === '__proto__' ? acme.get('internal') : acme.get(code)),
    };
    const { failures } = await verifyCatalog(lax, quick);
    expect(failures).toEqual([
      'registry of acme: get("__proto__") gave an entry for a code the catalog lacks',
      'is() of not_found: is() is true for a plain copy of the error',
    ]);
  });

  it('fails headers that carry a CR or LF from the error', async () => {
    const injecting = {
      ...acme,
      encode: (error: ErrsError, options?: { expose?: boolean }) => {
        const wire = acme.encode(error, options);
        return { ...wire, headers: { ...wire.headers, 'x-request-id': error.requestId ?? '' } };
      },
    };
    const { failures } = await verifyCatalog(injecting, quick);
    expect(failures).toEqual(['header injection (not_found): header x-request-id carries a CR, LF or NUL from the request id']);
  });

  it('turns a method that throws into a failure, not a crash', async () => {
    const broken = { ...acme, toResponse: () => { throw new Error('no Response here'); } };
    const { failures } = await verifyCatalog(broken, quick);
    expect(failures).toContain('Response round trip of not_found: threw Error: no Response here');
    expect(failures).toContain('5xx leak of internal: threw Error: no Response here');
  });

  it('gives the same verdict for the same seed, the fixed default one when none is given', async () => {
    const crashes = { ...acme, parse: (input: unknown) => {
      if (typeof input === 'string' && input.length > 3) throw new SyntaxError('no');
      return acme.parse(input);
    } };
    const first = await verifyCatalog(crashes, { runsPerCode: 5, fuzzRuns: 300 });
    expect(first.failures.find((f) => f.startsWith('fuzz'))).toContain(`fast-check seed ${DEFAULT_SEED},`);
    expect(await verifyCatalog(crashes, { runsPerCode: 5, fuzzRuns: 300 })).toEqual(first);
  });

  it('asks for params it cannot build (a refinement), and checks that code with the ones given', async () => {
    const refined = defineCatalog({
      vendor: 'acme',
      envelope: acmeEnvelope,
      errors: { ...acme.errors, locked: { status: 423, message: 'Order {id} is locked.', schema: z.object({ id: z.string().refine((s) => s.startsWith('o-')) }), category: 'FAILED_PRECONDITION' } },
    });
    const { failures } = await verifyCatalog(refined, quick);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^params of locked: none can be built from its schema \(TypeError: exampleOf: the example \{"id":"<id>"\} fails its schema: .*\); give them in options.params$/);
    expect(await verifyCatalog(refined, { ...quick, params: { locked: { id: 'o-1' } } })).toEqual({ ok: true, failures: [] });
    const wrong = await verifyCatalog(refined, { ...quick, params: { locked: { id: 'x' } } });
    expect(wrong.failures).toEqual([
      expect.stringMatching(/^round trip of locked: create\("locked", \{"id":"x"\}\) threw TypeError: acme: invalid params for locked: id/),
      expect.stringMatching(/^texts of locked: threw TypeError: acme: invalid params for locked: id/),
      expect.stringMatching(/^Response round trip of locked: threw TypeError: acme: invalid params for locked: id/),
    ]);
  });

  it('without fast-check: one failure saying so, or the deterministic checks alone with fuzz: false', async () => {
    const missing = await verifyWith(acme, {}, undefined);
    expect(missing.ok).toBe(false);
    expect(missing.failures).toHaveLength(1);
    expect(missing.failures[0]).toMatch(new RegExp(`^${NO_FAST_CHECK}: install it \\(npm i -D fast-check\\)`));
    expect(await verifyCatalog(acme, { fuzz: false })).toEqual({ ok: true, failures: [] });
    const dropsParams = withEnvelope({ ...acmeEnvelope, write: (e) => acmeEnvelope.write({ ...e, params: {} }) });
    expect((await verifyCatalog(dropsParams, { fuzz: false })).failures).toContain(
      'round trip of not_found: parse of the encoded body gave params {}, created with {"resource":"order","id":"<id>"}',
    );
  });
});

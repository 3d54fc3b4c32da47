import { describe, expect, inject, it } from 'vitest';
import { exampleBodies } from '@errs/testkit';
import { acme } from './testing/acme.js';
import { verifyCatalog } from './testing/verify.js';
import { defineCatalog, ErrsError, ErrsParseError, fromJSON, isErrsError, PROBLEM_CONTENT_TYPE } from './index.js';

it('passes the catalog contract (verifyCatalog)', async () => {
  const { failures } = await verifyCatalog(acme, {
    seed: inject('fuzzSeed'),
    detailParent: { code: 'invalid_request' },
    unknownCodeBody: { error: { type: 'brand_new_code', message: 'Something new' } },
    foreignBodies: [...Object.values(exampleBodies), { statusCode: 404, message: 'x', errors: [] }, { error: { type: 'ok', message: '' } }, { error: 'nope' }],
  });
  expect(failures).toEqual([]);
});

describe('create', () => {
  it('renders the message from the params and keeps them', () => {
    const e = acme.create('not_found', { resource: 'order', id: 'o-1' });
    expect(e.message).toBe('No order with id o-1.');
    expect(e).toMatchObject({ vendor: 'acme', code: 'not_found', status: 404, category: 'NOT_FOUND', known: true, retryable: false });
    expect(e.params).toEqual({ resource: 'order', id: 'o-1' });
    expect(e.stack).toContain('catalog.test.ts');
  });

  it('rejects params that fail the schema with a TypeError naming the field', () => {
    // @ts-expect-error resource must be 'order' or 'customer'
    expect(() => acme.create('not_found', { resource: 'invoice', id: 'x' })).toThrow(/invalid params for not_found: resource/);
    // @ts-expect-error unknown code
    expect(() => acme.create('nope')).toThrow(TypeError);
  });

  it('builds typed details with messages from the nested codes', () => {
    const e = acme.create('invalid_request', {}, { details: [{ code: 'required', path: 'name' }, { code: 'too_long', path: 'notes', params: { max: 255 } }] });
    expect(e.details).toEqual([
      { code: 'required', path: 'name', message: 'This field is required.', params: {}, known: true },
      { code: 'too_long', path: 'notes', message: 'At most 255 characters.', params: { max: 255 }, known: true },
    ]);
  });

  it('takes the options second for a code without params', () => {
    const cause = new Error('upstream');
    const e = acme.create('invalid_request', { cause, requestId: 'r-1', details: [{ code: 'required', path: 'name' }] });
    expect(e.cause).toBe(cause);
    expect(e.requestId).toBe('r-1');
    expect(e.details).toEqual([{ code: 'required', message: 'This field is required.', params: {}, path: 'name', known: true }]);
    // The long form still works, and a code with params keeps them second.
    expect(acme.create('invalid_request', {}, { requestId: 'r-2' }).requestId).toBe('r-2');
    expect(acme.create('not_found', { resource: 'order', id: '7' }).params).toEqual({ resource: 'order', id: '7' });
  });

  it('leaves out the clause of an optional param that is absent, never a raw placeholder', () => {
    const e = acme.create('version_conflict', { expected: 3 });
    expect(e.message).toBe('Expected version 3, found.');
    expect(e.title).toBe(acme.get('version_conflict').title);
    expect(e.toProblem().title).not.toMatch(/\{/);
  });
});

describe('defineCatalog', () => {
  const envelope = acme.envelope;
  it('refuses a template placeholder that is not a declared param', () => {
    expect(() =>
      // @ts-expect-error the compiler names the placeholder too
      defineCatalog({ vendor: 'bad', envelope, errors: { x: { status: 400, message: 'Missing {who}', category: 'INVALID_ARGUMENT' } } }),
    ).toThrow(/x: placeholder \{who\} is not a declared param/);
    defineCatalog({
      vendor: 'fine',
      envelope,
      errors: { y: { status: 400, message: 'Braces that are not placeholders: { a } {1x} {} {a-b}', category: 'INVALID_ARGUMENT' } },
    });
  });
  it('refuses a status that is not HTTP and a category that is not google.rpc.Code', () => {
    expect(() =>
      defineCatalog({
        vendor: 'bad',
        envelope,
        // @ts-expect-error not a category
        errors: { x: { status: 99, message: 'm', category: 'OOPS' } },
      }),
    ).toThrow(/status 99[\s\S]*category OOPS/);
  });
  it('lists every code and answers get()', () => {
    expect(acme.codes).toEqual(['not_found', 'version_conflict', 'invalid_request', 'rate_limited', 'internal', 'unavailable', 'required', 'too_long']);
    expect(acme.get('too_long')).toMatchObject({ status: 400, nested: true, placeholders: ['max'] });
    expect(acme.get('version_conflict')?.retry).toEqual({ strategy: 'refetch', note: 'Fetch the order again, re-apply your change, then retry.' });
    const fromTheWire: string = 'constructor'; // a literal that is no code is a compile error
    expect(acme.get(fromTheWire)).toBeUndefined();
  });
});

describe('parse', () => {
  it('parses object, JSON text, bytes and text with a BOM alike', () => {
    const body = { error: { type: 'not_found', message: 'No order with id 7.', params: { resource: 'order', id: '7' } }, request_id: 'r-1' };
    const text = JSON.stringify(body);
    for (const input of [body, text, new TextEncoder().encode(text), `\uFEFF  ${text}\n`]) {
      const e = acme.parse(input);
      expect(e).toMatchObject({ code: 'not_found', known: true, status: 404, requestId: 'r-1', message: 'No order with id 7.' });
      expect(e.params).toEqual({ resource: 'order', id: '7' });
      expect(e.raw).toEqual(body);
    }
  });

  it('reads params leniently: invalid or missing ones are left out, not fatal', () => {
    const e = acme.parse({ error: { type: 'version_conflict', message: 'm', params: { expected: 'three', actual: 4 } } });
    expect(e.known).toBe(true);
    expect(e.params).toEqual({ actual: 4 });
    const strict = acme.safeParse({ error: { type: 'version_conflict', message: 'm', params: { expected: 'three' } } }, { strict: true });
    expect(strict.success).toBe(false);
    expect(strict.error?.issues[0]?.path).toEqual(['expected']);
  });

  it('fills no param from a schema default: defaults are for create, parse keeps what the wire said', async () => {
    const { z: mini } = await import('zod/mini').then((m) => ({ z: m }));
    const c = defineCatalog({
      vendor: 'd',
      envelope: acme.envelope,
      errors: { oops: { status: 500, message: 'Oops {ref}', schema: mini.object({ ref: mini._default(mini.string(), 'made-up') }), category: 'INTERNAL' } },
    });
    expect(c.create('oops').params).toEqual({ ref: 'made-up' });
    expect(c.parse({ error: { type: 'oops', message: 'm' } }).params).toEqual({});
    // A default under another wrapper (`.default().optional()`) is a default too.
    const wrapped = defineCatalog({
      vendor: 'w',
      envelope: acme.envelope,
      errors: { oops: { status: 500, message: 'Oops', schema: mini.object({ n: mini.string(), d: mini.optional(mini._default(mini.string(), 'x')) }), category: 'INTERNAL' } },
    });
    expect(wrapped.parse({ error: { type: 'oops', message: 'm', params: { n: 'y' } } }).params).toEqual({ n: 'y' });
    expect(c.parse({ error: { type: 'oops', message: 'm', params: { ref: 'r-1' } } }).params).toEqual({ ref: 'r-1' });
  });

  it('keeps undeclared params of a loose params schema, and strips them otherwise, as zod does', async () => {
    const { z: mini } = await import('zod/mini').then((m) => ({ z: m }));
    const c = defineCatalog({
      vendor: 'l',
      envelope: acme.envelope,
      errors: {
        loose: { status: 400, message: 'm', schema: mini.looseObject({ a: mini.optional(mini.string()) }), category: 'INVALID_ARGUMENT' },
        strip: { status: 400, message: 'm', schema: mini.object({ a: mini.optional(mini.string()) }), category: 'INVALID_ARGUMENT' },
      },
    });
    expect(c.parse({ error: { type: 'loose', message: 'm', params: { a: 'x', b: 1 } } }).params).toEqual({ a: 'x', b: 1 });
    expect(c.parse({ error: { type: 'strip', message: 'm', params: { a: 'x', b: 1 } } }).params).toEqual({ a: 'x' });
  });

  it('keeps code and raw body of a code it lacks, with a category from the status', () => {
    const e = acme.parse({ error: { type: 'quota_gone', message: 'Gone', params: { a: 1 } } }, { status: 503 });
    expect(e).toMatchObject({ known: false, code: 'quota_gone', status: 503, category: 'UNAVAILABLE', retryable: true, params: { a: 1 } });
  });

  it('takes status, request id and Retry-After from the transport', () => {
    const e = acme.parse('{"error":{"type":"rate_limited","message":"Slow down."}}', {
      status: 429,
      headers: { 'Retry-After': '7', 'X-Request-Id': 'abc' },
    });
    expect(e).toMatchObject({ status: 429, retryAfterMs: 7000, requestId: 'abc', retryable: true, category: 'RESOURCE_EXHAUSTED' });
  });

  it('says why an input is not the envelope', () => {
    const cases: [unknown, string][] = [
      ['', 'empty'],
      ['  \n ', 'empty'],
      ['<!DOCTYPE html><html><body>Bad gateway</body></html>', 'not_json'],
      ['{"error": {"type": "x"', 'not_json'],
      ['[1,2]', 'not_object'],
      [42, 'not_object'],
      [{ error: { type: 1 } }, 'shape'],
      ['x'.repeat(2000), 'too_large'],
    ];
    for (const [input, reason] of cases) {
      const r = acme.safeParse(input, { maxBytes: 1000 });
      expect(r.success).toBe(false);
      expect(r.error).toBeInstanceOf(ErrsParseError);
      expect(r.error?.reason).toBe(reason);
    }
    const html = acme.safeParse('<html>502</html>');
    expect(html.error?.message).toMatch(/HTML/);
    const shape = acme.safeParse({ error: { type: 1, message: 'm' } });
    expect(shape.error?.issues[0]?.path).toEqual(['error', 'type']);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(acme.safeParse(`{"error":{"type":"x","message":"m","params":{"a":${deep}}}}`).error?.reason).toBe('too_deep');
    let nested: Record<string, unknown> = {};
    const root = { error: { type: 'x', message: 'm', params: nested } };
    for (let i = 0; i < 100; i++) nested = nested.next = {};
    expect(acme.safeParse(root).error?.reason).toBe('too_deep');
    // A short text is judged by its length, a longer one by a walk: both refuse a depth past the limit.
    expect(acme.safeParse('{"error":{"type":"x","message":"m","params":{"a":[[[[1]]]]}}}', { maxDepth: 5 }).error?.reason).toBe('too_deep');
    expect(acme.safeParse('{"error":{"type":"x","message":"m","params":{"a":[[[1]]]}}}', { maxDepth: 6 }).success).toBe(true);
    // A caller's limit is capped, so even an absurd one cannot overflow the stack.
    expect(acme.safeParse(`{"error":{"type":"x","message":"m","params":{"a":${deep}}}}`, { maxDepth: 1e9 }).error?.reason).toBe('too_deep');
  });

  it('survives hostile objects: throwing getters and cycles', () => {
    const hostile = {
      get error(): never {
        throw new Error('boom');
      },
    };
    expect(acme.safeParse(hostile).success).toBe(false);
    const cyclic: Record<string, unknown> = { error: { type: 'x', message: 'm' } };
    (cyclic.error as Record<string, unknown>).params = cyclic;
    expect(acme.safeParse(cyclic).error?.reason).toBe('too_deep');
  });

  it('does not let __proto__ keys pollute prototypes', () => {
    const e = acme.parse('{"error":{"type":"x","message":"m","params":{"__proto__":{"polluted":true}}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(e.params)).toBe(Object.prototype);
    const copied = acme.parse({ error: { type: 'x', message: 'm' } });
    expect(Object.getPrototypeOf(copied)).toBe(ErrsError.prototype);
  });
});

describe('fromResponse', () => {
  it('reads a body with transport status and headers', async () => {
    const res = new Response(JSON.stringify({ error: { type: 'unavailable', message: 'Try again shortly.' } }), {
      status: 503,
      headers: { 'retry-after': '2', 'x-correlation-id': 'c-9' },
    });
    const e = await acme.fromResponse(res);
    expect(e).toMatchObject({ code: 'unavailable', known: true, status: 503, retryAfterMs: 2000, requestId: 'c-9', retryable: true });
  });

  it('gives a status-derived unknown error for empty, HTML and foreign bodies, the reason as cause', async () => {
    for (const [body, reason] of [
      ['', 'empty'],
      ['<html><head><title>502 Bad Gateway</title></head></html>', 'not_json'],
      ['{"message":"nope"}', 'shape'],
    ] as const) {
      const e = await acme.fromResponse(new Response(body, { status: 502, headers: { 'content-type': 'text/html' } }));
      expect(e).toMatchObject({ code: 'HTTP_502', known: false, status: 502, category: 'UNAVAILABLE', retryable: true, message: 'Bad Gateway' });
      expect((e.cause as ErrsParseError).reason).toBe(reason);
    }
  });

  it('stops reading at maxBytes and cancels the rest of the stream', async () => {
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    });
    const e = await acme.fromResponse(new Response(stream, { status: 500 }), { maxBytes: 256 * 1024 });
    expect(e).toMatchObject({ known: false, status: 500 });
    expect((e.cause as ErrsParseError).reason).toBe('too_large');
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it('does not reject when the body stream fails', async () => {
    const stream = new ReadableStream({
      pull(controller) {
        controller.error(new Error('socket hang up'));
      },
    });
    const e = await acme.fromResponse(new Response(stream, { status: 503 }));
    expect(e).toMatchObject({ known: false, status: 503 });
  });
});

describe('encode and toResponse', () => {
  it('writes the vendor body, the status and Retry-After', () => {
    const e = acme.create('rate_limited', {}, { retryAfterMs: 1500, requestId: 'r-2' });
    expect(acme.encode(e)).toEqual({
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '2' },
      body: { error: { type: 'rate_limited', message: 'Slow down.' }, request_id: 'r-2' },
    });
  });

  it('replaces the own message of a 5xx error by the documented one unless exposed', async () => {
    const e = acme.create('internal', {}, { message: 'db shard 3 timed out', cause: new Error('ECONNRESET') });
    expect(e.message).toBe('db shard 3 timed out');
    const body = acme.encode(e).body as { error: { message: string } };
    expect(body.error.message).toBe('Something went wrong on our side.');
    expect((acme.encode(e, { expose: true }).body as { error: { message: string } }).error.message).toBe('db shard 3 timed out');
    const text = await acme.toResponse(e).text();
    expect(text).not.toMatch(/ECONNRESET|shard|at /);
  });

  it('keeps the own messages of a 5xx error\'s details off the wire too, unless exposed', async () => {
    // A vendor's 500 often lists the error itself as its first detail, with the same internal words.
    const parsed = acme.parse(
      { error: { type: 'internal', message: 'NPE in OrderService.java:42', fields: [{ name: 'order', type: 'required', message: 'NPE in OrderService.java:42' }, { name: 'x', type: 'brand_new', message: 'pool 7 exhausted' }] } },
      { status: 500 },
    );
    const fields = (acme.encode(parsed).body as { error: { fields: { type: string; message: string }[] } }).error.fields;
    expect(fields.map((f) => f.message)).toEqual(['This field is required.', 'Something went wrong on our side.']);
    expect(await acme.toResponse(parsed).text()).not.toMatch(/NPE|OrderService|pool 7/);
    const exposed = (acme.encode(parsed, { expose: true }).body as { error: { fields: { message: string }[] } }).error.fields;
    expect(exposed.map((f) => f.message)).toEqual(['NPE in OrderService.java:42', 'pool 7 exhausted']);
  });

  it('cannot inject headers through params or ids', () => {
    const e = acme.create('rate_limited', {}, { requestId: 'x' });
    const { headers } = acme.encode(e, { headers: { 'x-request-id': 'a\r\nSet-Cookie: evil=1', 'x-name': 'caf\u00e9' } });
    expect(headers['x-request-id']).toBe('a%0D%0ASet-Cookie: evil=1');
    expect(headers['x-name']).toBe('caf%C3%A9');
    expect(() => acme.toResponse(acme.create('internal'), { headers: { 'x-a': '\u2028\n' } })).not.toThrow();
  });
});

describe('problem+json', () => {
  it('writes RFC 9457 members with vendor extensions and reads them back', () => {
    const e = acme.create('invalid_request', {}, { details: [{ code: 'too_long', path: 'notes', params: { max: 10 } }], requestId: 'r-3' });
    const p = e.toProblem({ instance: '/orders/1' });
    expect(p).toEqual({
      type: 'urn:errs:acme:invalid_request',
      title: 'The request is invalid.',
      status: 400,
      detail: 'The request is invalid.',
      instance: '/orders/1',
      vendor: 'acme',
      code: 'invalid_request',
      category: 'INVALID_ARGUMENT',
      retryable: false,
      params: {},
      requestId: 'r-3',
      errors: [{ code: 'too_long', detail: 'At most 10 characters.', params: { max: 10 }, path: 'notes' }],
    });
    expect(PROBLEM_CONTENT_TYPE).toBe('application/problem+json');
    const back = acme.fromProblem(JSON.parse(JSON.stringify(p)));
    expect(back).toMatchObject({ code: 'invalid_request', status: 400, requestId: 'r-3', known: true });
    expect(back.details[0]).toMatchObject({ code: 'too_long', params: { max: 10 }, path: 'notes' });
    expect(() => acme.fromProblem({ type: 'about:blank', status: 400, vendor: 'other', code: 'x' })).toThrow(ErrsParseError);
  });

  it('uses about:blank for codes the catalog lacks', () => {
    expect(acme.parse({ error: { type: 'new_one', message: 'm' } }).toProblem().type).toBe('about:blank');
  });
});

describe('format', () => {
  it('renders from a table of its own, falling back to the documented message', () => {
    const e = acme.create('not_found', { resource: 'customer', id: '9' });
    expect(acme.format(e, { not_found: 'Kein {resource} mit ID {id}.' })).toBe('Kein customer mit ID 9.');
    expect(acme.format(e)).toBe('No customer with id 9.');
    expect(acme.messages.too_long).toBe('At most {max} characters.');
  });
});

describe('a catalog with zod/mini schemas', () => {
  it('works the same as with zod classic', async () => {
    const { z: mini } = await import('zod/mini').then((m) => ({ z: m }));
    const c = defineCatalog({
      vendor: 'mini',
      envelope: acme.envelope,
      errors: { gone: { status: 410, message: 'Gone: {id}', schema: mini.object({ id: mini.string() }), category: 'NOT_FOUND' } },
    });
    const e = c.parse(c.encode(c.create('gone', { id: 'a' })).body);
    expect([e.code, e.params, e.message]).toEqual(['gone', { id: 'a' }, 'Gone: a']);
    expect(isErrsError(e)).toBe(true);
    expect(e).toBeInstanceOf(ErrsError);
    // The mini schema is the one that decides, both ways.
    expect(() => (c.create as (code: string, params: unknown) => unknown)('gone', { id: 1 })).toThrow(/invalid params for gone: id/);
    expect(c.parse({ error: { type: 'gone', message: 'm', params: { id: 1 } } }).params).toEqual({});
  });
});

describe('nested-only codes', () => {
  it('create refuses them at run time, naming the codes that carry them', () => {
    const create = acme.create as (code: string) => unknown;
    expect(() => create('too_long')).toThrow(TypeError);
    expect(() => create('too_long')).toThrow('acme: too_long appears only nested in the details of invalid_request');
    // They are made as details of their carrier.
    const e = acme.create('invalid_request', {}, { details: [{ code: 'too_long', params: { max: 3 }, path: 'notes' }] });
    expect(e.details[0]).toMatchObject({ code: 'too_long', message: 'At most 3 characters.' });
  });

  it('without carriedBy, the carriers are the top-level codes of the same status', () => {
    const c = defineCatalog({
      vendor: 'v',
      envelope: acme.envelope,
      errors: {
        a: { status: 400, message: 'A.', category: 'INVALID_ARGUMENT' },
        b: { status: 400, message: 'B.', category: 'INVALID_ARGUMENT' },
        c: { status: 404, message: 'C.', category: 'NOT_FOUND' },
        n: { status: 400, message: 'N.', category: 'INVALID_ARGUMENT', nested: true },
      },
    });
    expect(() => (c.create as (code: string) => unknown)('n')).toThrow('v: n appears only nested in the details of a, b;');
  });

  it('carriedBy must name top-level codes', () => {
    expect(() =>
      defineCatalog({
        vendor: 'v',
        envelope: acme.envelope,
        errors: {
          n: { status: 400, message: 'N.', category: 'INVALID_ARGUMENT', nested: true, carriedBy: ['m', 'n'] },
          m: { status: 400, message: 'M.', category: 'INVALID_ARGUMENT', nested: true },
        },
      }),
    ).toThrow(/n: carriedBy m is not a top-level code[\s\S]*n: carriedBy n is not a top-level code/);
  });

  it('is(value, nestedCode) never holds, not even for an error that claims one', () => {
    const claimed = fromJSON({ ...acme.create('invalid_request').toJSON(), code: 'required' });
    expect(claimed.known).toBe(true);
    expect((acme.is as (v: unknown, c: string) => boolean)(claimed, 'required')).toBe(false);
    expect(acme.is(claimed)).toBe(true);
    const parsed = acme.parse({ error: { type: 'required', message: 'm' } });
    expect(parsed.known).toBe(false);
    expect((acme.is as (v: unknown, c: string) => boolean)(parsed, 'required')).toBe(false);
  });
});

describe('fromProblem reads through a schema', () => {
  it('refuses members of the wrong type, saying which', () => {
    const p = acme.create('not_found', { resource: 'order', id: '1' }).toProblem();
    for (const [member, value] of [['status', '404'], ['code', 7], ['detail', 1], ['params', 'x'], ['errors', {}], ['requestId', 1]] as const) {
      const failure = (() => {
        try {
          acme.fromProblem({ ...p, [member]: value });
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(failure).toBeInstanceOf(ErrsParseError);
      expect((failure as ErrsParseError).issues[0]?.path[0]).toBe(member);
    }
    expect(() => acme.fromProblem({ ...p, vendor: 'other' })).toThrow('a problem+json of "other", not acme');
    expect(() => acme.fromProblem({ ...p, errors: [{ code: 1 }] })).toThrow(/at errors\.0\.code/);
  });

  it('gives back what toProblem wrote', () => {
    const e = acme.create('invalid_request', {}, { requestId: 'r', details: [{ code: 'too_long', params: { max: 2 }, path: 'n' }] });
    const back = acme.fromProblem(JSON.parse(JSON.stringify(e.toProblem())));
    expect([back.code, back.status, back.message, back.requestId, back.details]).toEqual([e.code, e.status, e.message, e.requestId, e.details]);
  });
});

describe('safeParse when the envelope throws', () => {
  it('says that the envelope failed, with the cause, and never throws', () => {
    const bug = new RangeError('a bug in the envelope');
    const c = defineCatalog({
      vendor: 'thrower',
      envelope: { ...acme.envelope, read: () => { throw bug; } },
      errors: acme.errors,
    });
    const result = c.safeParse('{"error":{}}');
    expect(result.success).toBe(false);
    expect(result.error?.message).toBe('thrower: the thrower envelope failed while reading the input (RangeError: a bug in the envelope)');
    expect(result.error?.cause).toBe(bug);
    expect(() => c.safeParse({ get error() { throw bug; } })).not.toThrow();
  });

  it('names a hostile thrown value without touching it', () => {
    const hostile = new Proxy({}, { get() { throw new Error('gotcha'); }, getPrototypeOf() { throw new Error('gotcha'); } });
    const c = defineCatalog({
      vendor: 'thrower',
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point: a thrown value that is no Error
      envelope: { ...acme.envelope, read: () => { throw hostile; } },
      errors: acme.errors,
    });
    const result = c.safeParse('{}');
    expect(result.error?.message).toBe('thrower: the thrower envelope failed while reading the input (object)');
  });
});

describe('is', () => {
  it("holds for the catalog's own errors, and for a code only when the error is that known code", () => {
    const e = acme.create('not_found', { resource: 'order', id: '1' });
    expect(acme.is(e)).toBe(true);
    expect(acme.is(e, 'not_found')).toBe(true);
    expect(acme.is(e, 'internal')).toBe(false);
    const lookalike = fromJSON({ vendor: 'acme', code: 'not_found', status: 404, message: 'm', known: false });
    expect(acme.is(lookalike)).toBe(true);
    expect(acme.is(lookalike, 'not_found')).toBe(false);
    const claimsNew = fromJSON({ vendor: 'acme', code: 'brand_new', status: 400, message: 'm', known: true });
    expect((acme.is as (v: unknown, c: string) => boolean)(claimsNew, 'brand_new')).toBe(false);
  });

  it("holds for no other vendor's error and no other value", () => {
    const other = fromJSON({ vendor: 'other', code: 'not_found', status: 404, message: 'm', known: true });
    expect(acme.is(other)).toBe(false);
    expect(acme.is(other, 'not_found')).toBe(false);
    for (const value of [undefined, null, 'not_found', new Error('not_found'), { vendor: 'acme', code: 'not_found', known: true }]) expect(acme.is(value)).toBe(false);
  });
});

describe('format, beyond the table', () => {
  it("gives the own message of a code the catalog lacks, and the catalog's template for a code the table lacks", () => {
    expect(acme.format({ code: 'brand_new', message: 'As sent.', params: {} })).toBe('As sent.');
    expect(acme.format({ code: 'brand_new', message: 'As sent.', params: {} }, { not_found: 'x' })).toBe('As sent.');
    expect(acme.format({ code: 'too_long', message: 'm', params: { max: 9 } }, { not_found: 'x' })).toBe('At most 9 characters.');
  });

  it("uses a table's template even when it is empty", () => {
    expect(acme.format({ code: 'too_long', message: 'm', params: { max: 9 } }, { too_long: '' })).toBe('');
  });
});

describe('fromStatus, with what it is given', () => {
  it('takes request id and retry delay from the headers, and keeps cause and raw', () => {
    const cause = new Error('why');
    const e = acme.fromStatus(503, { headers: { 'x-request-id': 'q-1', 'retry-after': '5' }, cause, raw: '<html/>' });
    expect(e).toMatchObject({ code: 'HTTP_503', status: 503, requestId: 'q-1', retryAfterMs: 5000, raw: '<html/>', known: false, params: {}, details: [] });
    expect(e.cause).toBe(cause);
    expect(e.retry.strategy).toBe(acme.fromStatus(502).retry.strategy);
  });

  it('names a status without a reason phrase by its number, in code, message and title', () => {
    // fromError sets code, category, message and title of its own (see from-error.test.ts).
    expect(acme.fromStatus(0)).toMatchObject({ code: 'HTTP_0', category: 'UNKNOWN', message: 'HTTP 0', title: 'HTTP 0', status: 0 });
  });
});

describe('fromProblem, status', () => {
  it("takes the problem's status over the code's", () => {
    const p = acme.create('not_found', { resource: 'order', id: '1' }).toProblem();
    expect(acme.fromProblem({ ...p, status: 410 }).status).toBe(410);
  });
});

describe('create, the short form', () => {
  it('takes no options for a code without params given null or nothing', () => {
    const create = acme.create as (code: string, params?: unknown) => ErrsError;
    expect(create('invalid_request', null)).toMatchObject({ code: 'invalid_request', details: [] });
    expect(create('invalid_request', 'x')).toMatchObject({ code: 'invalid_request', requestId: undefined });
    expect(create('invalid_request')).toMatchObject({ code: 'invalid_request' });
  });
});

describe('safeParse when the envelope throws, more', () => {
  it('hands back an ErrsParseError the envelope threw, as it is', () => {
    const thrown = acme.safeParse('', { stack: false }).error!;
    const c = defineCatalog({ vendor: 'thrower', envelope: { ...acme.envelope, read: () => { throw thrown; } }, errors: acme.errors });
    const result = c.safeParse('{}');
    expect(result.success).toBe(false);
    expect(result.error).toBe(thrown);
    expect(() => c.parse('{}')).toThrow(thrown);
  });

  it('keeps the transport status on the failure', () => {
    const c = defineCatalog({ vendor: 'thrower', envelope: { ...acme.envelope, read: () => { throw new Error('bug'); } }, errors: acme.errors });
    expect(c.safeParse('{}', { status: 502 }).error).toMatchObject({ reason: 'shape', status: 502 });
  });
});

describe('defineCatalog, internal and byStatus', () => {
  const errors = acme.errors;
  it('takes top-level codes and keeps them', () => {
    const c = defineCatalog({ vendor: 'x', envelope: acme.envelope, errors, internal: 'internal', byStatus: { 400: 'invalid_request' } });
    expect([c.internal, c.byStatus]).toEqual(['internal', { 400: 'invalid_request' }]);
  });

  it('refuses a nested code as internal, and an unknown code in byStatus, quoting it', () => {
    const define = defineCatalog as (d: object) => unknown;
    expect(() => define({ vendor: 'x', envelope: acme.envelope, errors, internal: 'required' })).toThrow(
      new TypeError('defineCatalog(x): "required" (internal or byStatus) is not a top-level code'),
    );
    expect(() => define({ vendor: 'x', envelope: acme.envelope, errors, byStatus: { 418: 'teapot' } })).toThrow('"teapot" (internal or byStatus)');
  });

  it('freezes its list of codes and its messages', () => {
    expect(Object.isFrozen(acme.codes)).toBe(true);
    expect(Object.isFrozen(acme.messages)).toBe(true);
    expect(acme.messages.not_found).toBe('No {resource} with id {id}.');
    expect(Object.keys(acme.messages)).toEqual(acme.codes);
  });
});

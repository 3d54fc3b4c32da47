import v8 from 'node:v8';
import { inspect, types } from 'node:util';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { acme } from './testing/acme.js';
import { ErrsError, ErrsParseError, fromJSON, isErrsError, isErrsParseError } from './index.js';

describe('ErrsError', () => {
  it('is an Error with its name, and carries every contract field', () => {
    const cause = new Error('socket closed');
    const e = acme.create('unavailable', {}, { cause, requestId: 'r', retryAfterMs: 10 });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ErrsError');
    expect(String(e)).toBe('ErrsError: Try again shortly.');
    expect(e.cause).toBe(cause);
    expect(e).toMatchObject({ vendor: 'acme', code: 'unavailable', status: 503, category: 'UNAVAILABLE', retryable: true, known: true, requestId: 'r', retryAfterMs: 10, details: [] });
  });

  it('parse failures are ErrsParseErrors, errors of their own', () => {
    const failure = acme.safeParse('<html>502</html>').error!;
    expect(failure).toBeInstanceOf(ErrsParseError);
    expect(failure).toBeInstanceOf(Error);
    expect(isErrsParseError(failure)).toBe(true);
    expect(Object.prototype.toString.call(failure)).toBe('[object Error]');
    expect(() => acme.parse('')).toThrow(ErrsParseError);
  });

  it('is recognised across two copies of the package', async () => {
    // A second instance of the source modules stands for a second copy of the package (checks of
    // the built copies themselves are in tooling/publish-check).
    vi.resetModules();
    const copy = await import('./index.js');
    expect(copy.ErrsError).not.toBe(ErrsError);
    const foreign = new copy.ErrsError({ vendor: 'x', code: 'c', status: 400, message: 'm', params: {}, category: 'INVALID_ARGUMENT', retry: { strategy: 'fix' }, known: true });
    expect(isErrsError(foreign)).toBe(true);
    expect(foreign instanceof ErrsError).toBe(true);
    expect(copy.isErrsError(acme.create('internal'))).toBe(true);
    expect(acme.create('internal') instanceof copy.ErrsError).toBe(true);
    expect(isErrsParseError(new copy.ErrsParseError('x', 'empty', 'm'))).toBe(true);
  });

  it('is recognised across realms, and not by look-alikes', () => {
    const other = vm.runInNewContext(`
      class E extends Error {}
      Object.defineProperty(E.prototype, Symbol.for('errs.ErrsError'), { value: true });
      new E('from another realm')`) as unknown;
    expect(other instanceof Error).toBe(false);
    expect(isErrsError(other)).toBe(true);
    expect(other instanceof ErrsError).toBe(true);
    const lookalike = JSON.parse(JSON.stringify(acme.create('internal'))) as unknown;
    expect(isErrsError(lookalike)).toBe(false);
    expect(lookalike instanceof ErrsError).toBe(false);
    expect(isErrsError(null)).toBe(false);
    expect(new ErrsParseError('x', 'empty', 'm') instanceof ErrsError).toBe(false);
  });

  it('leaves its classes fast-mode objects, whose constructors V8 can optimise', () => {
    // A class body with `static [Symbol.hasInstance]` is a dictionary-mode function object, and V8
    // (Node 20) then never finishes optimising the constructor (it keeps aborting on a stable-map
    // dependency), so every error is made by unoptimised code.
    v8.setFlagsFromString('--allow-natives-syntax');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- V8's own probe, only compiled with that flag
    const fast = new Function('o', 'return %HasFastProperties(o)') as (o: unknown) => boolean;
    expect(fast(class extends Error {})).toBe(true); // the probe itself works
    // The whole chain of constructors up to Error: V8 walks it for `super()`.
    for (const cls of [ErrsError, ErrsParseError]) {
      for (let c: unknown = cls; c !== Error; c = Object.getPrototypeOf(c)) expect(fast(c)).toBe(true);
    }
  });

  it('keeps instanceof of subclasses exact', () => {
    class MyError extends ErrsError {}
    const mine = new MyError({ vendor: 'x', code: 'c', status: 400, message: 'm', params: {}, category: 'INVALID_ARGUMENT', retry: { strategy: 'fix' }, known: true });
    expect(mine instanceof MyError).toBe(true);
    expect(mine instanceof ErrsError).toBe(true);
    expect(acme.create('internal') instanceof MyError).toBe(false);
  });
});

describe('toJSON and fromJSON', () => {
  const fields = (e: ErrsError) => ({ ...Object.fromEntries(Object.entries(e)), name: e.name, message: e.message });

  const everything = { raw: true, expose: true };

  it('lose no field with { raw: true, expose: true }, the cause chain included', () => {
    const inner = acme.create('unavailable', {}, { requestId: 'in', message: 'redis at 10.0.0.3 is down' });
    const e = acme.create('invalid_request', {}, { cause: inner, requestId: 'r-1', retryAfterMs: 5, details: [{ code: 'required', path: 'a' }] });
    const back = fromJSON(JSON.parse(JSON.stringify(e.toJSON(everything))));
    expect(fields(back)).toEqual(fields(e));
    expect(isErrsError(back.cause)).toBe(true);
    expect(fields(back.cause as ErrsError)).toEqual(fields(inner));
    expect(back.retry).toEqual(e.retry);
    expect(JSON.stringify(e)).not.toContain('at ');
  });

  it('round-trips parsed errors with their raw body', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.integer({ min: 400, max: 599 }), { nil: undefined }), (type, message, status) => {
        const r = acme.safeParse({ error: { type: type || 'x', message } }, { status });
        if (!r.success) return;
        const back = fromJSON(JSON.stringify(r.data.toJSON(everything)));
        expect(fields(back)).toEqual(fields(r.data));
      }),
    );
  });

  it('by default (JSON.stringify) leave out raw, and a 5xx error\'s own message and cause', () => {
    const body = { error: { type: 'internal', message: 'NullPointerException in OrderService.java:120' }, request_id: 'r-9' };
    const e = acme.parse(body, { status: 500 });
    const json = JSON.parse(JSON.stringify({ err: e })) as { err: Record<string, unknown> };
    expect(json.err).toMatchObject({ vendor: 'acme', code: 'internal', status: 500, requestId: 'r-9', message: 'Something went wrong on our side.' });
    expect(json.err).not.toHaveProperty('raw');
    expect(JSON.stringify(e)).not.toContain('NullPointerException');
    const wrapped = acme.create('internal', {}, { message: 'db password rejected', cause: new Error('FATAL: password authentication failed') });
    expect(JSON.stringify(wrapped)).not.toMatch(/password/);
    const detailed = acme.parse({ error: { type: 'internal', message: 'm', fields: [{ name: 'shard', type: 'x', message: 'shard 3 timed out' }] } }, { status: 500 });
    expect(detailed.toJSON().details).toEqual([]);
    expect(detailed.toJSON({ expose: true }).details).toMatchObject([{ message: 'shard 3 timed out' }]);
    expect(wrapped.toJSON({ expose: true })).toMatchObject({ message: 'db password rejected', cause: { name: 'Error', message: 'FATAL: password authentication failed' } });
  });

  it('by default keep a 4xx error\'s message and cause, and take a nested error\'s options along', () => {
    const inner = acme.parse({ error: { type: 'unavailable', message: 'replica lag 30s' } }, { status: 503 });
    const e = acme.create('version_conflict', { expected: 2, actual: 3 }, { cause: inner });
    const json = e.toJSON();
    expect(json.message).toBe('Expected version 2, found 3.');
    expect(json.cause).toMatchObject({ code: 'unavailable', message: 'Try again shortly.' });
    expect(json.cause).not.toHaveProperty('raw');
    expect(e.toJSON({ raw: true, expose: true }).cause).toMatchObject({ message: 'replica lag 30s', raw: { error: { type: 'unavailable', message: 'replica lag 30s' } } });
  });

  it('refuses what is not the JSON form', () => {
    expect(() => fromJSON({ code: 1 })).toThrow(TypeError);
    expect(() => fromJSON('[]')).toThrow(TypeError);
  });
});

describe('util.inspect (console.log, console.error)', () => {
  it('heads the stack with vendor and code, shows status and request id, and never raw', () => {
    const body = { error: { type: 'version_conflict', message: 'Expected version 2, found 3.', params: { expected: 2, actual: 3 } }, request_id: 'req-77' };
    const e = acme.parse(body, { status: 409 });
    const shown = inspect(e);
    expect(shown.split('\n')[0]).toBe('ErrsError [acme version_conflict]: Expected version 2, found 3.');
    expect(shown.split('\n')[1]).toMatch(/^ {4}at .*error\.test\.ts/);
    expect(shown).toContain("status: 409");
    expect(shown).toContain("requestId: 'req-77'");
    expect(shown).toContain("category: 'ABORTED'");
    expect(shown).not.toContain('raw');
    expect(shown).not.toContain('request_id');
  });

  it('shows a cause and details, and a light error ({ stack: false }) by its header alone', () => {
    const e = acme.create('invalid_request', {}, { cause: new Error('socket closed'), details: [{ code: 'too_long', path: 'name', params: { max: 3 } }] });
    const shown = inspect(e, { depth: 4 });
    expect(shown).toContain("path: 'name'");
    expect(shown).toMatch(/cause: Error: socket closed\n +at /);
    const light = acme.parse({ error: { type: 'rate_limited', message: 'Slow down.' } }, { status: 429, stack: false });
    expect(inspect(light)).toMatch(/^ErrsError \[acme rate_limited\]: Slow down\. \{\n {2}status: 429,/);
  });

  it('shows a multi-line message once, in the header', () => {
    const e = acme.parse({ error: { type: 'brand_new', message: 'line one\nline two' } }, { status: 418 });
    const shown = inspect(e);
    expect(shown.startsWith('ErrsError [acme brand_new]: line one\nline two\n    at ')).toBe(true);
    expect(shown.split('line two')).toHaveLength(2);
  });
});

describe('ErrsError fields and cause', () => {
  const data = { vendor: 'x', code: 'c', status: 400, message: 'm', params: {}, category: 'INVALID_ARGUMENT', retry: { strategy: 'fix' }, known: true } as const;

  it('takes its code as title when none is given, its details as [] and retryable from the strategy', () => {
    const e = new ErrsError(data);
    expect(e.title).toBe('c');
    expect(e.details).toEqual([]);
    expect(e.retryable).toBe(false);
    expect(new ErrsError({ ...data, title: 'T' }).title).toBe('T');
    expect(new ErrsError({ ...data, retry: { strategy: 'backoff' } }).retryable).toBe(true);
  });

  it('has no cause unless given one, native or light; a light one\'s cause is not enumerable and can be replaced', async () => {
    expect('cause' in new ErrsError(data)).toBe(false);
    expect('cause' in acme.create('internal')).toBe(false);
    const light = acme.parse({ error: { type: 'internal', message: 'm' } }, { stack: false });
    expect('cause' in light).toBe(false);
    const boom = new Error('Network connection lost.');
    const revived = fromJSON({ ...acme.create('invalid_request').toJSON(), cause: 'upstream' });
    expect(revived.cause).toBe('upstream');
    const parsed = await acme.fromError(boom, { stack: false });
    expect(parsed.code).toBe('UNAVAILABLE');
    expect(types.isNativeError(parsed)).toBe(false);
    expect(parsed.cause).toBe(boom);
    expect(Object.keys(parsed)).not.toContain('cause');
    parsed.cause = 'replaced';
    expect(parsed.cause).toBe('replaced');
  });

  it('lets a user replace name and inspect on an instance', () => {
    const e = acme.create('internal');
    e.name = 'MyError';
    expect(String(e)).toBe('MyError: Something went wrong on our side.');
    const light = acme.parse({ error: { type: 'internal', message: 'm' } }, { stack: false });
    light.name = 'Light';
    expect(light.stack).toBe('Light: m');
    (e as unknown as Record<symbol, unknown>)[Symbol.for('nodejs.util.inspect.custom')] = () => 'mine';
    expect(inspect(e)).toBe('mine');
  });
});

describe('toJSON, field by field', () => {
  it('names itself ErrsError and writes exactly the fields an error has', () => {
    const e = acme.create('invalid_request');
    expect(Object.keys(e.toJSON())).toEqual(['name', 'vendor', 'code', 'status', 'message', 'title', 'params', 'category', 'retryable', 'retry', 'details', 'known']);
    expect(Object.keys(e.toJSON({ raw: true, expose: true }))).toEqual(Object.keys(e.toJSON()));
    expect(e.toJSON().name).toBe('ErrsError');
    const full = acme.create('invalid_request', {}, { requestId: 'r', retryAfterMs: 0, cause: 'why' });
    expect(full.toJSON()).toMatchObject({ requestId: 'r', retryAfterMs: 0, cause: 'why' });
  });

  it('takes options only from an object: a key (JSON.stringify) or null is no options', () => {
    const e = acme.parse({ error: { type: 'internal', message: 'secret' } }, { status: 500 });
    expect(e.toJSON(null as never).message).toBe('Something went wrong on our side.');
    expect(e.toJSON('raw').message).toBe('Something went wrong on our side.');
    expect(e.toJSON('raw')).not.toHaveProperty('raw');
    expect(e.toJSON({ raw: true }).raw).toEqual({ error: { type: 'internal', message: 'secret' } });
    expect(e.toJSON({ raw: true })).toMatchObject({ message: 'Something went wrong on our side.' });
  });

  it('writes an Error cause as its name and message, and any other cause as it is', () => {
    expect(acme.create('invalid_request', {}, { cause: new TypeError('bad') }).toJSON().cause).toStrictEqual({ name: 'TypeError', message: 'bad' });
    expect(acme.create('invalid_request', {}, { cause: { code: 'ECONNRESET' } }).toJSON().cause).toStrictEqual({ code: 'ECONNRESET' });
    expect(acme.create('invalid_request', {}, { cause: 0 }).toJSON().cause).toBe(0);
  });

  it('keeps a 4xx error\'s details and a 499\'s cause; hides a 500\'s unless exposed', () => {
    const details = [{ code: 'required' as const, path: 'a' }];
    expect(acme.create('invalid_request', {}, { details }).toJSON().details).toHaveLength(1);
    expect(acme.create('invalid_request', {}, { status: 499, cause: 'c' }).toJSON().cause).toBe('c');
    expect(acme.create('invalid_request', {}, { status: 500, cause: 'c' }).toJSON()).not.toHaveProperty('cause');
    expect(acme.create('invalid_request', {}, { status: 500, cause: 'c' }).toJSON({ expose: true }).cause).toBe('c');
  });
});

describe('fromJSON, what it accepts and what it fills in', () => {
  const minimal = { vendor: 'x', code: 'c', status: 503, message: 'm' };
  const refusal = 'fromJSON: not the JSON form of an ErrsError';

  it('refuses a value without vendor, code, numeric status or message, with one message', () => {
    for (const bad of [null, 'null', '"text"', [], { ...minimal, vendor: 1 }, { ...minimal, code: undefined }, { ...minimal, status: '503' }, { ...minimal, message: null }]) {
      expect(() => fromJSON(bad)).toThrow(new TypeError(refusal));
    }
    expect(() => fromJSON(JSON.stringify(minimal))).not.toThrow();
  });

  it('fills in category, retry, params, details and known from what the status says', () => {
    const e = fromJSON(minimal);
    expect(e).toMatchObject({ vendor: 'x', code: 'c', status: 503, message: 'm', title: 'c', category: 'UNAVAILABLE', retryable: true, known: false, params: {}, details: [] });
    expect(e.retry).toStrictEqual({ strategy: 'backoff' });
    expect(e.requestId).toBeUndefined();
    expect(e.retryAfterMs).toBeUndefined();
    const odd = fromJSON({ ...minimal, category: 'BOGUS', retry: { note: 'no strategy' }, params: [1], details: 'no', known: 'yes', requestId: 7, retryAfterMs: '5' });
    expect(odd).toMatchObject({ category: 'UNAVAILABLE', known: false, params: {}, details: [], requestId: undefined, retryAfterMs: undefined });
    expect(odd.retry).toStrictEqual({ strategy: 'backoff' });
    expect(odd.params).toStrictEqual({});
    expect(fromJSON({ ...minimal, params: 'text' }).params).toStrictEqual({});
    expect(fromJSON({ ...minimal, retry: 'backoff' }).retry).toStrictEqual({ strategy: 'backoff' });
  });

  it('keeps what it is given', () => {
    const e = fromJSON({ ...minimal, category: 'ABORTED', retry: { strategy: 'refetch', note: 'n' }, params: { a: 1 }, details: [{ code: 'd' }], known: true, requestId: 'r', retryAfterMs: 9 });
    expect(e).toMatchObject({ category: 'ABORTED', retryable: false, params: { a: 1 }, details: [{ code: 'd' }], known: true, requestId: 'r', retryAfterMs: 9 });
    expect(e.retry).toStrictEqual({ strategy: 'refetch', note: 'n' });
    expect(fromJSON({ ...minimal, retry: { strategy: 'refetch' } }).category).toBe('UNAVAILABLE');
  });

  it('fills a title\'s placeholders from its params, without params leaves their clauses out', () => {
    expect(fromJSON({ ...minimal, title: 'No {resource} here.', params: { resource: 'order' } }).title).toBe('No order here.');
    expect(fromJSON({ ...minimal, title: 'No {resource} here.', params: 'order' }).title).not.toContain('{');
    expect(fromJSON({ ...minimal, title: 5 }).title).toBe('c');
    // Params that are not an object are no params: neither a string's nor an array's length fills {length}.
    expect(fromJSON({ ...minimal, title: 'Size {length}.', params: 'order' }).title).toBe('Size.');
    expect(fromJSON({ ...minimal, title: 'Size {length}.', params: [1, 2] }).title).toBe('Size.');
    expect(fromJSON({ ...minimal, title: 'Size {length}.', params: { length: 3 } }).title).toBe('Size 3.');
  });

  it('revives only an ErrsError cause, and keeps any other as it is', () => {
    expect(fromJSON({ ...minimal, cause: { name: 'Error', message: 'boom' } }).cause).toStrictEqual({ name: 'Error', message: 'boom' });
    expect(fromJSON({ ...minimal, cause: ['ErrsError'] }).cause).toStrictEqual(['ErrsError']);
    expect(isErrsError(fromJSON({ ...minimal, cause: { ...minimal, name: 'ErrsError' } }).cause)).toBe(true);
    expect('cause' in fromJSON(minimal)).toBe(false);
  });
});

describe('util.inspect, by depth and by stack', () => {
  const e = acme.create('invalid_request', {}, { details: [{ code: 'too_long', path: 'name', params: { max: 3 } }] });

  it('shows the fields one level less deep than asked, all of them for depth null', () => {
    expect(inspect(e, { depth: 0 }).endsWith(' [Object]')).toBe(true);
    expect(inspect(e, { depth: 1 })).toContain('details: [Array]');
    expect(inspect(e, { depth: 2 })).toContain('details: [ [Object] ]');
    expect(inspect(e, { depth: null })).toContain("path: 'name'");
    expect(inspect(e, { depth: null })).toContain('params: { max: 3 }');
    expect(inspect(e)).not.toContain('cause');
  });

  it('shows the header and stack alone when nested deeper than asked', () => {
    const shown = inspect({ x: e }, { depth: 0 });
    expect(shown).toContain('ErrsError [acme invalid_request]: The request is invalid.');
    expect(shown).not.toContain('status:');
  });

  it('shows the header alone when called without an inspect function (other runtimes)', () => {
    const custom = (e as unknown as Record<symbol, (depth: number, options: object) => string>)[Symbol.for('nodejs.util.inspect.custom')]!;
    const light = acme.parse({ error: { type: 'internal', message: 'm' } }, { stack: false });
    expect(custom.call(light, 2, {})).toBe('ErrsError [acme internal]: m');
  });

  it('shows a message that carries a stack trace of its own once, then the error\'s frames', () => {
    const upstream = 'NullPointerException\n    at com.acme.Orders.get(Orders.java:42)';
    const e = acme.parse({ error: { type: 'brand_new', message: upstream } }, { status: 418 });
    const shown = inspect(e);
    expect(shown.startsWith(`ErrsError [acme brand_new]: ${upstream}\n    at `)).toBe(true);
    expect(shown.split('Orders.java:42')).toHaveLength(2);
    expect(shown).toContain('error.test.ts');
  });

  it('takes the frames of a stack whose header is not its own, and nothing of one without frames', () => {
    const custom = acme.create('internal');
    custom.stack = 'Something else\n    at work (file.js:1:1)';
    expect(inspect(custom).split(' {')[0]).toBe('ErrsError [acme internal]: Something went wrong on our side.\n    at work (file.js:1:1)');
    const bare = acme.create('internal');
    bare.stack = 'no frames here';
    expect(inspect(bare).split(' {')[0]).toBe('ErrsError [acme internal]: Something went wrong on our side.');
    const startsAtFrames = acme.create('internal');
    startsAtFrames.stack = '\n    at work (file.js:1:1)';
    expect(inspect(startsAtFrames).split(' {')[0]).toBe('ErrsError [acme internal]: Something went wrong on our side.\n    at work (file.js:1:1)');
  });
});

import v8 from 'node:v8';
import { inspect } from 'node:util';
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

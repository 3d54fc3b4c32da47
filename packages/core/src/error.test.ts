import v8 from 'node:v8';
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

  it('lose no field, the cause chain included', () => {
    const inner = acme.create('unavailable', {}, { requestId: 'in' });
    const e = acme.create('invalid_request', {}, { cause: inner, requestId: 'r-1', retryAfterMs: 5, details: [{ code: 'required', path: 'a' }] });
    const back = fromJSON(JSON.parse(JSON.stringify(e)));
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
        const back = fromJSON(JSON.stringify(r.data));
        expect(fields(back)).toEqual(fields(r.data));
      }),
    );
  });

  it('refuses what is not the JSON form', () => {
    expect(() => fromJSON({ code: 1 })).toThrow(TypeError);
    expect(() => fromJSON('[]')).toThrow(TypeError);
  });
});

import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { acme } from './testing/acme.js';
import { ErrsParseError, isErrsError } from './index.js';

const body = { error: { type: 'not_found', message: 'No order with id 1.', params: { resource: 'order', id: '1' } } };
const json = JSON.stringify(body);

/** The frames of a stack, without its header line. */
const frames = (error: Error): string[] => (error.stack ?? '').split('\n').slice(1);

/** A native error whose first frame is this file's call, and no frame of errs's own code. */
function expectCallSite(error: Error): void {
  expect(types.isNativeError(error)).toBe(true);
  const stack = frames(error);
  expect(stack.length).toBeGreaterThan(0);
  expect(stack[0]).toContain('stack.test.ts');
  expect(stack.filter((frame) => /[\\/]src[\\/](catalog|error|parse-error|stack)\.ts/.test(frame))).toEqual([]);
}

describe('errors have a stack captured at the call', () => {
  it('parse and safeParse', () => {
    expectCallSite(acme.parse(json));
    expectCallSite(acme.parse(body));
    expectCallSite(acme.safeParse(json).data!);
    expectCallSite(acme.safeParse('<html>502</html>').error!);
    expectCallSite(acme.safeParse({ error: { type: 'x' } }).error!);
  });

  it('a thrown ErrsParseError', () => {
    let thrown: unknown;
    try {
      acme.parse('<html>502</html>');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ErrsParseError);
    expectCallSite(thrown as Error);
  });

  it('fromResponse, for a body of the envelope and for one that is not', async () => {
    expectCallSite(await acme.fromResponse(new Response(json, { status: 404 })));
    const fallback = await acme.fromResponse(new Response('<html>502</html>', { status: 502 }));
    expect(fallback.known).toBe(false);
    expectCallSite(fallback);
  });

  it('fromStatus, fromProblem and create', () => {
    expectCallSite(acme.fromStatus(503));
    expectCallSite(acme.fromProblem(acme.create('internal').toProblem()));
    expectCallSite(acme.create('internal'));
  });

  it('a failure of the envelope while it read a hostile input', () => {
    const hostile = { get error(): never { throw new Error('boom') } };
    const failure = acme.safeParse(hostile).error!;
    expect(failure.message).toContain('boom');
    expectCallSite(failure);
  });

  it('hands back an ErrsParseError the input threw as it is, its stack untouched', () => {
    const thrown = acme.safeParse('<html>502</html>').error!;
    Object.freeze(thrown); // capturing a stack on it now would throw
    const stack = thrown.stack;
    const hostile = { get error(): never { throw thrown } };
    expect(acme.safeParse(hostile).error).toBe(thrown);
    expect(thrown.stack).toBe(stack);
    // parse throws it as it is too, not the TypeError a capture on a frozen error would raise.
    expect(() => acme.parse(hostile)).toThrow(thrown);
  });

  it('follows the user\'s Error.stackTraceLimit', () => {
    const before = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 1;
      const stack = frames(acme.parse(json));
      expect(stack).toHaveLength(1);
      expect(stack[0]).toContain('stack.test.ts');
    } finally {
      Error.stackTraceLimit = before;
    }
  });

  it('a strict-mode rejection', () => {
    const failure = acme.safeParse({ error: { type: 'not_found', message: 'm', params: { id: 1 } } }, { strict: true }).error!;
    expect(failure.reason).toBe('shape');
    expectCallSite(failure);
  });
});

describe('{ stack: false } gives light errors, for bulk reading', () => {
  const light = (error: Error): void => {
    expect(types.isNativeError(error)).toBe(false);
    expect(error).toBeInstanceOf(Error);
    expect(error.stack).toBe(`${error.name}: ${error.message}`);
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
  };

  it('from parse, safeParse, fromResponse and fromProblem', async () => {
    light(acme.parse(json, { stack: false }));
    light(acme.safeParse('<html>502</html>', { stack: false }).error!);
    light(await acme.fromResponse(new Response(json, { status: 404 }), { stack: false }));
    light(await acme.fromResponse(new Response('', { status: 502 }), { stack: false }));
    light(acme.fromStatus(500, { stack: false }));
    light(acme.fromProblem(acme.create('internal').toProblem(), { stack: false }));
  });

  it('the same error otherwise', () => {
    const light = acme.parse(json, { stack: false });
    const full = acme.parse(json);
    expect(isErrsError(light)).toBe(true);
    const fields = (e: Error) => ({ ...Object.fromEntries(Object.entries(e)), message: e.message });
    expect(fields(light)).toEqual(fields(full));
    const assigned = acme.parse(json, { stack: false });
    assigned.stack = 'custom';
    expect(assigned.stack).toBe('custom');
  });

  it('leaves Error.stackTraceLimit as it was', () => {
    const before = Error.stackTraceLimit;
    acme.parse(json);
    acme.safeParse('nope');
    expect(Error.stackTraceLimit).toBe(before);
  });
});

describe('the stack of an error an async method gives', () => {
  const notFound = () => new Response(json, { status: 404 });

  it('is the header line alone when the user\'s Error.stackTraceLimit is 0', async () => {
    const before = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 0;
      const e = await acme.fromResponse(notFound());
      expect(e.stack).toBe('ErrsError: No order with id 1.');
    } finally {
      Error.stackTraceLimit = before;
    }
  });

  it('heads its frames with its own name and message, even after they change', async () => {
    const e = await acme.fromResponse(notFound());
    expect(e.stack!.split('\n')[0]).toBe('ErrsError: No order with id 1.');
    e.message = 'changed';
    expect(e.stack!.split('\n')[0]).toBe('ErrsError: changed');
    expect(frames(e)[0]).toContain('stack.test.ts');
  });

  it('is not an enumerable field, and can be assigned again and again like any error\'s', async () => {
    const e = await acme.fromResponse(notFound());
    expect(Object.keys(e)).not.toContain('stack');
    e.stack = 'first';
    e.stack = 'second';
    expect(e.stack).toBe('second');
    expect(Object.keys(e)).not.toContain('stack');
  });

  it('starts at the call of fromError too, with no frame of errs', async () => {
    expectCallSite(await acme.fromError(new Error('Network connection lost.')));
  });
});

import { describe, expect, it } from 'vitest';
import { acme } from './testing/acme.js';
import { ErrsParseError } from './index.js';

// ErrsParseError, native (with a stack) and light ({ stack: false }): the same fields either way.
const both = [{}, { stack: false }] as const;

describe('ErrsParseError', () => {
  it('prefixes the message with the vendor, and keeps vendor, reason, status and an empty list of issues', () => {
    const e = new ErrsParseError('shop', 'not_json', 'not JSON', { status: 502 });
    expect(e.message).toBe('shop: not JSON');
    expect(e).toMatchObject({ vendor: 'shop', reason: 'not_json', status: 502, issues: [] });
    expect(new ErrsParseError('shop', 'empty', 'm').status).toBeUndefined();
    for (const options of both) {
      const failure = acme.safeParse('', { status: 504, ...options }).error!;
      expect(failure).toMatchObject({ vendor: 'acme', reason: 'empty', status: 504, issues: [] });
      expect(failure.message.startsWith('acme: ')).toBe(true);
    }
  });

  it('has no cause unless given one', () => {
    expect('cause' in new ErrsParseError('shop', 'empty', 'm')).toBe(false);
    expect(new ErrsParseError('shop', 'empty', 'm', { cause: 0 }).cause).toBe(0);
    for (const options of both) {
      const failure = acme.safeParse('<html>502</html>', options).error!;
      expect('cause' in failure).toBe(false);
      expect(Object.keys(failure)).not.toContain('cause');
    }
  });

  it('carries what a hostile input threw as its cause, not enumerable, and replaceable', () => {
    const boom = new Error('boom');
    const hostile = { get error(): never { throw boom } };
    for (const options of both) {
      const failure = acme.safeParse(hostile, options).error!;
      expect(failure.cause).toBe(boom);
      expect(Object.keys(failure)).not.toContain('cause');
      failure.cause = 'replaced';
      expect(failure.cause).toBe('replaced');
    }
  });

  it('lists an issue with message and path, and a code only where the issue has one', () => {
    for (const options of both) {
      const ok = acme.safeParse({ error: { type: 'ok', message: 'm' } }, options).error!;
      expect(ok.reason).toBe('shape');
      expect(ok.issues).toStrictEqual([{ message: '"ok" is not an error type', path: ['error', 'type'], code: 'custom' }]);
      const zod = acme.safeParse({ error: { type: 'x' } }, options).error!;
      expect(zod.issues).toStrictEqual([{ message: 'Invalid input: expected string, received undefined', path: ['error', 'message'], code: 'invalid_type' }]);
    }
    const direct = new ErrsParseError('shop', 'shape', 'm', { issues: [{ message: 'a', path: ['x'] }, { message: 'b', path: [], code: 'c' }] });
    expect(direct.issues).toStrictEqual([{ message: 'a', path: ['x'] }, { message: 'b', path: [], code: 'c' }]);
  });
});

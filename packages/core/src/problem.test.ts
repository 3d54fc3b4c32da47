// toProblem (problem.ts): which message is safe to send, the type URN, and the members left out
// when there is nothing to say.
import { describe, expect, it } from 'vitest';
import { ErrsError, fromJSON } from './index.js';
import { problemType, publicMessage } from './problem.js';
import { acme } from './testing/acme.js';

describe('publicMessage', () => {
  const source = { message: 'pool 7 exhausted', title: 'Service {name} failed', params: { name: 'db' } };

  it("sends the own message of an error below 500, and a 5xx's documented title instead unless exposed", () => {
    expect(publicMessage({ ...source, status: 499 })).toBe('pool 7 exhausted');
    expect(publicMessage({ ...source, status: 500 })).toBe('Service db failed');
    expect(publicMessage({ ...source, status: 503 }, false)).toBe('Service db failed');
    expect(publicMessage({ ...source, status: 503 }, true)).toBe('pool 7 exhausted');
  });
});

describe('problemType', () => {
  it('names vendor and code in a URN, each percent-encoded, and about:blank for an unknown code', () => {
    expect(problemType('acme', 'not_found', true)).toBe('urn:errs:acme:not_found');
    expect(problemType('a b', 'x/y:z', true)).toBe('urn:errs:a%20b:x%2Fy%3Az');
    expect(problemType('acme', 'not_found', false)).toBe('about:blank');
  });
});

describe('toProblem', () => {
  it('leaves out instance, requestId and errors when there are none, and a path its detail lacks', () => {
    const plain = acme.create('rate_limited').toProblem();
    expect(Object.keys(plain).sort()).toEqual(['category', 'code', 'detail', 'params', 'retryable', 'status', 'title', 'type', 'vendor']);
    const detailed = acme.create('invalid_request', {}, { details: [{ code: 'required' }] }).toProblem();
    expect(detailed.errors).toEqual([{ code: 'required', detail: 'This field is required.', params: {} }]);
    expect(Object.keys(detailed.errors![0]!)).toEqual(['code', 'detail', 'params']);
  });

  it("masks a 5xx error's own message, and exposes it when asked", () => {
    const e = acme.create('internal', {}, { message: 'db shard 3 timed out' });
    expect(e.toProblem()).toMatchObject({ status: 500, detail: 'Something went wrong on our side.', title: 'Something went wrong on our side.' });
    expect(e.toProblem({ expose: true }).detail).toBe('db shard 3 timed out');
    expect(acme.create('invalid_request', {}, { status: 499, message: 'client went away' }).toProblem().detail).toBe('client went away');
  });

  it('gives an error without a status the one its category maps to, and masks by that status', () => {
    const e = new ErrsError({ vendor: 'acme', code: 'X', status: 0, message: 'internal words', params: {}, category: 'DEADLINE_EXCEEDED', retry: { strategy: 'backoff' }, known: false });
    expect(e.toProblem()).toMatchObject({ status: 504, type: 'about:blank' });
    expect(e.toProblem().detail).not.toContain('internal words');
  });

  it('writes the retryable flag and category of the error', () => {
    const e = fromJSON({ vendor: 'acme', code: 'unavailable', status: 503, message: 'm', category: 'UNAVAILABLE', known: true });
    expect(e.toProblem()).toMatchObject({ retryable: true, category: 'UNAVAILABLE', type: 'urn:errs:acme:unavailable' });
  });
});

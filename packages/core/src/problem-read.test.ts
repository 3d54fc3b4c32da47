// fromProblem (problem-read.ts, catalog.ts): a problem+json read back as the error it describes.
import { describe, expect, it } from 'vitest';
import { ErrsParseError } from './index.js';
import { readProblem } from './problem-read.js';
import { acme } from './testing/acme.js';

describe('readProblem', () => {
  it('gives the wire error of a problem without nested errors, each member where it belongs', () => {
    const problem = { type: 'urn:errs:acme:not_found', vendor: 'acme', code: 'not_found', status: 410, detail: 'Gone for good.', params: { id: '1' }, requestId: 'r-9' };
    expect(readProblem(problem, 'acme')).toEqual({ code: 'not_found', status: 410, message: 'Gone for good.', params: { id: '1' }, requestId: 'r-9', details: undefined });
  });

  it('maps each nested error: detail as message, params and path', () => {
    const problem = { vendor: 'acme', code: 'invalid_request', status: 400, errors: [{ code: 'too_long', detail: 'Too long.', params: { max: 3 }, path: 'n' }, { code: 'required' }] };
    expect(readProblem(problem, 'acme')).toMatchObject({
      details: [
        { code: 'too_long', message: 'Too long.', params: { max: 3 }, path: 'n' },
        { code: 'required', message: undefined, params: undefined, path: undefined },
      ],
    });
  });
});

describe('fromProblem', () => {
  it('reads a problem without errors, with its status and detail', () => {
    const e = acme.fromProblem({ type: 'urn:errs:acme:not_found', title: 't', vendor: 'acme', code: 'not_found', status: 410, detail: 'Gone.', params: { resource: 'order', id: '1' } });
    expect(e).toMatchObject({ code: 'not_found', status: 410, message: 'Gone.', known: true, details: [], requestId: undefined });
    expect(e.params).toEqual({ resource: 'order', id: '1' });
  });

  it("says why a document is not this vendor's problem+json, and where", () => {
    let failure: unknown;
    try {
      acme.fromProblem({ vendor: 'other', code: 'x', status: 400 });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ErrsParseError);
    expect((failure as ErrsParseError).message).toBe('acme: not a problem+json document of acme: a problem+json of "other", not acme at vendor');
    expect(failure).toMatchObject({ reason: 'shape', status: undefined });
    expect(() => acme.fromProblem({ vendor: 'acme', code: 'x' })).toThrow(/^acme: not a problem\+json document of acme: .+ at status$/);
  });
});

import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { acme, acmeEnvelope } from './testing/acme.js';
import { defineCatalog } from './index.js';

// Params both ways (params.ts): create checks them and names each issue; parsing keeps what is valid.
const catalog = (errors: Record<string, unknown>) => defineCatalog({ vendor: 'v', envelope: acmeEnvelope, errors: errors as never });
const createAny = (c: { create: unknown }, code: string, params?: unknown): { params: unknown } =>
  (c.create as (code: string, params?: unknown) => { params: unknown })(code, params);
const parseParams = (c: { parse: unknown }, type: string, params: unknown, options?: object): unknown =>
  (c.parse as (body: unknown, options?: object) => { params: unknown })({ error: { type, message: 'm', ...(params === undefined ? {} : { params }) } }, options).params;

describe('create checks params', () => {
  const c = catalog({
    nest: { status: 400, message: 'N.', schema: z.object({ where: z.object({ line: z.number() }), id: z.string() }), category: 'INVALID_ARGUMENT' },
    opt: { status: 400, message: 'O.', schema: z.object({ n: z.number().optional() }), category: 'INVALID_ARGUMENT' },
  });

  it('names each issue by its dotted path, joined by "; "', () => {
    expect(() => createAny(c, 'nest', { where: { line: 'x' }, id: 1 })).toThrow(
      new TypeError('v: invalid params for nest: where.line: Invalid input: expected number, received string; id: Invalid input: expected string, received number'),
    );
  });

  it('names an issue of the params themselves "(root)"', () => {
    expect(() => createAny(c, 'nest', 'oops')).toThrow(new TypeError('v: invalid params for nest: (root): Invalid input: expected object, received string'));
  });

  it('gives zod\'s error as the cause', () => {
    let thrown: unknown;
    try {
      createAny(acme, 'not_found', { resource: 'invoice', id: 'x' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as { cause: { issues: { path: unknown[] }[] } }).cause.issues.map((i) => i.path)).toEqual([['resource']]);
  });

  it('takes no params as {} for a schema whose params are all optional', () => {
    expect(createAny(c, 'opt').params).toStrictEqual({});
    expect(createAny(c, 'opt', { n: 2 }).params).toStrictEqual({ n: 2 });
  });

  it('gives a code without a schema empty params', () => {
    expect(createAny(acme, 'internal').params).toStrictEqual({});
  });
});

describe('parsed params', () => {
  it('keeps the params of a code the catalog lacks as sent, and none when it sent none', () => {
    expect(parseParams(acme, 'brand_new', { a: 1, b: 'two' })).toStrictEqual({ a: 1, b: 'two' });
    expect(parseParams(acme, 'brand_new', undefined)).toStrictEqual({});
  });

  it('drops params sent for a code that declares none', () => {
    expect(parseParams(acme, 'internal', { a: 1 })).toStrictEqual({});
  });

  it('keeps none of a declared code that sent none, and does not fail', () => {
    expect(parseParams(acme, 'not_found', undefined)).toStrictEqual({});
    expect(parseParams(acme, 'version_conflict', undefined)).toStrictEqual({});
  });

  it('leaves out a param given as undefined when it reads the params one by one', () => {
    expect(parseParams(acme, 'version_conflict', { expected: 'three', actual: undefined })).toStrictEqual({});
    expect(parseParams(acme, 'version_conflict', { expected: 'three', actual: 4 })).toStrictEqual({ actual: 4 });
  });

  // multipleOf is a check the compiled guards leave to zod: these schemas have no guard.
  const c = catalog({
    even: { status: 400, message: 'E.', schema: z.object({ n: z.number().multipleOf(2), m: z.number().multipleOf(2).optional() }), category: 'INVALID_ARGUMENT' },
    looseEven: { status: 400, message: 'L.', schema: z.looseObject({ n: z.number().multipleOf(2) }), category: 'INVALID_ARGUMENT' },
    defaulted: { status: 400, message: 'D.', schema: z.object({ id: z.string(), k: z.number().multipleOf(2).default(4) }), category: 'INVALID_ARGUMENT' },
  });

  it('for a schema zod alone checks: keeps what is valid, leaves out the rest, never fails', () => {
    expect(parseParams(c, 'even', { n: 2, m: 4 })).toStrictEqual({ n: 2, m: 4 });
    expect(parseParams(c, 'even', { n: 3, m: 4 })).toStrictEqual({ m: 4 });
    expect(parseParams(c, 'even', { n: 3, m: undefined })).toStrictEqual({});
    expect(parseParams(c, 'even', { n: 2, extra: 1 })).toStrictEqual({ n: 2 });
  });

  it('keeps the undeclared params of a loose schema zod alone checks', () => {
    expect(parseParams(c, 'looseEven', { n: 2, extra: 1 })).toStrictEqual({ n: 2, extra: 1 });
  });

  it('adds no default the wire did not send, when another param is invalid', () => {
    expect(parseParams(c, 'defaulted', { id: 5 })).toStrictEqual({});
    expect(parseParams(c, 'defaulted', { id: 'x' })).toStrictEqual({ id: 'x' });
    expect(parseParams(c, 'defaulted', { id: 5, k: 6 })).toStrictEqual({ k: 6 });
  });

  it('in strict mode, refuses invalid params with zod\'s issues, for a schema zod alone checks', () => {
    const r = (c.safeParse as (body: unknown, options: object) => { success: boolean; error?: { reason: string; message: string; issues: { path: unknown[] }[] } })(
      { error: { type: 'even', message: 'm', params: { n: 3 } } },
      { strict: true },
    );
    expect(r.success).toBe(false);
    expect(r.error?.reason).toBe('shape');
    expect(r.error?.message).toBe('v: params of even do not fit its schema');
    expect(r.error?.issues.map((i) => i.path)).toEqual([['n']]);
  });
});

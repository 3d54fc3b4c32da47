import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4/core';
import { defineCatalog } from './catalog.js';
import type { Mismatch, ReadContext, WireView } from './envelope.js';
import { isMismatch, mismatch, ownCopy, readWith } from './envelope.js';
import * as z4mini from 'zod/mini';
import { acme, acmeEnvelope } from './testing/acme.js';

describe('ownCopy', () => {
  it.each([[[]], [['code']]])('keeps a `__proto__` key as data and never sets the prototype (omit %j)', (omit) => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"code":"X","n":1}') as Record<string, unknown>;
    const copy = ownCopy(value, omit);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')).toMatchObject({ value: { polluted: true }, enumerable: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(copy).sort()).toEqual(['__proto__', 'code', 'n'].filter((k) => !omit.includes(k)));
  });

  it('copies exactly the own enumerable keys of any JSON object, less the omitted ones', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.string(), { maxLength: 3 }), (value, omit) => {
        const copy = ownCopy(value, omit);
        expect(copy).not.toBe(value);
        const expected = Object.keys(value).filter((k) => !omit.includes(k));
        expect(Object.keys(copy).sort()).toEqual(expected.sort());
        for (const key of expected) expect(Object.getOwnPropertyDescriptor(copy, key)?.value).toBe(value[key]);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives an empty record for anything that is not an object', () => {
    for (const value of [null, undefined, 'text', 42, true]) expect(ownCopy(value)).toEqual({});
  });
});

describe('the lookup the core hands an envelope', () => {
  // An envelope that keeps what the core handed it, so the test sees the context and the view.
  const seen: { read?: ReadContext; write?: WireView } = {};
  const spy = defineCatalog({
    vendor: 'acme',
    errors: acme.errors,
    envelope: {
      ...acmeEnvelope,
      read: (body, context) => ((seen.read = context), acmeEnvelope.read(body, context)),
      write: (view) => ((seen.write = view), acmeEnvelope.write(view)),
    },
  });

  it('answers a code with its template, whether it is nested, and its declared params', () => {
    spy.parse({ error: { type: 'not_found', message: 'x' } });
    const lookup = seen.read!.lookup;
    expect(lookup('not_found')).toMatchObject({ message: 'No {resource} with id {id}.', nested: false });
    expect(Object.keys(lookup('not_found')!.shape)).toEqual(['resource', 'id']);
    expect(lookup('too_long')).toMatchObject({ message: 'At most {max} characters.', nested: true });
    expect(z.safeParse(lookup('too_long')!.shape.max!, 7).success).toBe(true);
    expect(z.safeParse(lookup('too_long')!.shape.max!, '7').success).toBe(false);
    expect(lookup('invalid_request')!.shape).toEqual({});
  });

  it('answers undefined for a code the catalog lacks, and for keys of Object.prototype', () => {
    spy.parse({ error: { type: 'brand_new', message: 'x' } });
    for (const code of ['brand_new', '__proto__', 'constructor', 'toString', '']) expect(seen.read!.lookup(code)).toBeUndefined();
  });

  it('is one lookup for reading and writing, the same frozen view on every call', () => {
    spy.encode(spy.create('invalid_request', {}, { details: [{ code: 'required' }] }));
    spy.parse({ error: { type: 'internal', message: 'x' } });
    const { read, write } = seen;
    expect(write!.lookup).toBe(read!.lookup);
    expect(read!.lookup('required')).toBe(write!.lookup('required'));
    expect(Object.isFrozen(read!.lookup('required'))).toBe(true);
  });
});

describe('readWith', () => {
  const upper = z4mini.object({ code: z4mini.pipe(z4mini.string(), z4mini.transform((s: string) => s.toUpperCase())) });
  const plain = z4mini.object({ code: z4mini.string(), n: z4mini.optional(z4mini.number()) });

  it('maps the parsed data of a schema that transforms', () => {
    expect(readWith(upper, { code: 'x' }, (d) => ({ code: d.code }))).toEqual({ code: 'X' });
  });

  it('maps a valid body of a plain schema, and gives the issues of an invalid one without mapping it', () => {
    expect(readWith(plain, { code: 'x', n: 1 }, (d) => ({ code: d.code, status: d.n }))).toEqual({ code: 'x', status: 1 });
    let mapped = 0;
    const result = readWith(plain, { code: 1 }, (d) => (mapped++, { code: d.code }));
    expect(mapped).toBe(0);
    expect(isMismatch(result)).toBe(true);
    expect((result as Mismatch).issues.map((i) => i.path)).toEqual([['code']]);
    expect(isMismatch(readWith(upper, { code: 1 }, (d) => ({ code: d.code })))).toBe(true);
  });

  it('hands on a mismatch the map answers', () => {
    expect(readWith(plain, { code: 'ok' }, () => mismatch('ok is no error', ['code']))).toEqual({ issues: [{ message: 'ok is no error', path: ['code'], code: 'custom' }] });
  });
});

describe('mismatch and isMismatch', () => {
  it('is one custom issue, at the root unless told', () => {
    expect(mismatch('m')).toEqual({ issues: [{ message: 'm', path: [], code: 'custom' }] });
  });

  it('tells a mismatch from a wire error', () => {
    expect(isMismatch({ issues: [] })).toBe(true);
    expect(isMismatch({ code: 'x' })).toBe(false);
    expect(isMismatch({ code: 'issues', message: 'issues' })).toBe(false);
  });
});

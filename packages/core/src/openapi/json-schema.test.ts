import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineCatalog } from '../catalog.js';
import { readWith } from '../envelope.js';
import { toJSONSchema } from './json-schema.js';

const body = z.object({ code: z.string(), message: z.optional(z.string()) });
const v = defineCatalog({
  vendor: 'v',
  envelope: { schema: body, read: (input) => readWith(body, input, (b) => b), write: (e) => ({ body: { code: e.code, message: e.message } }) },
  errors: { A: { status: 400, message: 'a', category: 'INVALID_ARGUMENT' }, B: { status: 404, message: 'b', category: 'NOT_FOUND' } },
});

describe('toJSONSchema', () => {
  it("is the envelope's schema as JSON Schema 2020-12, with the codes listed", () => {
    const schema = toJSONSchema(v);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['code']);
    expect(Object.keys(schema.properties as object)).toEqual(['code', 'message']);
    expect(schema['x-errs-codes']).toEqual(['A', 'B']);
    expect(schema.title).toBe('v error body');
  });

  it('names no package and has no $id unless given one', () => {
    expect(toJSONSchema(v).$id).toBeUndefined();
    expect(toJSONSchema(v).description).toBe('The error response body of v, as its errs catalog reads and writes it.');
    const shipped = toJSONSchema(v, { package: '@acme/errors' });
    expect(shipped.$id).toBe('https://unpkg.com/@acme/errors/envelope.schema.json');
    expect(shipped.description).toBe('The error response body of v, as @acme/errors reads and writes it.');
    expect(toJSONSchema(v, { id: 'https://acme.test/e.json' }).$id).toBe('https://acme.test/e.json');
  });

  it('lists only the codes asked for', () => {
    expect(toJSONSchema(v, { codes: ['B'] })['x-errs-codes']).toEqual(['B']);
  });
});

describe('toJSONSchema of what a sender may leave out or JSON cannot say', () => {
  it('is the body as a sender writes it: a field with a default is not required; one JSON cannot say is open', () => {
    const loose = z.object({ code: z.string(), lang: z._default(z.string(), 'en'), at: z.bigint() });
    const w = defineCatalog({
      vendor: 'w',
      envelope: { schema: loose, read: (input) => readWith(loose, input, (b) => ({ code: b.code })), write: (e) => ({ body: { code: e.code, lang: 'en', at: 0n } }) },
      errors: { A: { status: 400, message: 'a', category: 'INVALID_ARGUMENT' } },
    });
    const schema = toJSONSchema(w);
    expect(schema.required).toEqual(['code', 'at']);
    expect((schema.properties as Record<string, unknown>).at).toEqual({});
    expect((schema.properties as Record<string, unknown>).lang).toEqual({ type: 'string', default: 'en' });
  });
});

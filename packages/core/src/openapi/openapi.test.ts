import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { defineCatalog } from '../catalog.js';
import type { CreatedError } from '../catalog-type.js';
import { readWith } from '../envelope.js';
import { EXAMPLE_UUID } from '../testing/examples.js';
import { exampleErrors, schemaName, toOpenAPI } from './index.js';
import type { JsonObject } from './index.js';

// A small catalog: two codes of one status, a 5xx, a nested code, and an envelope that, like some
// vendors', makes a new id for every error it writes unless the error has one. The code sits inside
// `error`, the params in `error.params`.
const body = z.object({
  error: z.object({ code: z.string(), message: z.string(), params: z.optional(z.record(z.string(), z.unknown())) }),
  id: z.string(),
});
let made = 0;
const shop = defineCatalog({
  vendor: 'shop',
  envelope: {
    schema: body,
    read: (input) => readWith(body, input, ({ error, id }) => ({ code: error.code, message: error.message, params: error.params, requestId: id })),
    write: (e) => ({
      body: { error: { code: e.code, message: e.message, ...(Object.keys(e.params).length ? { params: e.params } : {}) }, id: e.requestId ?? `id-${++made}` },
    }),
  },
  errors: {
    out_of_stock: { status: 409, message: 'Only {left} of {sku} left.', schema: z.object({ sku: z.string(), left: z.int() }), category: 'FAILED_PRECONDITION' },
    version_conflict: { status: 409, message: 'Version {v} is stale.', schema: z.object({ v: z.int() }), category: 'ABORTED' },
    cart_not_found: { status: 404, message: 'No cart.', category: 'NOT_FOUND' },
    crashed: { status: 500, message: 'Internal error.', category: 'INTERNAL' },
    required: { status: 400, message: 'Required.', category: 'INVALID_ARGUMENT', nested: true },
  },
});

// A flat envelope: the code a top-level property, params beside it.
const flatBody = z.looseObject({ kind: z.string(), detail: z.string() });
const flat = defineCatalog({
  vendor: 'flat',
  envelope: {
    schema: flatBody,
    read: (input) => readWith(flatBody, input, ({ kind, detail, ...rest }) => ({ code: kind, message: detail, params: rest })),
    write: (e) => ({ body: { kind: e.code, detail: e.message, ...e.params } }),
  },
  errors: {
    too_big: { status: 413, message: 'Over {limit} bytes.', schema: z.object({ limit: z.int(), unit: z.optional(z.enum(['B', 'kB'])) }), category: 'INVALID_ARGUMENT' },
    too_many: { status: 413, message: 'Too many parts.', category: 'INVALID_ARGUMENT' },
    'no.such-thing!': { status: 404, message: 'Nothing.', category: 'NOT_FOUND' },
  },
});

// An envelope that writes no code at all: nothing for a per-code schema to pin.
const bare = defineCatalog({
  vendor: 'bare',
  envelope: { schema: z.object({ message: z.string() }), read: () => ({ code: 'x' }), write: (e) => ({ body: { message: e.message } }) },
  errors: { x: { status: 400, message: 'X.', category: 'INVALID_ARGUMENT' }, y: { status: 400, message: 'Y.', category: 'INVALID_ARGUMENT' } },
});

const schemasOf = (doc: JsonObject) => (doc.components as { schemas: Record<string, JsonObject> }).schemas;
const responseOf = (doc: JsonObject, status: string) =>
  (doc.components as { responses: Record<string, { description: string; content: Record<string, { schema: JsonObject; examples: Record<string, JsonObject> }> }> }).responses[status]!;

describe('toOpenAPI', () => {
  it('holds the envelope schema and one response per status, an example per top-level code', () => {
    const doc = toOpenAPI(shop, { version: '1.2.3', docs: { version_conflict: { description: 'Fetch it again.' } } });
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toEqual({
      title: 'shop error responses',
      version: '1.2.3',
      description: "Every documented error response of shop, as its errs catalog reads and writes it. Reference a response from your own spec: $ref: './openapi.json#/components/responses/404'.",
    });
    expect(schemaName('shop')).toBe('ShopError');
    const schema = schemasOf(doc).ShopError!;
    expect(schema.required).toEqual(['error', 'id']);
    expect(schema.$schema).toBeUndefined(); // the dialect is the document's default (JSON Schema 2020-12)
    expect(Object.keys((doc.components as { responses: object }).responses)).toEqual(['404', '409', '500']);
    const conflict = responseOf(doc, '409');
    expect(conflict.description).toBe('Status 409 of shop: out_of_stock, version_conflict.');
    const media = conflict.content['application/json']!;
    expect(Object.keys(media.examples)).toEqual(['out_of_stock', 'version_conflict']);
    expect(media.examples.out_of_stock).toEqual({
      summary: 'Only 1 of <sku> left.',
      value: { error: { code: 'out_of_stock', message: 'Only 1 of <sku> left.', params: { sku: '<sku>', left: 1 } }, id: EXAMPLE_UUID },
    });
    expect(media.examples.version_conflict!.description).toBe('Fetch it again.');
    // Nested codes are details of other errors, not responses of their own.
    expect(JSON.stringify((doc.components as { responses: object }).responses)).not.toContain('"required"');
  });

  it('each example is exactly what encode writes, and a 5xx example carries the public message only', () => {
    const example = responseOf(toOpenAPI(shop), '500').content['application/json']!.examples.crashed!.value;
    const error = shop.create('crashed', {}, { requestId: EXAMPLE_UUID, message: 'db password wrong' });
    expect(example).toEqual(shop.encode(error).body);
    expect(JSON.stringify(example)).not.toContain('db password');
  });

  it('is the same document on every call, though the envelope makes a new id per error', () => {
    expect(JSON.stringify(toOpenAPI(shop))).toBe(JSON.stringify(toOpenAPI(shop)));
    expect(made).toBe(0);
  });

  it('leaves out the defaults of params, which may be made afresh on every call', () => {
    let n = 0;
    const minted = defineCatalog({
      vendor: 'minted',
      envelope: flat.envelope,
      errors: { late: { status: 504, message: 'Late.', schema: z.object({ trace: z._default(z.string(), () => `trace-${++n}`) }), category: 'DEADLINE_EXCEEDED' } },
    });
    const doc = JSON.stringify(toOpenAPI(minted));
    expect(doc).toBe(JSON.stringify(toOpenAPI(minted)));
    expect(schemasOf(JSON.parse(doc) as JsonObject)['MintedError.late']!.allOf).toEqual([
      { $ref: '#/components/schemas/MintedError' },
      { type: 'object', properties: { kind: { const: 'late' }, trace: { type: 'string' } }, required: ['kind'] },
    ]);
  });

  it('gives each code a schema: the envelope with the code a const, and its params typed where the body carries them', () => {
    const schemas = schemasOf(toOpenAPI(shop));
    expect(Object.keys(schemas)).toEqual(['ShopError', 'ShopError.out_of_stock', 'ShopError.version_conflict', 'ShopError.cart_not_found', 'ShopError.crashed', 'KnownShopError']);
    expect(schemas['ShopError.out_of_stock']).toEqual({
      description: 'Only {left} of {sku} left.',
      allOf: [
        { $ref: '#/components/schemas/ShopError' },
        {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: {
                code: { const: 'out_of_stock' },
                // Each param optional: the wire may leave any out (as `parse` reads it).
                params: { type: 'object', properties: { sku: { type: 'string' }, left: { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER } } },
              },
              required: ['code'],
            },
          },
          required: ['error'],
        },
      ],
    });
    expect(schemas['ShopError.cart_not_found']!.allOf).toEqual([
      { $ref: '#/components/schemas/ShopError' },
      { type: 'object', properties: { error: { type: 'object', properties: { code: { const: 'cart_not_found' } }, required: ['code'] } }, required: ['error'] },
    ]);
  });

  it("makes each response the union of its codes' schemas, with no discriminator where the code is not a top-level property", () => {
    const doc = toOpenAPI(shop);
    expect(responseOf(doc, '409').content['application/json']!.schema).toEqual({
      oneOf: [{ $ref: '#/components/schemas/ShopError.out_of_stock' }, { $ref: '#/components/schemas/ShopError.version_conflict' }],
    });
    expect(responseOf(doc, '404').content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/ShopError.cart_not_found' });
    expect(schemasOf(doc).KnownShopError!.oneOf).toHaveLength(4);
  });

  it('types params written beside a top-level code, and discriminates the union by it', () => {
    const doc = toOpenAPI(flat);
    const schemas = schemasOf(doc);
    expect(schemas['FlatError.too_big']!.allOf).toEqual([
      { $ref: '#/components/schemas/FlatError' },
      {
        type: 'object',
        properties: {
          kind: { const: 'too_big' },
          limit: { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
          unit: { type: 'string', enum: ['B', 'kB'] },
        },
        required: ['kind'],
      },
    ]);
    // A code a component key cannot hold gets a key that can.
    expect(Object.keys(schemas)).toContain('FlatError.no.such-thing_');
    expect(responseOf(doc, '413').content['application/json']!.schema).toEqual({
      oneOf: [{ $ref: '#/components/schemas/FlatError.too_big' }, { $ref: '#/components/schemas/FlatError.too_many' }],
      discriminator: { propertyName: 'kind', mapping: { too_big: '#/components/schemas/FlatError.too_big', too_many: '#/components/schemas/FlatError.too_many' } },
    });
  });

  it("keeps each response's schema the envelope's where no code is written, or with union: false", () => {
    for (const doc of [toOpenAPI(bare), toOpenAPI(shop, { union: false })]) {
      const name = Object.keys(schemasOf(doc))[0]!;
      expect(Object.keys(schemasOf(doc))).toEqual([name]);
      for (const response of Object.values((doc.components as { responses: Record<string, { content: Record<string, { schema: unknown }> }> }).responses)) {
        for (const media of Object.values(response.content)) expect(media.schema).toEqual({ $ref: `#/components/schemas/${name}` });
      }
    }
  });

  it('takes a title, servers, a description, the codes to document and the package that ships it', () => {
    const doc = toOpenAPI(shop, { title: 'Shop API errors', servers: ['https://api.shop.test', { url: 'http://127.0.0.1:3000', description: 'local' }], codes: ['cart_not_found', 'crashed'], package: '@shop/errors' });
    expect((doc.info as JsonObject).title).toBe('Shop API errors');
    expect((doc.info as JsonObject).description).toContain("as @shop/errors reads and writes it. Reference a response from your own spec: $ref: './node_modules/@shop/errors/openapi.json#/components/responses/404'.");
    expect(doc.servers).toEqual([{ url: 'https://api.shop.test' }, { url: 'http://127.0.0.1:3000', description: 'local' }]);
    expect(Object.keys((doc.components as { responses: object }).responses)).toEqual(['404', '500']);
    expect(schemasOf(doc).ShopError!['x-errs-codes']).toEqual(['cart_not_found', 'crashed']);
    expect(Object.keys(doc)).toEqual(['openapi', 'info', 'servers', 'components']);
    expect(Object.keys(toOpenAPI(shop))).toEqual(['openapi', 'info', 'components']);
  });
});

describe('exampleErrors', () => {
  it('creates every top-level code with example params and the example request id, typed per code', () => {
    const errors = exampleErrors(shop);
    expect(errors.map((e) => e.code)).toEqual(['out_of_stock', 'version_conflict', 'cart_not_found', 'crashed']);
    expect(errors.every((e) => e.requestId === EXAMPLE_UUID && e.known)).toBe(true);
    type Expected = CreatedError<typeof shop.errors, 'out_of_stock' | 'version_conflict' | 'cart_not_found' | 'crashed'>;
    expectTypeOf(errors[0]!.code).toEqualTypeOf<Expected['code']>();
    for (const error of errors) {
      // No cast: each error narrows by its code, and goes anywhere a catalog's error goes.
      if (error.code === 'out_of_stock') {
        expectTypeOf(error.params.left).toEqualTypeOf<number>();
        expect(error.params).toEqual({ sku: '<sku>', left: 1 });
      }
      expect(shop.parse(shop.encode(error).body).code).toBe(error.code);
    }
    expect(exampleErrors(shop, { codes: ['crashed', 'required'] }).map((e) => e.code)).toEqual(['crashed']);
  });

  it('takes the params of a code whose schema has no example, and names the code that lacks them', () => {
    const refined = defineCatalog({
      vendor: 'refined',
      envelope: flat.envelope,
      errors: { unknown_sku: { status: 404, message: 'No product {sku}.', schema: z.object({ sku: z.string().check(z.refine((s) => s.startsWith('SKU-'))) }), category: 'NOT_FOUND' } },
    });
    expect(() => exampleErrors(refined)).toThrow(
      'refined: no example params for unknown_sku (exampleOf: the example {"sku":"<sku>"} fails its schema: Invalid input); give them in options.params',
    );
    expect(exampleErrors(refined, { params: { unknown_sku: { sku: 'SKU-1' } } }).map((e) => e.params)).toEqual([{ sku: 'SKU-1' }]);
    const example = responseOf(toOpenAPI(refined, { params: { unknown_sku: { sku: 'SKU-1' } } }), '404').content['application/json']!.examples.unknown_sku!;
    expect(example.value).toEqual({ kind: 'unknown_sku', detail: 'No product SKU-1.', sku: 'SKU-1' });
    // @ts-expect-error sku is a string
    expect(() => exampleErrors(refined, { params: { unknown_sku: { sku: 1 } } })).toThrow(/invalid params for unknown_sku/);
  });
});

describe('toOpenAPI: where the envelope writes the code', () => {
  it('types a code written inside an array, at its position, with the params beside it', () => {
    const item = z.object({ code: z.optional(z.string()), message: z.string(), params: z.optional(z.record(z.string(), z.unknown())) });
    const listed = z.object({ errors: z.array(item) });
    const list = defineCatalog({
      vendor: 'list',
      envelope: {
        schema: listed,
        read: (input) => readWith(listed, input, ({ errors }) => ({ code: errors[1]?.code ?? '', message: errors[1]?.message, params: errors[1]?.params })),
        write: (e) => ({ body: { errors: [{ message: 'see the next item' }, { code: e.code, message: e.message, ...(Object.keys(e.params).length ? { params: e.params } : {}) }] } }),
      },
      errors: {
        no_sku: { status: 404, message: 'No {sku}.', schema: z.object({ sku: z.string() }), category: 'NOT_FOUND' },
        no_cart: { status: 404, message: 'No cart.', category: 'NOT_FOUND' },
      },
    });
    const schemas = schemasOf(toOpenAPI(list));
    expect(schemas['ListError.no_sku']!.allOf).toEqual([
      { $ref: '#/components/schemas/ListError' },
      {
        type: 'object',
        properties: {
          errors: {
            type: 'array',
            prefixItems: [{}, { type: 'object', properties: { code: { const: 'no_sku' }, params: { type: 'object', properties: { sku: { type: 'string' } } } }, required: ['code'] }],
            minItems: 2,
          },
        },
        required: ['errors'],
      },
    ]);
    expect(schemas['ListError.no_cart']!.allOf).toEqual([
      { $ref: '#/components/schemas/ListError' },
      { type: 'object', properties: { errors: { type: 'array', prefixItems: [{}, { type: 'object', properties: { code: { const: 'no_cart' } }, required: ['code'] }], minItems: 2 } }, required: ['errors'] },
    ]);
    // The code is no top-level property: no discriminator.
    expect(schemas.KnownListError).toEqual({
      description: 'Any documented error body of list, one schema per code.',
      oneOf: [{ $ref: '#/components/schemas/ListError.no_sku' }, { $ref: '#/components/schemas/ListError.no_cart' }],
    });
  });

  it('pins a numeric code as the number written, and does not discriminate by it', () => {
    const numbered = z.object({ code: z.number(), message: z.string() });
    const num = defineCatalog({
      vendor: 'num',
      envelope: {
        schema: numbered,
        read: (input) => readWith(numbered, input, ({ code, message }) => ({ code: String(code), message })),
        write: (e) => ({ body: { code: Number(e.code), message: e.message } }),
      },
      errors: {
        '2001': { status: 400, message: 'Bad one.', category: 'INVALID_ARGUMENT' },
        '2002': { status: 400, message: 'Bad two.', category: 'INVALID_ARGUMENT' },
      },
    });
    const doc = toOpenAPI(num);
    expect(schemasOf(doc)['NumError.2001']!.allOf).toEqual([{ $ref: '#/components/schemas/NumError' }, { type: 'object', properties: { code: { const: 2001 } }, required: ['code'] }]);
    expect(responseOf(doc, '400').content['application/json']!.schema).toEqual({
      oneOf: [{ $ref: '#/components/schemas/NumError.2001' }, { $ref: '#/components/schemas/NumError.2002' }],
    });
  });

  it('finds a code written up to 8 levels deep, and not deeper', () => {
    const nestedAt = (depth: number) => {
      const wrap = (value: unknown): unknown => {
        let out = value;
        for (let i = 0; i < depth - 1; i++) out = { in: out };
        return out;
      };
      const open = z.looseObject({});
      return defineCatalog({
        vendor: `deep${depth}`,
        envelope: { schema: open, read: () => ({ code: 'gone' }), write: (e) => ({ body: wrap({ code: e.code }) }) },
        errors: { gone: { status: 410, message: 'Gone.', category: 'NOT_FOUND' } },
      });
    };
    // depth 8: the code's path has 8 steps (7 times `in`, then `code`).
    expect(Object.keys(schemasOf(toOpenAPI(nestedAt(8))))).toEqual(['Deep8Error', 'Deep8Error.gone', 'KnownDeep8Error']);
    expect(Object.keys(schemasOf(toOpenAPI(nestedAt(9))))).toEqual(['Deep9Error']);
  });
});

describe('toOpenAPI: names and media types', () => {
  it('keeps apart codes whose keys would be the same, and names a vendor fit for a key', () => {
    const odd = defineCatalog({
      vendor: 'my shop',
      envelope: flat.envelope,
      errors: {
        'no!': { status: 404, message: 'No.', category: 'NOT_FOUND' },
        'no?': { status: 404, message: 'No?', category: 'NOT_FOUND' },
        'no*': { status: 404, message: 'No*', category: 'NOT_FOUND' },
      },
    });
    expect(schemaName('my shop')).toBe('My_shopError');
    expect(schemaName('a+b.c-d_e')).toBe('A_b.c-d_eError');
    expect(Object.keys(schemasOf(toOpenAPI(odd)))).toEqual(['My_shopError', 'My_shopError.no_', 'My_shopError.no__2', 'My_shopError.no__3', 'KnownMy_shopError']);
  });

  it("keys a response's content by the envelope's media type, without its parameters", () => {
    const typed = defineCatalog({
      vendor: 'typed',
      envelope: { ...flat.envelope, contentType: 'application/vnd.typed+json ; charset=utf-8' },
      errors: { gone: { status: 410, message: 'Gone.', category: 'NOT_FOUND' } },
    });
    expect(Object.keys(responseOf(toOpenAPI(typed), '410').content)).toEqual(['application/vnd.typed+json']);
  });
});

describe('exampleErrors: the codes option', () => {
  it('names every code the catalog lacks', () => {
    // @ts-expect-error not codes of shop
    expect(() => exampleErrors(shop, { codes: ['teapot', 'cart_not_found', 'kettle'] })).toThrow('shop has no code "teapot", "kettle" (codes option)');
    // @ts-expect-error not codes of shop
    expect(() => exampleErrors(shop, { codes: ['teapot', 'cart_not_found', 'kettle'] })).toThrow(TypeError);
  });

  it('makes the codes asked for in the order asked, and takes given params before example ones', () => {
    expect(exampleErrors(shop, { codes: ['crashed', 'cart_not_found'] }).map((e) => e.code)).toEqual(['crashed', 'cart_not_found']);
    expect(exampleErrors(shop, { codes: ['out_of_stock'], params: { out_of_stock: { sku: 'SKU-9', left: 3 } } })[0]!.params).toEqual({ sku: 'SKU-9', left: 3 });
  });
});

describe('toOpenAPI: params in another item than the code', () => {
  it('types each item at its own position, the code required, the params not', () => {
    const item = z.looseObject({});
    const split = z.object({ errors: z.array(item) });
    const two = defineCatalog({
      vendor: 'two',
      envelope: {
        schema: split,
        read: () => ({ code: 'no_sku' }),
        write: (e) => ({ body: { errors: [{ code: e.code, message: e.message }, { params: e.params }] } }),
      },
      errors: { no_sku: { status: 404, message: 'No {sku}.', schema: z.object({ sku: z.string() }), category: 'NOT_FOUND' } },
    });
    expect(schemasOf(toOpenAPI(two))['TwoError.no_sku']!.allOf).toEqual([
      { $ref: '#/components/schemas/TwoError' },
      {
        type: 'object',
        properties: {
          errors: {
            type: 'array',
            prefixItems: [
              { type: 'object', properties: { code: { const: 'no_sku' } }, required: ['code'] },
              { type: 'object', properties: { params: { type: 'object', properties: { sku: { type: 'string' } } } } },
            ],
            minItems: 1,
          },
        },
        required: ['errors'],
      },
    ]);
  });
});

describe('toOpenAPI: which params a body carries', () => {
  const make = (vendor: string, write: (e: { code: string; message: string; params: Readonly<Record<string, unknown>> }) => Record<string, unknown>) =>
    defineCatalog({
      vendor,
      envelope: { schema: z.looseObject({}), read: () => ({ code: 'too_big' }), write: (e) => ({ body: write(e) }) },
      errors: { too_big: { status: 413, message: 'Over {limit} {unit}.', schema: z.object({ limit: z.int(), unit: z.string() }), category: 'INVALID_ARGUMENT' } },
    });
  const narrowing = (vendor: string, write: Parameters<typeof make>[1]) => {
    const schemas = schemasOf(toOpenAPI(make(vendor, write)));
    const name = Object.keys(schemas).find((k) => k.endsWith('.too_big'))!;
    return (schemas[name]!.allOf as JsonObject[])[1];
  };
  const limit = { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };

  it('finds a params object whatever the order of its keys', () => {
    const reordered = narrowing('reordered', (e) => ({ code: e.code, params: Object.fromEntries(Object.entries(e.params).reverse()) }));
    expect(reordered).toEqual({ type: 'object', properties: { code: { const: 'too_big' }, params: { type: 'object', properties: { limit, unit: { type: 'string' } } } }, required: ['code'] });
  });

  it('types params beside the code only when every one is there, as created', () => {
    expect(narrowing('some', (e) => ({ code: e.code, limit: e.params.limit }))).toEqual({ type: 'object', properties: { code: { const: 'too_big' } }, required: ['code'] });
    expect(narrowing('changed', (e) => ({ code: e.code, limit: String(e.params.limit), unit: e.params.unit }))).toEqual({
      type: 'object',
      properties: { code: { const: 'too_big' } },
      required: ['code'],
    });
    expect(narrowing('all', (e) => ({ code: e.code, ...e.params }))).toEqual({ type: 'object', properties: { code: { const: 'too_big' }, limit, unit: { type: 'string' } }, required: ['code'] });
  });
});

describe('toOpenAPI: info defaults and docs without texts', () => {
  it("has version 0.0.0 unless given, and takes a description of one's own", () => {
    expect((toOpenAPI(shop).info as JsonObject).version).toBe('0.0.0');
    expect((toOpenAPI(shop, { description: 'Our errors.' }).info as JsonObject).description).toBe('Our errors.');
  });

  it('gives an example no description where the docs have none for its code', () => {
    const doc = toOpenAPI(shop, { docs: { cart_not_found: undefined, crashed: {} } });
    expect(responseOf(doc, '404').content['application/json']!.examples.cart_not_found).not.toHaveProperty('description');
    expect(responseOf(doc, '500').content['application/json']!.examples.crashed).not.toHaveProperty('description');
  });
});

describe('exampleErrors: params given for other codes', () => {
  it("does not take an object's inherited members for a code's params", () => {
    const inherited = defineCatalog({
      vendor: 'inherited',
      envelope: flat.envelope,
      errors: { constructor: { status: 400, message: 'Bad {id}.', schema: z.object({ id: z.string() }), category: 'INVALID_ARGUMENT' } },
    });
    expect(exampleErrors(inherited, { params: {} }).map((e) => [e.code, e.params])).toEqual([['constructor', { id: '<id>' }]]);
  });
});

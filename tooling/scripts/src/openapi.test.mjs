import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defineCatalog } from '@errs/core';
import { readWith } from '@errs/core/envelope';
import { z } from 'zod/mini';
import { openapiDocument, schemaName } from './openapi.mjs';

// A small catalog made with the core: two codes of one status, a 5xx, a nested code, and an envelope
// that, like some vendors', makes a new id for every error it writes unless the error has one.
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

test('holds the envelope schema and one response per status, an example per top-level code', () => {
  const doc = openapiDocument(shop, body, { version: '1.2.3', docs: { version_conflict: { description: 'Fetch it again.' } } });
  assert.equal(doc.openapi, '3.1.0');
  assert.equal(doc.info.version, '1.2.3');
  assert.equal(schemaName('shop'), 'ShopError');
  const schema = doc.components.schemas.ShopError;
  assert.deepEqual(schema.required, ['error', 'id']);
  assert.equal(schema.$schema, undefined, 'the dialect is the document default (JSON Schema 2020-12)');
  assert.deepEqual(Object.keys(doc.components.responses), ['404', '409', '500']);
  const conflict = doc.components.responses['409'].content['application/json'];
  assert.deepEqual(conflict.schema, { $ref: '#/components/schemas/ShopError' });
  assert.deepEqual(Object.keys(conflict.examples), ['out_of_stock', 'version_conflict']);
  assert.deepEqual(conflict.examples.out_of_stock, {
    summary: 'Only 1 of <sku> left.',
    value: { error: { code: 'out_of_stock', message: 'Only 1 of <sku> left.', params: { sku: '<sku>', left: 1 } }, id: '00000000-0000-4000-8000-000000000000' },
  });
  assert.equal(conflict.examples.version_conflict.description, 'Fetch it again.');
  // Nested codes are details of other errors, not responses of their own.
  assert.ok(!JSON.stringify(doc.components.responses).includes('"required"'));
});

test('each example is exactly what encode writes, and 5xx examples carry the public message only', () => {
  const doc = openapiDocument(shop, body);
  const example = doc.components.responses['500'].content['application/json'].examples.crashed.value;
  const error = shop.create('crashed', {}, { requestId: '00000000-0000-4000-8000-000000000000', message: 'db password wrong' });
  assert.deepEqual(example, shop.encode(error).body);
  assert.ok(!JSON.stringify(example).includes('db password'));
});

test('is the same document on every build, though the envelope makes a new id per error', () => {
  assert.equal(JSON.stringify(openapiDocument(shop, body)), JSON.stringify(openapiDocument(shop, body)));
  assert.ok(made === 0, 'no example relied on an id made by the envelope');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod/mini';
import { envelopeSchema } from './json-schema.mjs';

test('turns the envelope schema into JSON Schema with the codes listed', () => {
  const body = z.object({ code: z.string(), message: z.optional(z.string()) });
  const schema = envelopeSchema({ vendor: 'v', codes: ['A', 'B'] }, body);
  assert.equal(schema.type, 'object');
  assert.deepEqual(schema.required, ['code']);
  assert.deepEqual(Object.keys(schema.properties), ['code', 'message']);
  assert.deepEqual(schema['x-errs-codes'], ['A', 'B']);
  assert.match(schema.$schema, /2020-12/);
});

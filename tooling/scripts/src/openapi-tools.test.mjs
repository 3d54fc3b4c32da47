// The documents of @errs/core/openapi against the real tools, for the five vendor packages' shipped
// openapi.json and for a team's own catalog: an OpenAPI 3.1 validator, ajv (JSON Schema 2020-12) for
// every example body against the envelope, its code's schema and its response's union, openapi-typescript
// on a user's spec that references them, type-checked with tsc (the per-code union included: the same
// use fails against a document without it), and openapi-fetch reading such a response from a real
// local server.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { defineCatalog } from '@errs/core';
import { readWith } from '@errs/core/envelope';
import { toOpenAPI } from '@errs/core/openapi';
import * as z from 'zod/mini';

const require = createRequire(import.meta.url);
const packages = fileURLToPath(new URL('../../../packages/', import.meta.url));
const vendors = readdirSync(packages)
  .filter((name) => existsSync(join(packages, name, 'openapi.json')))
  .map((name) => ({ name, doc: JSON.parse(readFileSync(join(packages, name, 'openapi.json'), 'utf8')) }));

// A team's own catalog, as the core README declares it: the code inside `error`, params in `error.params`.
const body = z.object({
  error: z.object({ type: z.string(), message: z.string(), params: z.optional(z.record(z.string(), z.unknown())) }),
  request_id: z.optional(z.string()),
});
const acme = defineCatalog({
  vendor: 'acme',
  envelope: {
    schema: body,
    read: (input) => readWith(body, input, ({ error, request_id }) => ({ code: error.type, message: error.message, params: error.params, requestId: request_id })),
    write: (e) => ({ body: { error: { type: e.code, message: e.message, params: e.params }, request_id: e.requestId } }),
  },
  errors: {
    order_not_found: { status: 404, message: 'No order with id {id}.', schema: z.object({ id: z.string() }), category: 'NOT_FOUND' },
    version_conflict: { status: 409, message: 'Expected version {expected}.', schema: z.object({ expected: z.number() }), category: 'ABORTED' },
    order_locked: { status: 409, message: 'Order {id} is locked by {by}.', schema: z.object({ id: z.string(), by: z.enum(['user', 'system']) }), category: 'FAILED_PRECONDITION' },
    busy: { status: 503, message: 'Try again shortly.', category: 'UNAVAILABLE' },
    required: { status: 400, message: 'This field is required.', category: 'INVALID_ARGUMENT', nested: true },
  },
});
const documents = [...vendors, { name: 'acme (a custom catalog)', doc: toOpenAPI(acme, { version: '1.0.0' }) }];

test('every vendor package ships an openapi.json', () => {
  assert.deepEqual(vendors.map((d) => d.name).sort(), ['ayanova', 'connect', 'easydb', 'omnia', 'platform']);
});

for (const { name, doc } of documents) {
  test(`${name}: openapi.json is a valid OpenAPI 3.1 document whose refs resolve`, async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
    assert.equal(validator.version, '3.1');
    assert.doesNotThrow(() => validator.resolveRefs());
  });

  test(`${name}: every example body validates against the envelope, its code's schema and its response's union, and no other code's (ajv 2020)`, () => {
    // Annotations of OpenAPI and errs; strictTuples off: a code's schema pins the first items of an
    // array (where the wire carries the code) and leaves the rest open on purpose.
    const ajv = new Ajv2020({ strict: true, strictTuples: false, allowUnionTypes: true, allErrors: true });
    for (const keyword of ['x-errs-codes', 'discriminator', 'components']) ajv.addKeyword(keyword);
    const id = `https://errs.test/${encodeURIComponent(name)}/openapi.json`;
    ajv.addSchema({ $id: id, components: { schemas: doc.components.schemas } });
    const compiled = new Map();
    const at = (schema) => {
      if (!compiled.has(schema)) compiled.set(schema, ajv.compile({ $ref: `${id}#/components/schemas/${schema}` }));
      return compiled.get(schema);
    };
    const [envelopeKey, envelope] = Object.entries(doc.components.schemas)[0];
    const validateEnvelope = at(envelopeKey);
    let examples = 0;
    for (const [status, response] of Object.entries(doc.components.responses)) {
      for (const media of Object.values(response.content)) {
        const codes = Object.keys(media.examples);
        assert.ok(codes.length > 0, `response ${status} has examples`);
        const refs = media.schema.oneOf?.map((s) => s.$ref) ?? [media.schema.$ref];
        assert.equal(refs.length, codes.length, `${name} ${status}: one schema per code in the response's union`);
        const validateUnion = ajv.compile(refs.length === 1 ? { $ref: `${id}${refs[0]}` } : { oneOf: refs.map((r) => ({ $ref: `${id}${r}` })) });
        for (const [i, code] of codes.entries()) {
          const { value } = media.examples[code];
          assert.ok(validateEnvelope(value), `${name} ${status} ${code}: ${ajv.errorsText(validateEnvelope.errors)}`);
          assert.ok(validateUnion(value), `${name} ${status} ${code} (union): ${ajv.errorsText(validateUnion.errors)}`);
          const own = at(refs[i].split('/').pop());
          assert.ok(own(value), `${name} ${status} ${code} (its schema ${refs[i]}): ${ajv.errorsText(own.errors)}`);
          for (const other of refs.filter((_, j) => j !== i)) assert.equal(at(other.split('/').pop())(value), false, `${name} ${status} ${code} fits ${other} too`);
          assert.ok(envelope['x-errs-codes'].includes(code), `${code} is a code of the catalog`);
          assert.equal(typeof media.examples[code].summary, 'string');
          examples++;
        }
      }
    }
    assert.ok(examples > 0);
  });
}

// A user's project: @errs/connect, @errs/platform, acme's document and openapi-fetch installed, and its
// own spec whose routes answer with their error responses, referenced as the README shows.
const work = mkdtempSync(join(tmpdir(), 'errs-openapi-'));
after(() => rmSync(work, { recursive: true, force: true }));
const connect = join(packages, 'connect', 'openapi.json');
mkdirSync(join(work, 'node_modules', '@errs'), { recursive: true });
for (const vendor of ['connect', 'platform']) symlinkSync(join(packages, vendor), join(work, 'node_modules', '@errs', vendor), 'dir');
symlinkSync(realpathSync(fileURLToPath(new URL('../node_modules/openapi-fetch', import.meta.url))), join(work, 'node_modules', 'openapi-fetch'), 'dir');
writeFileSync(join(work, 'acme.json'), JSON.stringify(toOpenAPI(acme, { version: '1.0.0' })));
writeFileSync(join(work, 'acme-no-union.json'), JSON.stringify(toOpenAPI(acme, { version: '1.0.0', union: false })));
const ok = { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } } };
const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const userSpec = (acmeFile) => ({
  openapi: '3.1.0',
  info: { title: 'my shop', version: '1.0.0' },
  paths: {
    '/carts/{id}': {
      post: {
        parameters: id,
        responses: {
          200: ok,
          404: { $ref: './node_modules/@errs/connect/openapi.json#/components/responses/404' },
          409: { $ref: './node_modules/@errs/connect/openapi.json#/components/responses/409' },
        },
      },
    },
    '/bots/{id}': {
      post: { parameters: id, responses: { 200: ok, 429: { $ref: './node_modules/@errs/platform/openapi.json#/components/responses/429' }, 409: { $ref: './node_modules/@errs/platform/openapi.json#/components/responses/409' } } },
    },
    '/orders/{id}': {
      post: { parameters: id, responses: { 200: ok, 404: { $ref: `./${acmeFile}#/components/responses/404` }, 409: { $ref: `./${acmeFile}#/components/responses/409` } } },
    },
  },
});

// What a user writes against the generated types: each vendor's errors narrowed by their code.
const use = `import createClient from 'openapi-fetch';
import type { paths } from './api';

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1' });

export async function bump(id: string): Promise<string> {
  const { data, error } = await client.POST('/carts/{id}', { params: { path: { id } } });
  if (error) {
    const status: number = error.statusCode;
    const code: string = error.errors[0].code; // the error's own code is the first item
    // @ts-expect-error: statusCode is a number in the vendor's envelope
    const wrong: string = error.statusCode;
    if (error.errors[0].code === 'ConcurrentModification') {
      const version: number | undefined = error.errors[0].currentVersion; // the code's params, typed
      return \`\${status} \${code} \${wrong} \${version}\`;
    }
    return code;
  }
  return data.id;
}

export async function bot(id: string): Promise<string> {
  const { data, error } = await client.POST('/bots/{id}', { params: { path: { id } } });
  if (error) {
    switch (error.type) {
      case 'RateLimited':
      case 'RelationConflict':
      case 'ReferenceConstraint':
      case 'AlreadyExists':
      case 'ResourceLockedConflict':
        return error.type;
      default: {
        const none: never = error; // every code of 409 and 429 is handled
        return none;
      }
    }
  }
  return data.id;
}

export async function order(id: string): Promise<string> {
  const { data, error } = await client.POST('/orders/{id}', { params: { path: { id } } });
  if (error) {
    const type: 'order_not_found' | 'version_conflict' | 'order_locked' = error.error.type;
    switch (error.error.type) {
      case 'order_not_found':
        return error.error.params?.id ?? type;
      case 'version_conflict': {
        const expected: number | undefined = error.error.params?.expected;
        return String(expected);
      }
      case 'order_locked': {
        const by: 'user' | 'system' | undefined = error.error.params?.by;
        return by ?? type;
      }
      default: {
        const none: never = error.error;
        return none;
      }
    }
  }
  return data.id;
}
`;

async function typecheck(acmeFile) {
  const specPath = join(work, `spec-${acmeFile}`);
  writeFileSync(specPath, JSON.stringify(userSpec(acmeFile)));
  writeFileSync(join(work, 'api.d.ts'), astToString(await openapiTS(pathToFileURL(specPath))));
  writeFileSync(join(work, 'use.ts'), use);
  // Each document's own types too, as .ts (skipLibCheck would skip a .d.ts): every one must compile.
  const own = [];
  for (const { name, doc } of documents) {
    const file = `own-${name.split(' ')[0]}.ts`;
    writeFileSync(join(work, file), astToString(await openapiTS(doc)));
    own.push(file);
  }
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: true },
      files: ['use.ts', ...own],
    }),
  );
  const tsc = require.resolve('typescript/bin/tsc');
  const run = await promisify(execFile)(process.execPath, [tsc, '-p', work], { timeout: 120_000 }).catch((e) => e);
  return { code: run.code ?? 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}

test("openapi-typescript types every vendor's responses", async () => {
  for (const { name } of vendors) {
    const file = join(packages, name, 'openapi.json');
    const own = astToString(await openapiTS(pathToFileURL(file)));
    assert.match(own, /schemas: \{[^]*Error: \{[^]*responses: \{/);
    for (const status of Object.keys(JSON.parse(readFileSync(file, 'utf8')).components.responses)) assert.match(own, new RegExp(`\\b${status}: \\{`), `${name} ${status}`);
  }
});

test("openapi-typescript types every document and the referenced responses as a union per code, and tsc accepts them and a typed openapi-fetch use narrowing on it", async () => {
  const { code, output } = await typecheck('acme.json');
  assert.equal(code, 0, output);
});

test('the same use fails to type-check against a document without the per-code union (the union is what it relies on)', async () => {
  const { code, output } = await typecheck('acme-no-union.json');
  assert.notEqual(code, 0);
  assert.match(output, /use\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type '"order_not_found" \| "version_conflict" \| "order_locked"'/);
});

async function served(status, example, call) {
  const server = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(example));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await call(createClient({ baseUrl: `http://127.0.0.1:${server.address().port}` }));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

test("openapi-fetch gives the vendor's body of a referenced response from a real server, as the example shows", async () => {
  const doc = JSON.parse(readFileSync(connect, 'utf8'));
  const example = doc.components.responses['409'].content['application/json'].examples.ConcurrentModification.value;
  const { data, error, response } = await served(409, example, (client) => client.POST('/carts/{id}', { params: { path: { id: 'c-1' } }, signal: AbortSignal.timeout(10_000) }));
  assert.equal(data, undefined);
  assert.equal(response.status, 409);
  assert.deepEqual(error, example);
  assert.equal(error.errors[0].code, 'ConcurrentModification');
});

test("openapi-fetch gives a custom catalog's body as its example shows, and the catalog parses it back", async () => {
  const example = toOpenAPI(acme).components.responses['409'].content['application/json'].examples.version_conflict.value;
  const { error } = await served(409, example, (client) => client.POST('/orders/{id}', { params: { path: { id: 'o-1' } }, signal: AbortSignal.timeout(10_000) }));
  assert.deepEqual(error, { error: { type: 'version_conflict', message: 'Expected version 1.', params: { expected: 1 } }, request_id: '00000000-0000-4000-8000-000000000000' });
  const parsed = acme.parse(error, { status: 409 });
  assert.equal(parsed.code, 'version_conflict');
  assert.equal(parsed.params.expected, 1);
});

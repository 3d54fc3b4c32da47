// The vendor packages' openapi.json against the real tools: an OpenAPI 3.1 validator, ajv (JSON
// Schema 2020-12) for every example body, openapi-typescript on a user's spec that references one,
// type-checked with tsc, and openapi-fetch reading such a response from a real local server.
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

const require = createRequire(import.meta.url);
const packages = fileURLToPath(new URL('../../../packages/', import.meta.url));
const documents = readdirSync(packages)
  .filter((name) => existsSync(join(packages, name, 'openapi.json')))
  .map((name) => ({ name, path: join(packages, name, 'openapi.json'), doc: JSON.parse(readFileSync(join(packages, name, 'openapi.json'), 'utf8')) }));

test('every vendor package ships an openapi.json', () => {
  assert.deepEqual(documents.map((d) => d.name).sort(), ['ayanova', 'connect', 'easydb', 'omnia', 'platform']);
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

  test(`${name}: every example body validates against the envelope's JSON Schema (ajv 2020)`, () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    ajv.addKeyword('x-errs-codes');
    const [schemaKey, schema] = Object.entries(doc.components.schemas)[0];
    const validate = ajv.compile(schema);
    let examples = 0;
    for (const [status, response] of Object.entries(doc.components.responses)) {
      for (const media of Object.values(response.content)) {
        assert.equal(media.schema.$ref, `#/components/schemas/${schemaKey}`);
        assert.ok(Object.keys(media.examples).length > 0, `response ${status} has examples`);
        for (const [code, example] of Object.entries(media.examples)) {
          assert.ok(validate(example.value), `${name} ${status} ${code}: ${ajv.errorsText(validate.errors)}`);
          assert.ok(schema['x-errs-codes'].includes(code), `${code} is a code of the catalog`);
          assert.equal(typeof example.summary, 'string');
          examples++;
        }
      }
    }
    assert.ok(examples > 0);
  });
}

// A user's project: @errs/connect and openapi-fetch installed, and its own spec with one route whose
// 404 and 409 are the vendor's, referenced from the package as the README shows.
const work = mkdtempSync(join(tmpdir(), 'errs-openapi-'));
after(() => rmSync(work, { recursive: true, force: true }));
const connect = join(packages, 'connect', 'openapi.json');
mkdirSync(join(work, 'node_modules', '@errs'), { recursive: true });
symlinkSync(join(packages, 'connect'), join(work, 'node_modules', '@errs', 'connect'), 'dir');
symlinkSync(realpathSync(fileURLToPath(new URL('../node_modules/openapi-fetch', import.meta.url))), join(work, 'node_modules', 'openapi-fetch'), 'dir');
const userSpec = {
  openapi: '3.1.0',
  info: { title: 'my shop', version: '1.0.0' },
  paths: {
    '/carts/{id}': {
      post: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } } },
          404: { $ref: './node_modules/@errs/connect/openapi.json#/components/responses/404' },
          409: { $ref: './node_modules/@errs/connect/openapi.json#/components/responses/409' },
        },
      },
    },
  },
};

test('openapi-typescript types the referenced responses, and tsc accepts a typed openapi-fetch use', async () => {
  const own = astToString(await openapiTS(pathToFileURL(connect)));
  assert.match(own, /schemas: \{[^]*ConnectError: \{[^]*responses: \{/);
  for (const status of Object.keys(JSON.parse(readFileSync(connect, 'utf8')).components.responses)) assert.match(own, new RegExp(`\\b${status}: \\{`));
  const specPath = join(work, 'spec.json');
  writeFileSync(specPath, JSON.stringify(userSpec));
  const types = astToString(await openapiTS(pathToFileURL(specPath)));
  assert.match(types, /statusCode: number/);
  assert.match(types, /409: \{/);
  writeFileSync(join(work, 'api.d.ts'), types);
  writeFileSync(
    join(work, 'use.ts'),
    `import createClient from 'openapi-fetch';
import type { paths } from './api';

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1' });

export async function bump(id: string): Promise<string> {
  const { data, error } = await client.POST('/carts/{id}', { params: { path: { id } } });
  if (error) {
    const status: number = error.statusCode;
    const code: string = error.errors?.[0]?.code ?? 'none'; // errors is optional in Connect's ErrorResponse
    // @ts-expect-error: statusCode is a number in the vendor's envelope
    const wrong: string = error.statusCode;
    return \`\${status} \${code} \${wrong}\`;
  }
  return data.id;
}
`,
  );
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: true },
      files: ['use.ts'],
    }),
  );
  const tsc = require.resolve('typescript/bin/tsc');
  const run = await promisify(execFile)(process.execPath, [tsc, '-p', work], { timeout: 120_000 }).catch((e) => e);
  assert.equal(run.code ?? 0, 0, `${run.stdout ?? ''}${run.stderr ?? ''}`);
});

test('openapi-fetch gives the vendor body of a referenced response from a real server, as the example shows', async () => {
  const doc = JSON.parse(readFileSync(connect, 'utf8'));
  const example = doc.components.responses['409'].content['application/json'].examples.ConcurrentModification.value;
  const server = createServer((_req, res) => {
    res.writeHead(409, { 'content-type': 'application/json' });
    res.end(JSON.stringify(example));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const client = createClient({ baseUrl: `http://127.0.0.1:${server.address().port}` });
    const { data, error, response } = await client.POST('/carts/{id}', { params: { path: { id: 'c-1' } }, signal: AbortSignal.timeout(10_000) });
    assert.equal(data, undefined);
    assert.equal(response.status, 409);
    assert.deepEqual(error, example);
    assert.equal(error.errors[0].code, 'ConcurrentModification');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

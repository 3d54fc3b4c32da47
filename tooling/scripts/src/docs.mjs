#!/usr/bin/env node
// errs-docs [--check] [package dir]: writes the views generated from a vendor package's built catalog
// (dist/index.js, and the codes' documentation texts of dist/docs.js where it has one): the codes table of its README, envelope.schema.json (JSON Schema of the wire
// body) and openapi.json (OpenAPI 3.1: that schema and one response per status, with an example per
// code). With --check, fails instead when any is out of date (CI).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codesTable, withTable } from './codes-table.mjs';
import { envelopeSchema } from './json-schema.mjs';
import { openapiDocument } from './openapi.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const { catalog, bodySchema } = await import(pathToFileURL(resolve(dir, 'dist/index.js')).href);
const docsFile = resolve(dir, 'dist/docs.js');
const { docs } = existsSync(docsFile) ? await import(pathToFileURL(docsFile).href) : { docs: {} };
const { version } = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const views = [
  { path: resolve(dir, 'README.md'), make: (current) => withTable(current, codesTable(catalog, docs)) },
  { path: resolve(dir, 'envelope.schema.json'), make: () => json(envelopeSchema(catalog, bodySchema)) },
  { path: resolve(dir, 'openapi.json'), make: () => json(openapiDocument(catalog, bodySchema, { version, docs })) },
];

let stale = 0;
for (const { path, make } of views) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const next = make(current);
  if (current === next) continue;
  if (check) {
    console.error(`errs-docs: ${path} is out of date; run \`pnpm --filter @errs/${catalog.vendor} docs\``);
    stale++;
  } else {
    writeFileSync(path, next);
    console.log(`errs-docs: wrote ${path}`);
  }
}
if (stale > 0) process.exit(1);
console.log(`errs-docs: ${catalog.vendor}: README codes table, envelope.schema.json and openapi.json ${check ? "are up to date" : "written"} (${catalog.codes.length} codes)`);

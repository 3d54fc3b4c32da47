#!/usr/bin/env node
// errs-docs [--check] [package dir]: writes the views generated from a vendor package's built catalog
// (dist/index.js): the codes table of its README and envelope.schema.json (JSON Schema of the wire
// body, for OpenAPI users). With --check, fails instead when either is out of date (CI).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codesTable, withTable } from './codes-table.mjs';
import { envelopeSchema } from './json-schema.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const { catalog, bodySchema } = await import(pathToFileURL(resolve(dir, 'dist/index.js')).href);

const views = [
  { path: resolve(dir, 'README.md'), make: (current) => withTable(current, codesTable(catalog)) },
  { path: resolve(dir, 'envelope.schema.json'), make: () => `${JSON.stringify(envelopeSchema(catalog, bodySchema), null, 2)}\n` },
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
console.log(`errs-docs: ${catalog.vendor}: README codes table and envelope.schema.json ${check ? "are up to date" : "written"} (${catalog.codes.length} codes)`);

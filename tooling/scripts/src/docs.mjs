#!/usr/bin/env node
// errs-docs [--check] [package dir]: writes the files a vendor package ships, made by the public
// generators of @errs/core/openapi from its built catalog (dist/index.js, and the documentation texts
// of dist/docs.js where it has one): the codes table of its README, envelope.schema.json and
// openapi.json. With --check, fails instead when any is out of date (CI: each vendor's `test`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJSONSchema, toMarkdown, toOpenAPI } from '@errs/core/openapi';
import { withTable } from './readme-section.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const { catalog } = await import(pathToFileURL(resolve(dir, 'dist/index.js')).href);
const docsFile = resolve(dir, 'dist/docs.js');
const { docs } = existsSync(docsFile) ? await import(pathToFileURL(docsFile).href) : { docs: {} };
const { name, version } = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const table = `${catalog.codes.length} codes, generated from \`src/catalog.ts\` by \`errs-docs\`; do not edit by hand.\n\n${toMarkdown(catalog, { docs })}`;

const views = [
  { path: resolve(dir, 'README.md'), make: (current) => withTable(current, table) },
  { path: resolve(dir, 'envelope.schema.json'), make: () => json(toJSONSchema(catalog, { package: name })) },
  { path: resolve(dir, 'openapi.json'), make: () => json(toOpenAPI(catalog, { package: name, version, docs })) },
];

let stale = 0;
for (const { path, make } of views) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const next = make(current);
  if (current === next) continue;
  if (check) {
    console.error(`errs-docs: ${path} is out of date; run \`pnpm --filter ${name} docs\``);
    stale++;
  } else {
    writeFileSync(path, next);
    console.log(`errs-docs: wrote ${path}`);
  }
}
if (stale > 0) process.exit(1);
console.log(`errs-docs: ${catalog.vendor}: README codes table, envelope.schema.json and openapi.json ${check ? 'are up to date' : 'written'} (${catalog.codes.length} codes)`);

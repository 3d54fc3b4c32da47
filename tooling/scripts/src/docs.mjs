#!/usr/bin/env node
// errs-docs [--check] [package dir]: writes the codes table of a vendor package's README from its
// built catalog (dist/index.js). With --check, fails instead when the README is out of date (CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codesTable, withTable } from './codes-table.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const { catalog } = await import(pathToFileURL(resolve(dir, 'dist/index.js')).href);
const path = resolve(dir, 'README.md');
const current = readFileSync(path, 'utf8');
const next = withTable(current, codesTable(catalog));
if (current === next) {
  console.log(`errs-docs: ${catalog.vendor} README is up to date (${catalog.codes.length} codes)`);
} else if (check) {
  console.error(`errs-docs: ${path} is out of date; run \`pnpm --filter @errs/${catalog.vendor} docs\``);
  process.exit(1);
} else {
  writeFileSync(path, next);
  console.log(`errs-docs: wrote ${catalog.codes.length} codes into ${path}`);
}

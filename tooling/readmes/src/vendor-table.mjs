#!/usr/bin/env node
// node src/vendor-table.mjs [--check] [README path]: writes the number of codes of each vendor package into the
// root README's table of packages (the rows between the markers), from the built catalogs. The rest
// of the table is prose, edited by hand. With --check, fails instead when a count is stale (CI).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './samples.mjs';

export const START = '<!-- vendor-codes:start -->';
export const END = '<!-- vendor-codes:end -->';

const ROW = /^(\|.*\|)([^|]*)\|\s*$/; // the last cell of a table row
const PACKAGE = /`(@errs\/[a-z0-9-]+)`/;

/**
 * The README with the last cell of each row that names a package of `counts` set to its count.
 * Throws when the markers are missing, or when a package of `counts` has no row.
 * @param {string} readme
 * @param {ReadonlyMap<string, number>} counts package name -> number of codes
 */
export function withCounts(readme, counts) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README lacks the ${START} ... ${END} markers`);
  const seen = new Set();
  const rows = readme
    .slice(start + START.length, end)
    .split('\n')
    .map((line) => {
      const name = PACKAGE.exec(line)?.[1];
      const row = ROW.exec(line);
      if (name === undefined || row === null || !counts.has(name)) return line;
      seen.add(name);
      return `${row[1]} ${counts.get(name)} |`;
    });
  const missing = [...counts.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`the README's table of packages has no row for ${missing.join(', ')}`);
  return `${readme.slice(0, start + START.length)}${rows.join('\n')}${readme.slice(end)}`;
}

/** Package name -> number of codes, for every package of packages/ whose entry exports a catalog. */
export async function vendorCounts() {
  const counts = new Map();
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const { name, exports } = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    if (exports === undefined) continue; // a command only (@errs/cli): nothing to import
    let entry;
    try {
      entry = await import(name);
    } catch (error) {
      throw new Error(`${name} does not load from @errs/readmes (a devDependency of it? built?)`, { cause: error });
    }
    if (entry.catalog !== undefined) counts.set(name, entry.catalog.codes.length);
  }
  return counts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const path = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, 'README.md'));
  const current = readFileSync(path, 'utf8');
  const counts = await vendorCounts();
  const next = withCounts(current, counts);
  const summary = [...counts].map(([name, n]) => `${name} ${n}`).join(', ');
  if (current === next) {
    console.log(`vendor-table: ${path}: the codes per vendor are up to date (${summary})`);
  } else if (check) {
    console.error(`vendor-table: ${path}: the codes per vendor are out of date (${summary}); run \`pnpm --filter @errs/readmes docs\``);
    process.exit(1);
  } else {
    writeFileSync(path, next);
    console.log(`vendor-table: wrote the codes per vendor into ${path} (${summary})`);
  }
}

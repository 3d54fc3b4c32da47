#!/usr/bin/env node
// node src/readme-table.mjs [--check]: writes the core README's table of runtimes (between its
// markers) from results.json, which the suite (runtimes.test.ts) writes after each complete run.
// With --check, fails instead when the README's table is not the one the last run gives (CI); a newer
// version of an unpinned runtime (the machine's Node, Debian's Chromium) alone is only reported.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withShownVersions, withTable } from './results.mjs';

const results = fileURLToPath(new URL('../results.json', import.meta.url));
const readme = fileURLToPath(new URL('../../../packages/core/README.md', import.meta.url));

const check = process.argv.includes('--check');
const current = readFileSync(readme, 'utf8');
const last = JSON.parse(readFileSync(results, 'utf8'));
const next = withTable(current, last);
const lenient = check ? withShownVersions(current, last) : undefined;
if (current === next) {
  console.log(`readme-table: ${readme}: the table of runtimes is the last run's`);
} else if (lenient && current === withTable(current, lenient.results)) {
  console.log(`readme-table: ${readme}: the table of runtimes is the last run's, but for newer unpinned runtimes: ${lenient.newer.join(', ')} (\`pnpm --filter @errs/runtimes docs\` records them)`);
} else if (check) {
  console.error(`readme-table: ${readme}: the table of runtimes is not the last run's (results.json); run \`pnpm --filter @errs/runtimes docs\``);
  process.exit(1);
} else {
  writeFileSync(readme, next);
  console.log(`readme-table: wrote the table of runtimes into ${readme}`);
}

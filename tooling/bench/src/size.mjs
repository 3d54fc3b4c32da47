#!/usr/bin/env node
// Bundle sizes: esbuild (JS API) bundles, minified, gzipped with node:zlib, of the entries a user
// ships. `node src/size.mjs` prints the table (and what dominates each bundle, from esbuild's
// metafile); `--check` exits 1 when a bundle is over its budget in budgets.json (size is
// deterministic for a given lockfile, so this is a fair CI check); `--json` prints raw figures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const vendors = ['omnia', 'ayanova', 'easydb', 'connect', 'platform'];

/** name -> [source of the entry, what it is] */
export const entries = {
  'connect client': [
    `import { catalog } from '@errs/connect';
     export const onError = (response) => catalog.fromResponse(response);`,
    "`import { catalog } from '@errs/connect'` + `catalog.fromResponse` (zod included)",
  ],
  'guard only': [`export { isErrsError } from '@errs/core';`, '`isErrsError` from @errs/core'],
  // The one-line client setup of @errs/core/fetch (what the playground's live client runs).
  'connect errsFetch': [
    `import { catalog } from '@errs/connect';
     import { errsFetch } from '@errs/core/fetch';
     export const fetch = errsFetch(catalog);`,
    "`errsFetch(catalog)` of @errs/core/fetch with @errs/connect's catalog (zod included)",
  ],
  'five vendors': [
    vendors.map((v) => `import { catalog as ${v} } from '@errs/${v}';`).join('\n') +
      `\nexport const onError = { ${vendors.map((v) => `${v}: (r) => ${v}.fromResponse(r)`).join(', ')} };`,
    "the five vendors' client paths (`catalog.fromResponse` of each)",
  ],
  'core alone': [
    `export { defineCatalog, match, retryDelay } from '@errs/core';`,
    '`defineCatalog` + `match` + `retryDelay` from @errs/core',
  ],
  // Each vendor's client path alone, for the record (budgeted like the connect one).
  ...Object.fromEntries(
    vendors
      .filter((v) => v !== 'connect')
      .map((v) => [
        `${v} client`,
        [`import { catalog } from '@errs/${v}';\nexport const onError = (response) => catalog.fromResponse(response);`, `\`catalog.fromResponse\` of @errs/${v}`],
      ]),
  ),
  // Floors, for the targets: what a vendor's bundle holds before any of @errs/core. DESIGN.md has
  // each code's params as a zod schema in catalog.ts, so its data and the zod it builds are in
  // every client bundle; and no zod schema bundles smaller than the smallest object.
  'zod/mini smallest object': [`import * as z from 'zod/mini';\nexport const schema = z.object({ a: z.string() });`, '`z.object({ a: z.string() })` of zod/mini alone'],
  ...Object.fromEntries(
    vendors.map((v) => [
      `${v} catalog.ts + zod`,
      [`export { errors } from '../../packages/${v}/src/catalog.ts';`, `the \`errors\` of packages/${v}/src/catalog.ts (zod schemas built), no @errs/core`],
    ]),
  ),
  'five catalog.ts + zod': [
    vendors.map((v) => `export { errors as ${v} } from '../../packages/${v}/src/catalog.ts';`).join('\n'),
    'the five `errors` together (zod schemas built), no @errs/core',
  ],
  // The zod choice: the same envelope schema + safeParse in the three flavours (src/zod/*.ts).
  'zod classic envelope': [`export { parseEnvelope } from './src/zod/classic.ts';`, 'src/zod/classic.ts'],
  'zod/mini envelope': [`export { parseEnvelope } from './src/zod/mini.ts';`, 'src/zod/mini.ts'],
  'zod/v4/core envelope': [`export { parseEnvelope } from './src/zod/core.ts';`, 'src/zod/core.ts'],
};

/** Which package (or folder) an input path belongs to. */
function owner(path) {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (m) {
    const [, pkg, rest] = m;
    if (pkg === 'zod') return `zod/${rest.split('/').slice(0, 3).join('/').replace(/\/[^/]+\.(js|cjs|mjs)$/, '')}`;
    return pkg;
  }
  const p = /packages\/([^/]+)\//.exec(path);
  return p ? `@errs/${p[1]}` : path.replace(/^.*tooling\/bench\//, '');
}

/** With `fromSource`, @errs/* resolve to their src/ (TypeScript), so the metafile tells which module costs what. */
const sourceAliases = {
  ...Object.fromEntries(['core', ...vendors].map((p) => [`@errs/${p}`, join(root, `../../packages/${p}/src/index.ts`)])),
  // Each subpath by name: an alias of `@errs/core` alone would send `@errs/core/envelope` to `index.ts/envelope`.
  '@errs/core/envelope': join(root, '../../packages/core/src/envelope-entry.ts'),
  '@errs/core/fetch': join(root, '../../packages/core/src/clients/fetch.ts'),
};

/**
 * For `--without-docs`: the catalogs as they would bundle if the per-code documentation texts
 * (`description`, `source`), which no method reads on the parse path, lived elsewhere. A what-if for
 * the size targets (see BENCHMARKS.md), not a build anyone ships.
 */
const withoutDocs = {
  name: 'without-docs',
  setup(b) {
    b.onLoad({ filter: /packages\/\w+\/src\/catalog\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      // `description: '...'`, `source: \`...\`` (strings, possibly joined with +) or `source: CONSTANT`.
      const property = /\n\s*(?:description|source):\s*(?:(['"`])(?:\\.|(?!\1)[^\\])*\1(?:\s*\+\s*(['"`])(?:\\.|(?!\2)[^\\])*\2)*|[A-Za-z_$][\w$]*),/g;
      return { contents: text.replace(property, ''), loader: 'ts' };
    });
  },
};

export async function measure(name, { fromSource = false, stripDocs = false } = {}) {
  const [contents] = entries[name];
  const result = await build({
    ...(fromSource ? { alias: sourceAliases } : {}),
    ...(stripDocs ? { plugins: [withoutDocs] } : {}),
    stdin: { contents, resolveDir: root, sourcefile: `${name}.js`, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const by = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) by.set(owner(path), (by.get(owner(path)) ?? 0) + bytesInOutput);
  const top = [...by].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]);
  const files = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => [path.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^.*packages\//, 'packages/'), bytesInOutput])
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1]);
  return { name, minified: code.length, gzip, top, files };
}

const kB = (n) => `${(n / 1024).toFixed(2)} kB`;
const args = new Set(process.argv.slice(2));

const results = [];
for (const name of Object.keys(entries)) results.push(await measure(name));

if (args.has('--json')) {
  console.log(JSON.stringify(results.map(({ name, minified, gzip, top }) => ({ name, minified, gzip, top })), null, 2));
} else {
  console.log('| bundle | what | minified | gzip | budget (gzip) | target (gzip) | status |');
  console.log('|---|---|--:|--:|--:|--:|---|');
  for (const r of results) {
    const b = budgets.size[r.name];
    const budget = b === undefined ? '' : r.gzip <= b.gzip ? 'within budget' : `**over budget by ${r.gzip - b.gzip} B**`;
    const target = b?.target === undefined ? '' : r.gzip <= b.target ? ', target met' : `, **target missed by ${r.gzip - b.target} B**`;
    const status = budget + target;
    console.log(`| ${r.name} | ${entries[r.name][1]} | ${kB(r.minified)} | ${kB(r.gzip)} | ${b ? kB(b.gzip) : '-'} | ${b?.target ? kB(b.target) : '-'} | ${status} |`);
  }
  if (args.has('--verbose') || !args.has('--check')) {
    console.log('\nWhat each bundle is made of (minified bytes before gzip, from the esbuild metafile):\n');
    for (const r of results) console.log(`- ${r.name}: ${r.top.map(([p, b]) => `${p} ${kB(b)}`).join(', ')}`);
  }
  if (args.has('--verbose')) {
    for (const r of results) {
      console.log(`\n${r.name}: largest inputs`);
      for (const [f, b] of r.files.slice(0, 15)) console.log(`  ${String(b).padStart(7)}  ${f}`);
    }
  }
}

if (args.has('--explain')) {
  // Per source module of the packages (bundled from src/, so figures differ slightly from dist/).
  for (const name of ['connect client', 'five vendors', 'core alone']) {
    const r = await measure(name, { fromSource: true });
    console.log(`\n${name} (from src): ${kB(r.minified)} minified, ${kB(r.gzip)} gzip; largest modules`);
    for (const [f, b] of r.files.slice(0, 20)) console.log(`  ${String(b).padStart(7)}  ${f}`);
  }
}

if (args.has('--without-docs')) {
  console.log('\nWithout the per-code `description` and `source` texts (bundled from src; what-if, not shipped):\n');
  console.log('| bundle | gzip (from src) | without docs | saved |');
  console.log('|---|--:|--:|--:|');
  for (const name of ['connect client', 'easydb client', 'five vendors', 'five catalog.ts + zod']) {
    const [full, lean] = [await measure(name, { fromSource: true }), await measure(name, { fromSource: true, stripDocs: true })];
    console.log(`| ${name} | ${kB(full.gzip)} | ${kB(lean.gzip)} | ${kB(full.gzip - lean.gzip)} |`);
  }
}

if (args.has('--check')) {
  const over = results.filter((r) => budgets.size[r.name] !== undefined && r.gzip > budgets.size[r.name].gzip);
  const missing = Object.keys(budgets.size).filter((n) => !(n in entries));
  for (const r of over) console.error(`size: ${r.name} is ${r.gzip} B gzipped, over its budget of ${budgets.size[r.name].gzip} B`);
  for (const n of missing) console.error(`size: budgets.json names "${n}", which is not a measured bundle`);
  if (over.length || missing.length) process.exit(1);
  console.log(`size: ${results.filter((r) => budgets.size[r.name]).length} bundles within budget`);
}

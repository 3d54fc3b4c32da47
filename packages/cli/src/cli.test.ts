// The `errs` bin as a team runs it: the built dist/cli.js in a child process, on catalog modules
// in TypeScript, ESM and CommonJS, with its exit codes, its output and the files it writes.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toOpenAPI } from '@errs/core/openapi';
import { afterAll, describe, expect, it } from 'vitest';
import { acme } from './fixtures/acme.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'errs-cli-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function errs(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: fixtures, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('errs --help', () => {
  it('prints the commands, and each command its options, exiting 0', async () => {
    const main = await errs('--help');
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Usage: errs <command> <module>[#export] [options]');
    for (const command of ['verify', 'openapi', 'schema', 'docs']) {
      const help = await errs(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout.startsWith(`errs ${command} <module>[#export] [options]`)).toBe(true);
      expect((await errs('help', command)).stdout).toBe(help.stdout);
    }
    expect((await errs('openapi', '--help')).stdout).toContain('--check        with --out: write nothing, exit 1 when FILE is not what would be written (CI)');
  });

  it('prints the help and exits 2 when given no command, and names an unknown command', async () => {
    const none = await errs();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Commands:');
    expect(await errs('frob', 'x.ts')).toMatchObject({ code: 2, stderr: 'errs: unknown command "frob"; the commands: verify, openapi, schema, docs (see errs --help)\n' });
  });
});

describe('errs verify', () => {
  it('passes a TypeScript catalog module (importing ./envelope.js for envelope.ts), fuzzing included', async () => {
    expect(await errs('verify', './acme.ts')).toEqual({ code: 0, stdout: '✓ acme (vendor acme, 3 codes): verifyCatalog passed\n', stderr: '' });
  });

  it('takes CommonJS, and every catalog of a module (each once) unless one is named', async () => {
    expect((await errs('verify', './shop.cjs', '--no-fuzz')).stdout).toBe('✓ shop (vendor shop, 1 code): verifyCatalog passed\n');
    expect((await errs('verify', './two.mjs', '--no-fuzz')).stdout).toBe(
      '✓ billing (vendor billing, 1 code): verifyCatalog passed\n✓ shipping (vendor shipping, 1 code): verifyCatalog passed\n',
    );
    expect((await errs('verify', './two.mjs#billing', '--no-fuzz')).stdout).toBe('✓ billing (vendor billing, 1 code): verifyCatalog passed\n');
  });

  it("prints each failure's sentence and exits 1", async () => {
    const run = await errs('verify', './broken.mjs', '--no-fuzz');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('✗ broken (vendor broken, 1 code): verifyCatalog found 2 failures:');
    expect(lines[1]).toBe('  - round trip of gone: parse of the encoded body {"code":"gone_v2","message":"Gone."} gave code "gone_v2"');
    expect(lines).toHaveLength(3);
  });

  it('says clearly what is wrong with the module, and exits 2', async () => {
    const cases: [string[], string][] = [
      [['./none.mjs'], 'errs: ./none.mjs exports no errs catalog (its exports: errors, helper); export the value defineCatalog gives, as in `export const acme = defineCatalog({ ... })`'],
      [['./acme.ts#notACatalog'], 'errs: ./acme.ts#notACatalog is not an errs catalog (defineCatalog gives one); it is an object'],
      [['./acme.ts#acem'], 'errs: ./acme.ts has no export "acem"; its catalogs: acme'],
      [['./throws.ts'], 'errs: cannot load ./throws.ts: the database is not configured'],
      [['./missing.ts'], `errs: cannot find the module ./missing.ts (looked for ${join(fixtures, 'missing.ts')})`],
      [['./acme.ts', '--seed', 'soon'], 'errs: --seed takes an integer, not "soon"'],
      [['./acme.ts', '--out', 'x'], 'errs: unknown option --out for errs verify (see errs verify --help)'],
      [['a.ts', 'b.ts'], 'errs: errs verify takes one module, as in `errs verify ./catalog.ts`; it was given 2: a.ts b.ts (see errs verify --help)'],
    ];
    for (const [args, message] of cases) expect(await errs('verify', ...args)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

describe('errs verify --options and errs openapi --options', () => {
  it("take the options a module exports: here the params of a code whose schema has no example", async () => {
    expect(await errs('verify', './refined.mjs', '--no-fuzz')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '✗ stock (vendor stock, 1 code): verifyCatalog found 1 failure:\n' +
        '  - params of unknown_sku: none can be built from its schema (TypeError: exampleOf: the example {"sku":"<sku>"} fails its schema: Invalid input); give them in options.params\n',
    });
    expect(await errs('verify', './refined.mjs', '--no-fuzz', '--options', './refined.mjs')).toMatchObject({ code: 0, stdout: '✓ stock (vendor stock, 1 code): verifyCatalog passed\n' });
    expect(await errs('openapi', './refined.mjs')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'errs: stock: no example params for unknown_sku (exampleOf: the example {"sku":"<sku>"} fails its schema: Invalid input); give them in options.params, with errs openapi --options MODULE\n',
    });
    const run = await errs('openapi', './refined.mjs', '--options', './refined.mjs#verifyOptions');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { components: { responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }> } };
    expect(doc.components.responses['404']!.content['application/json']!.examples.unknown_sku!.value).toEqual({ code: 'unknown_sku', message: 'No product SKU-1.', params: { sku: 'SKU-1' } });
    expect(await errs('verify', './refined.mjs', '--options', './refined.mjs#nope')).toEqual({ code: 2, stdout: '', stderr: 'errs: --options: ./refined.mjs has no export "nope" holding verifyCatalog options\n' });
  });
});

describe('errs openapi', () => {
  it("prints the catalog's OpenAPI document, its version the nearest package.json's", async () => {
    const run = await errs('openapi', './acme.ts', '--title', 'Acme API errors', '--server', 'https://api.acme.test', '--server', 'http://127.0.0.1:3000');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(doc).toEqual(toOpenAPI(acme, { title: 'Acme API errors', version: '0.1.0', servers: ['https://api.acme.test', 'http://127.0.0.1:3000'] }));
    expect(doc.info).toMatchObject({ title: 'Acme API errors', version: '0.1.0' });
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  it("makes a vendor package's shipped openapi.json byte for byte from its built catalog", async () => {
    const require = createRequire(import.meta.url);
    const index = require.resolve('@errs/connect').replace(/index\.cjs$/, 'index.js');
    const shipped = readFileSync(join(dirname(index), '..', 'openapi.json'), 'utf8');
    const run = await errs('openapi', index, '--package', '@errs/connect', '--docs', join(dirname(index), 'docs.js'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(shipped);
  });

  it('writes --out, and --check exits 1 when the file is missing or stale, 0 when current', async () => {
    const out = join(work, 'openapi.json');
    expect(await errs('openapi', './acme.ts', '--out', out, '--check')).toEqual({ code: 1, stdout: '', stderr: `errs: ${out} is missing; run \`errs openapi ./acme.ts --out ${out}\`\n` });
    expect(await errs('openapi', './acme.ts', '--out', out)).toEqual({ code: 0, stdout: `errs: wrote ${out}\n`, stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(toOpenAPI(acme, { version: '0.1.0' }));
    expect(await errs('openapi', './acme.ts', '--out', out, '--check')).toEqual({ code: 0, stdout: `errs: ${out} is up to date\n`, stderr: '' });
    writeFileSync(out, readFileSync(out, 'utf8').replace('No order with id', 'No order'));
    expect(await errs('openapi', './acme.ts', '--out', out, '--check')).toEqual({ code: 1, stdout: '', stderr: `errs: ${out} is out of date; run \`errs openapi ./acme.ts --out ${out}\`\n` });
    expect((await errs('openapi', './acme.ts', '--check')).stderr).toBe('errs: --check compares with the file of --out: give both, as in `errs openapi ./acme.ts --out FILE --check`\n');
  });

  it('needs one catalog: a module with two names them', async () => {
    expect(await errs('openapi', './two.mjs')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'errs: ./two.mjs exports 2 catalogs (billing, shipping); name one, as in `errs openapi ./two.mjs#billing`\n',
    });
    expect(JSON.parse((await errs('openapi', './two.mjs#shipping')).stdout)).toMatchObject({ info: { title: 'shipping error responses' } });
  });
});

describe('errs schema and errs docs', () => {
  it("prints a CommonJS catalog's envelope schema", async () => {
    const run = await errs('schema', './shop.cjs', '--id', 'https://shop.test/error.json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://shop.test/error.json',
      title: 'shop error body',
      required: ['code', 'message'],
      'x-errs-codes': ['out_of_stock'],
    });
  });

  it("prints the codes table with the docs' sources, and replaces only a README's marked section", async () => {
    const run = await errs('docs', './acme.ts', '--docs', './acme.ts');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toBe('| `version_conflict` | 409 | ABORTED | refetch | Expected version {expected}. | `expected: number` | source: the orders guide |');
    const readme = join(work, 'README.md');
    writeFileSync(readme, '# Acme\n\n<!-- codes:start -->\nold\n<!-- codes:end -->\n\nMore.\n');
    expect((await errs('docs', './acme.ts', '--docs', './acme.ts', '--out', readme)).code).toBe(0);
    expect(readFileSync(readme, 'utf8')).toBe(`# Acme\n\n<!-- codes:start -->\n${run.stdout}<!-- codes:end -->\n\nMore.\n`);
    expect((await errs('docs', './acme.ts', '--docs', './acme.ts', '--out', readme, '--check')).code).toBe(0);
    expect((await errs('docs', './acme.ts', '--out', readme, '--check')).code).toBe(1); // without the docs, the sources are gone
  });
});

describe("the READMEs' catalogs", () => {
  // A README's ```ts block after a marker line, or the first after a heading.
  const block = (readme: string, after: string) => {
    const start = readme.indexOf('```ts\n', readme.indexOf(after)) + '```ts\n'.length;
    return readme.slice(start, readme.indexOf('```', start));
  };
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  // Inside this package, so that the module finds @errs/core and zod as an app's would.
  const app = mkdtempSync(join(fileURLToPath(new URL('..', import.meta.url)), '.readme-'));
  afterAll(() => {
    rmSync(app, { recursive: true, force: true });
  });

  it("pass errs verify, with the output the core README's walk-through shows", async () => {
    const core = readFileSync(join(root, 'packages/core/README.md'), 'utf8');
    writeFileSync(join(app, 'core-acme.ts'), block(core, '<!-- file: acme.ts -->'));
    writeFileSync(join(app, 'root-acme.ts'), block(readFileSync(join(root, 'README.md'), 'utf8'), '## A team declaring its own catalog'));
    const shown = /npx errs verify \.\/src\/acme\.ts\n```\n\n```text\n(.*\n)```/.exec(core)?.[1];
    expect(shown).toBe('✓ acme (vendor acme, 5 codes): verifyCatalog passed\n');
    expect(await errs('verify', join(app, 'core-acme.ts'))).toEqual({ code: 0, stdout: shown, stderr: '' });
    expect(await errs('verify', join(app, 'root-acme.ts'))).toMatchObject({ code: 0, stderr: '' });
  });
});

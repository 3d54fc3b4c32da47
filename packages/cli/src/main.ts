// The `errs` command: parse the arguments, load the module, run the command. Returns the exit code;
// the bin (cli.ts) sets it, so that tests run this in the same process with their own streams.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { Catalog, ErrorDocs, ErrorDefs } from '@errs/core';
import { toJSONSchema, toMarkdown, toOpenAPI } from '@errs/core/openapi';
import { NO_FAST_CHECK, verifyCatalog } from '@errs/core/testing';
import type { VerifyOptions } from '@errs/core/testing';
import { COMMANDS, MAIN } from './help.js';
import { catalogsOf, loadModule, splitSpecifier } from './load.js';
import { UsageError } from './usage.js';

/** Where the command writes, and from where it resolves paths. */
export interface Io {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const OPTIONS = {
  verify: { 'no-fuzz': { type: 'boolean' }, seed: { type: 'string' }, options: { type: 'string' } },
  openapi: {
    out: { type: 'string' },
    check: { type: 'boolean' },
    title: { type: 'string' },
    version: { type: 'string' },
    server: { type: 'string', multiple: true },
    package: { type: 'string' },
    docs: { type: 'string' },
    'no-union': { type: 'boolean' },
    options: { type: 'string' },
  },
  schema: { out: { type: 'string' }, check: { type: 'boolean' }, id: { type: 'string' }, package: { type: 'string' } },
  docs: { out: { type: 'string' }, check: { type: 'boolean' }, docs: { type: 'string' } },
} as const satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof OPTIONS;
const isCommand = (name: string | undefined): name is Command => name !== undefined && Object.hasOwn(OPTIONS, name);

const START = '<!-- codes:start -->';
const END = '<!-- codes:end -->';

/** Runs `errs <argv>`; resolves to the exit code (0 done, 1 a check failed, 2 a usage error). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`errs: ${error.message}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (isCommand(topic)) io.out(COMMANDS[topic]!);
    else io.out(MAIN);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(`${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version}\n`);
    return 0;
  }
  if (!isCommand(command)) throw new UsageError(`unknown command ${JSON.stringify(command)}; the commands: ${Object.keys(OPTIONS).join(', ')} (see errs --help)`);
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(COMMANDS[command]!);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(`${unknown ? `unknown option ${unknown[1]} for errs ${command}` : message.replace(/\.$/, '')} (see errs ${command} --help)`);
  }
  const { values, positionals } = parsed as { values: Record<string, string | string[] | boolean | undefined>; positionals: string[] };
  if (positionals.length !== 1) {
    throw new UsageError(`errs ${command} takes one module, as in \`errs ${command} ./catalog.ts\`${positionals.length ? `; it was given ${positionals.length}: ${positionals.join(' ')}` : ''} (see errs ${command} --help)`);
  }
  if (values.check === true && values.out === undefined) throw new UsageError(`--check compares with the file of --out: give both, as in \`errs ${command} ${positionals[0]} --out FILE --check\``);
  const { file, name } = splitSpecifier(positionals[0]!);
  const catalogs = catalogsOf(await loadModule(file, io.cwd), file, name);

  if (command === 'verify') return verify(catalogs, values, io);
  if (catalogs.length > 1) {
    throw new UsageError(`${file} exports ${catalogs.length} catalogs (${catalogs.map((c) => c.name).join(', ')}); name one, as in \`errs ${command} ${file}#${catalogs[0]!.name}\``);
  }
  const { catalog } = catalogs[0]!;
  const docs = typeof values.docs === 'string' ? await loadObject<ErrorDocs<ErrorDefs>>(values.docs, 'docs', io.cwd, '--docs', 'documentation texts (an ErrorDocs object)') : undefined;
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const str = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
  const params = typeof values.options === 'string' ? (await loadOptions(values.options, io.cwd)).params : undefined;
  let text: string;
  try {
    if (command === 'openapi') {
      const servers = values.server as string[] | undefined;
      const version = str('version') ?? packageVersion(resolve(io.cwd, file));
      text = json(toOpenAPI(catalog, { title: str('title'), version, servers, package: str('package'), docs, params, union: values['no-union'] !== true }));
    } else if (command === 'schema') {
      text = json(toJSONSchema(catalog, { id: str('id'), package: str('package') }));
    } else {
      text = `${toMarkdown(catalog, { docs })}\n`;
    }
  } catch (error) {
    // The catalog's own problem (a code whose params have no example): the generator's sentence.
    if (!(error instanceof TypeError)) throw error;
    throw new UsageError(`${error.message}${command === 'openapi' ? ', with errs openapi --options MODULE' : ''}`);
  }
  return output(text, command, positionals[0]!, values, io);
}

async function verify(catalogs: readonly { name: string; catalog: Catalog }[], values: Record<string, unknown>, io: Io): Promise<number> {
  let seed: number | undefined;
  if (typeof values.seed === 'string') {
    seed = Number(values.seed);
    if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed takes an integer, not ${JSON.stringify(values.seed)}`);
  }
  const options = typeof values.options === 'string' ? await loadOptions(values.options, io.cwd) : {};
  let failed = 0;
  for (const { name, catalog } of catalogs) {
    const result = await verifyCatalog(catalog, { ...options, ...(values['no-fuzz'] === true ? { fuzz: false } : {}), ...(seed === undefined ? {} : { seed }) });
    const label = `${name} (vendor ${catalog.vendor}, ${catalog.codes.length} code${catalog.codes.length === 1 ? '' : 's'})`;
    if (result.ok) {
      io.out(`✓ ${label}: verifyCatalog passed\n`);
      continue;
    }
    failed++;
    io.err(`✗ ${label}: verifyCatalog found ${result.failures.length} failure${result.failures.length === 1 ? '' : 's'}:\n`);
    for (const failure of result.failures) io.err(`  - ${failure}\n`);
    if (result.failures.some((f) => f.startsWith(NO_FAST_CHECK))) io.err('  (install fast-check beside @errs/core for the fuzzing checks, or run errs verify --no-fuzz)\n');
  }
  return failed > 0 ? 1 : 0;
}

/** Prints the text, writes it to --out, or with --check compares it with --out's file. */
function output(text: string, command: Command, module: string, values: Record<string, unknown>, io: Io): number {
  const out = values.out;
  if (typeof out !== 'string') {
    io.out(text);
    return 0;
  }
  const path = resolve(io.cwd, out);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const next = command === 'docs' && current !== undefined ? withSection(current, text) : text;
  if (values.check === true) {
    if (current === next) {
      io.out(`errs: ${out} is up to date\n`);
      return 0;
    }
    io.err(`errs: ${out} is ${current === undefined ? 'missing' : 'out of date'}; run \`errs ${command} ${module} --out ${out}\`\n`);
    return 1;
  }
  if (current !== next) writeFileSync(path, next);
  io.out(`errs: ${current === next ? `${out} is up to date` : `wrote ${out}`}\n`);
  return 0;
}

/** A file with the codes markers gets the part between them replaced; any other is the table. */
function withSection(current: string, table: string): string {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) return table;
  return `${current.slice(0, start + START.length)}\n${table}${current.slice(end)}`;
}

/** The version of the nearest package.json above the module, or 0.0.0. */
function packageVersion(path: string): string {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
      if (typeof version === 'string') return version;
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
}

/** verifyCatalog's options, which also give openapi the params of codes whose schema has no example. */
function loadOptions(specifier: string, cwd: string): Promise<VerifyOptions> {
  return loadObject<VerifyOptions>(specifier, 'verifyOptions', cwd, '--options', 'verifyCatalog options');
}

/** An object a module exports (`MODULE#export`, or the export named `fallback`): --docs, --options. */
async function loadObject<T extends object>(specifier: string, fallback: string, cwd: string, option: string, what: string): Promise<T> {
  const { file, name = fallback } = splitSpecifier(specifier);
  const namespace = await loadModule(file, cwd);
  const value = namespace[name] ?? (namespace.default as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== 'object' || value === null) throw new UsageError(`${option}: ${file} has no export ${JSON.stringify(name)} holding ${what}`);
  return value as T;
}

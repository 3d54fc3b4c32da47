/**
 * The code panel's TypeScript: what a user writes for what the page shows (the import, `create` /
 * `toResponse` with the encoder's params, `fromResponse` / `fromError` / `match` for a decoded body,
 * the retry loop of the live client). Plain text, generated from the page's state.
 */

/** How a snippet names the catalog: the vendor package's `catalog`, or the custom catalog's export. */
export interface SnippetVendor {
  readonly id: string;
  readonly pkg: string;
  readonly custom?: boolean;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/**
 * The longest line a snippet writes (values aside): the code panel shows this many characters on a
 * laptop without wrapping a line.
 */
export const SNIPPET_WIDTH = 56;

/**
 * A value as a TypeScript literal: unquoted keys where they can be, single-quoted strings. On one
 * line when it fits in `room` characters, else one entry per line, each within `line` characters
 * (values themselves are never cut).
 */
export function tsLiteral(value: unknown, indent = '', room = 72, line = indent.length + room): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  const inner = `${indent}  `;
  // An entry on a line of its own: the indent, the key, the value and a comma.
  const child = (v: unknown, key = '') => tsLiteral(v, inner, line - inner.length - key.length - 1, line);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => child(v));
    const flat = `[${items.join(', ')}]`;
    return flat.length <= room && !flat.includes('\n') ? flat : `[\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const parts = entries.map(([k, v]) => {
      const key = `${IDENT.test(k) ? k : tsLiteral(k)}: `;
      return `${key}${child(v, key)}`;
    });
    const flat = `{ ${parts.join(', ')} }`;
    return flat.length <= room && !flat.includes('\n') ? flat : `{\n${parts.map((p) => `${inner}${p},`).join('\n')}\n${indent}}`;
  }
  return typeof value === 'bigint' ? `${value}n` : 'undefined';
}

/** The name a snippet uses for the catalog. */
export function catalogName(v: SnippetVendor): string {
  return v.custom ? v.id : 'catalog';
}

/** The import of the catalog. */
export function importLine(v: SnippetVendor): string {
  return v.custom ? `// declared with defineCatalog from @errs/core\nimport { ${v.id} } from './custom-catalog';` : `import { catalog } from '${v.pkg}';`;
}

/** A package's tarball as `pnpm pack` names it: `@errs/connect` 0.1.0 is `errs-connect-0.1.0.tgz`. */
export function tarball(pkg: string, version: string): string {
  return `${pkg.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/**
 * How to install a vendor's package today. Until a release publishes the packages to npm, the way
 * that works is tarballs packed from a clone of errs (`pnpm pack:local` writes `.packs/*.tgz`);
 * a vendor package has @errs/core (one per app) and zod as peers. The one place this text lives.
 */
export function installLine(v: SnippetVendor, version: string | ((pkg: string) => string)): string {
  const of = typeof version === 'string' ? () => version : version;
  const packs = ['@errs/core', ...(v.custom ? [] : [v.pkg])].map((pkg) => `<clone>/.packs/${tarball(pkg, of(pkg))}`);
  return ['# in a clone of errs', 'pnpm install && pnpm pack:local', '# in your app', `npm i ${packs.join(' ')} zod`].join('\n');
}

/** Why the install line is not `npm i` of a name, in words. */
export const installNote = 'The packages are not published on npm yet: pack them from a clone of errs, then install the tarballs.';

export interface EncoderSnippet {
  readonly code: string;
  readonly params: unknown;
  readonly options?: Readonly<Record<string, unknown>>;
  /** The form's problems: the snippet says them instead of creating an error from invalid params. */
  readonly invalid?: readonly string[];
}

/** The arguments of a call, on one line when they fit after `head`, else one per line. */
function call(head: string, args: readonly unknown[], tail = ');'): string {
  const flat = `${head}${args.map((a) => tsLiteral(a, '', SNIPPET_WIDTH)).join(', ')}${tail}`;
  if (flat.length <= SNIPPET_WIDTH && !flat.includes('\n')) return flat;
  return `${head}\n${args.map((a) => `  ${tsLiteral(a, '  ', SNIPPET_WIDTH - 3, SNIPPET_WIDTH)},`).join('\n')}\n${tail}`;
}

/** A server (or mock) sending this error. */
export function encoderSnippet(v: SnippetVendor, s: EncoderSnippet): string {
  const c = catalogName(v);
  if (s.invalid && s.invalid.length > 0) {
    return [importLine(v), '', `// ${tsLiteral(s.code)} cannot be created yet: fix the form`, ...s.invalid.map((m) => `// ${m}`)].join('\n');
  }
  const hasParams = typeof s.params === 'object' && s.params !== null && Object.keys(s.params).length > 0;
  const options = s.options && Object.keys(s.options).length > 0 ? s.options : undefined;
  const args = [s.code, ...(hasParams || options ? [hasParams ? s.params : {}] : []), ...(options ? [options] : [])];
  return [
    importLine(v),
    '',
    call(`const error = ${c}.create(`, args),
    '',
    '// a fetch-style handler (Hono, Next.js, Workers)',
    '// returns the Response',
    `return ${c}.toResponse(error);`,
    '',
    '// any other framework: status, headers and the',
    '// body exactly as the vendor sends it',
    'const { status, headers, body } =',
    `  ${c}.encode(error);`,
  ].join('\n');
}

/** A client reading this error, from fetch or from whatever its HTTP client threw. */
export function decoderSnippet(v: SnippetVendor, decoded: { readonly code: string; readonly known: boolean; readonly params?: unknown } | undefined, status: string): string {
  const c = catalogName(v);
  // The params as comment lines, each within the width after `      // `.
  const params = tsLiteral(decoded?.params ?? {}, '', SNIPPET_WIDTH - 9).split('\n');
  const handler =
    decoded && decoded.known
      ? [
          `    ${IDENT.test(decoded.code) ? decoded.code : tsLiteral(decoded.code)}: (e) => {`,
          '      // e.params is typed for this code, here:',
          ...params.map((l) => `      // ${l}`),
          '    },',
        ]
      : [];
  const statusArg = status.trim() ? `, { status: ${Number.isInteger(Number(status)) ? Number(status) : tsLiteral(status)} }` : '';
  return [
    importLine(v),
    "import { match, retryDelay } from '@errs/core';",
    '',
    'const res = await fetch(url, init);',
    'if (!res.ok) {',
    '  // never rejects: an HTML gateway page is a typed',
    '  // error too',
    `  const error = await ${c}.fromResponse(res);`,
    '  match(error, {',
    ...handler,
    '    _: (e) => {',
    '      // backoff with jitter, honours Retry-After;',
    '      // undefined: do not retry',
    '      const wait = retryDelay(e, attempt);',
    '      if (wait === undefined) throw e;',
    '    },',
    '  });',
    '}',
    '',
    '// with axios, ky, ofetch, got or the vendor SDK:',
    '// whatever it threw',
    `const error = await ${c}.fromError(thrown);`,
    '',
    '// a body you already have (this one):',
    `const result = ${c}.safeParse(`,
    `  body${statusArg},`,
    ');',
  ].join('\n');
}

/**
 * The live client's loop. Written with `errsFetch` (a fetch rejecting with the catalog's typed
 * error), the client integration of @errs/core; the page itself still runs fetch + fromResponse.
 */
export function liveSnippet(v: SnippetVendor): string {
  const c = catalogName(v);
  return [
    importLine(v),
    "import { retryDelay } from '@errs/core';",
    "import { errsFetch } from '@errs/core/fetch';",
    '',
    '// rejects with the catalog\'s typed error on a',
    '// non-2xx response, or when none comes',
    `const fetch = errsFetch(${c});`,
    '',
    'async function call(url: string, init: RequestInit) {',
    '  for (let attempt = 0; ; attempt++) {',
    '    try {',
    '      return await (await fetch(url, init)).json();',
    '    } catch (error) {',
    `      if (!${c}.is(error)) throw error;`,
    '      // a conflict: refetch, re-apply, call again',
    "      if (error.retry.strategy === 'refetch') {",
    '        throw error;',
    '      }',
    '      // backoff with jitter, honours Retry-After;',
    '      // undefined for fix, verify or operator: the',
    '      // same request would fail again',
    '      const wait = retryDelay(error, attempt);',
    '      if (wait === undefined) throw error;',
    '      await new Promise((r) => setTimeout(r, wait));',
    '    }',
    '  }',
    '}',
  ].join('\n');
}

/** One code of the catalog: create it, recognise it. */
export function codeSnippet(v: SnippetVendor, code: string, params: unknown): string {
  const c = catalogName(v);
  const hasParams = typeof params === 'object' && params !== null && Object.keys(params).length > 0;
  return [
    importLine(v),
    '',
    call(`const error = ${c}.create(`, hasParams ? [code, params] : [code]),
    '',
    `if (${c}.is(thrown, ${tsLiteral(code)})) {`,
    `  thrown.params; // typed for this code`,
    '}',
  ].join('\n');
}

/** The catalog as data. */
export function catalogSnippet(v: SnippetVendor): string {
  const c = catalogName(v);
  return [
    importLine(v),
    '',
    `${c}.codes; // every documented code`,
    `${c}.get(code);`,
    '// { status, message, category, retryable, retry,',
    '//   params, ... }',
  ].join('\n');
}

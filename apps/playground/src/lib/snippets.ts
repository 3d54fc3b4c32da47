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

/** A value as a TypeScript literal: unquoted keys where they can be, single-quoted strings. */
export function tsLiteral(value: unknown, indent = ''): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => tsLiteral(v, `${indent}  `));
    const flat = `[${items.join(', ')}]`;
    return flat.length <= 72 && !flat.includes('\n') ? flat : `[\n${items.map((i) => `${indent}  ${i},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const parts = entries.map(([k, v]) => `${IDENT.test(k) ? k : tsLiteral(k)}: ${tsLiteral(v, `${indent}  `)}`);
    const flat = `{ ${parts.join(', ')} }`;
    return flat.length <= 72 && !flat.includes('\n') ? flat : `{\n${parts.map((p) => `${indent}  ${p},`).join('\n')}\n${indent}}`;
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

/** The install line of the code panel's intro: a vendor package has @errs/core (one per app) and zod as peers. */
export function installLine(v: SnippetVendor): string {
  return v.custom ? 'npm i @errs/core zod' : `npm i ${v.pkg} @errs/core zod`;
}

export interface EncoderSnippet {
  readonly code: string;
  readonly params: unknown;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** A server (or mock) sending this error. */
export function encoderSnippet(v: SnippetVendor, s: EncoderSnippet): string {
  const c = catalogName(v);
  const hasParams = typeof s.params === 'object' && s.params !== null && Object.keys(s.params).length > 0;
  const options = s.options && Object.keys(s.options).length > 0 ? s.options : undefined;
  const args = [tsLiteral(s.code), ...(hasParams || options ? [tsLiteral(hasParams ? s.params : {})] : []), ...(options ? [tsLiteral(options)] : [])];
  return [
    importLine(v),
    '',
    `const error = ${c}.create(${args.join(', ')});`,
    '',
    '// a fetch-style handler (Hono, Next.js, Workers)',
    '// returns the Response',
    `return ${c}.toResponse(error);`,
    '',
    '// any other framework: status, headers and the body',
    '// exactly as the vendor sends it',
    `const { status, headers, body } = ${c}.encode(error);`,
  ].join('\n');
}

/** A client reading this error, from fetch or from whatever its HTTP client threw. */
export function decoderSnippet(v: SnippetVendor, decoded: { readonly code: string; readonly known: boolean; readonly params?: unknown } | undefined, status: string): string {
  const c = catalogName(v);
  const handler =
    decoded && decoded.known
      ? [`    ${IDENT.test(decoded.code) ? decoded.code : tsLiteral(decoded.code)}: (e) => {`, `      // e.params is typed for this code, here ${tsLiteral(decoded.params ?? {}, '      ')}`, '    },']
      : [];
  return [
    importLine(v),
    "import { match, retryDelay } from '@errs/core';",
    '',
    'const res = await fetch(url, init);',
    'if (!res.ok) {',
    '  // never rejects: an HTML gateway page is a typed error too',
    `  const error = await ${c}.fromResponse(res);`,
    '  match(error, {',
    ...handler,
    '    _: (e) => {',
    '      // backoff with jitter, honours Retry-After; undefined: do not retry',
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
    `const result = ${c}.safeParse(body${status.trim() ? `, { status: ${Number.isInteger(Number(status)) ? Number(status) : tsLiteral(status)} }` : ''});`,
  ].join('\n');
}

/** The live client's loop: fetch, fromResponse, retryDelay. */
export function liveSnippet(v: SnippetVendor): string {
  const c = catalogName(v);
  return [
    importLine(v),
    "import { retryDelay } from '@errs/core';",
    '',
    'async function call(url: string, init: RequestInit) {',
    '  for (let attempt = 0; ; attempt++) {',
    '    const res = await fetch(url, init);',
    '    if (res.ok) return res.json();',
    `    const error = await ${c}.fromResponse(res);`,
    '    // a conflict: refetch, re-apply your change, call again',
    "    if (error.retry.strategy === 'refetch') throw error;",
    '    // backoff with jitter, honours Retry-After;',
    '    // undefined for fix, verify or operator: the same request would fail again',
    '    const wait = retryDelay(error, attempt);',
    '    if (wait === undefined) throw error;',
    '    await new Promise((resolve) => setTimeout(resolve, wait));',
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
    `const error = ${c}.create(${tsLiteral(code)}${hasParams ? `, ${tsLiteral(params)}` : ''});`,
    '',
    `if (${c}.is(thrown, ${tsLiteral(code)})) {`,
    `  thrown.params; // typed for ${code}`,
    '}',
  ].join('\n');
}

/** The catalog as data. */
export function catalogSnippet(v: SnippetVendor): string {
  const c = catalogName(v);
  return [importLine(v), '', `${c}.codes; // every documented code`, `${c}.get(code); // { status, message, category, retryable, retry, params, ... }`].join('\n');
}

// The vendor doc is the specification: read it, extract every code, status, message and parameter,
// and check each against the catalog (a code dropped from the catalog, or one that drifts, fails).
import { isOptional, shapeOf } from '@errs/core/testing';
import { describeWithDocs, hasVendorDoc, hasVendorDocs, readVendorDoc } from '@errs/testkit';
import { expect, it } from 'vitest';
import { docs } from './docs.js';
import { catalog } from './index.js';
import type { Code } from './index.js';

interface DocParam {
  readonly name: string;
  readonly optional: boolean;
}
interface DocEntry {
  readonly code: string;
  readonly realm: 'api' | 'server' | 'user';
  /** API/server: the list item's text. User: the first paragraph under the heading. */
  readonly text: string;
  readonly params: DocParam[];
  /** "It has the same parameters as ..." */
  readonly sameAs?: string;
}

const docFile = 'easydb.md';
/** The newer pages: every endpoint's status table, the codes named only there, the l10n syntax. */
const endpointsFile = 'current/easydb-endpoints.md';

function parseDoc(markdown: string): DocEntry[] {
  const lines = markdown.split(/\r?\n/);
  const entries: DocEntry[] = [];
  let section: '' | DocEntry['realm'] = '';
  let user: { code: string; paragraphs: string[][] } | undefined;
  let paragraph: string[] = [];
  const userBlocks: { code: string; paragraphs: string[][] }[] = [];
  const flush = (): void => {
    if (user && paragraph.length > 0) user.paragraphs.push(paragraph);
    paragraph = [];
  };
  for (const line of lines) {
    if (/^# /.test(line)) {
      flush();
      user = undefined;
      section = /API Errors/i.test(line) ? 'api' : /Server errors/i.test(line) ? 'server' : /User errors/i.test(line) ? 'user' : '';
      continue;
    }
    const listed = /^- (error\.(api|server)\.[a-z0-9_]+): (.+)$/.exec(line);
    if (listed && (section === 'api' || section === 'server') && listed[2] === section) {
      entries.push({ code: listed[1]!, realm: section, text: listed[3]!.trim(), params: [] });
      continue;
    }
    if (section !== 'user') continue;
    if (/^## /.test(line)) {
      flush();
      user = undefined;
      continue;
    }
    const heading = /^> <a name="[^"]*"><\/a>.*\((error\.user\.[a-z0-9_]+)\)\s*$/.exec(line);
    if (heading) {
      flush();
      user = { code: heading[1]!, paragraphs: [] };
      userBlocks.push(user);
      continue;
    }
    if (line.trim() === '') flush();
    else paragraph.push(line);
  }
  flush();
  for (const block of userBlocks) {
    const [first = [], ...rest] = block.paragraphs;
    const text = first.join(' ').replace(/\s+/g, ' ').trim();
    const params: DocParam[] = [];
    for (const line of rest.flat()) {
      const m = /^- ([a-z][a-z_\\]*)( \(optional\))?: /.exec(line);
      if (m) params.push({ name: m[1]!.replace(/\\/g, ''), optional: m[2] !== undefined });
    }
    const sameAs = /same parameters as "(error\.user\.[a-z0-9_]+)"/.exec(text)?.[1];
    entries.push({ code: block.code, realm: 'user', text, params, ...(sameAs ? { sameAs } : {}) });
  }
  return entries.map((e) => (e.sameAs ? { ...e, params: entries.find((o) => o.code === e.sameAs)!.params } : e));
}

/** The doc's sentence as plain text: markdown links and code spans undone, the cross-reference dropped. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .replace(/\s*It has the same parameters as "[^"]*"\.?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A catalog message without its parameter suffix ` (name: {name}, ...)`, and the names in it. */
function splitMessage(message: string): { text: string; names: string[] } {
  const m = / \(((?:[a-z_]+: \{[a-z_]+\}(?:, )?)+)\)(\.?)$/.exec(message);
  if (!m) return { text: message, names: [] };
  const names = [...m[1]!.matchAll(/([a-z_]+): \{([a-z_]+)\}/g)].map((x) => {
    expect(x[1]).toBe(x[2]);
    return x[2]!;
  });
  return { text: message.slice(0, m.index) + m[2]!, names };
}

/** Param names of a code's schema, each with whether it is optional. */
function schemaParams(code: string): DocParam[] {
  return Object.entries(shapeOf(catalog.get(code)?.schema) ?? {}).map(([name, s]) => ({ name, optional: isOptional(s) }));
}

/** The table "`error.*` codes in the repository that are not in ../easydb.md": code -> its cells. */
function endpointCodes(markdown: string): Map<string, { realm: string; where: string; status: string; text: string; parameters: string }> {
  const start = markdown.indexOf('## `error.*` codes in the repository that are not in ../easydb.md');
  const section = markdown.slice(start, markdown.indexOf('\n## ', start + 10));
  const rows = new Map<string, { realm: string; where: string; status: string; text: string; parameters: string }>();
  for (const line of section.split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, ''));
    const code = /^`(error\.[a-z]+\.[a-z0-9_.]+)`$/.exec(cells[0] ?? '')?.[1];
    if (code && cells.length === 7) rows.set(code, { realm: cells[1]!, where: cells[2]!, status: cells[4]!, text: cells[5]!, parameters: cells[6]! });
  }
  return rows;
}

/** Every row of an endpoint table that names one code: [section, status, code]. */
function endpointRows(markdown: string): (readonly [section: string, status: number, code: string])[] {
  const rows: (readonly [string, number, string])[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    const heading = /^### (.+)$/.exec(line);
    if (heading) section = heading[1]!;
    const row = /^\| (\d{3}) \| .* \| `(error\.[a-z]+\.[a-z0-9_.]+)` \|$/.exec(line);
    if (row && section !== '') rows.push([section, Number(row[1]), row[2]!] as const);
  }
  return rows;
}

// Choices where the doc is silent (listed in the README): a param described as conditional but
// not marked "(optional)".
const optionalByChoice: Readonly<Record<string, readonly string[]>> = { 'error.user.no_system_right': ['extra_info'] };

const doc = hasVendorDocs ? parseDoc(readVendorDoc(docFile)) : [];
const byCode = new Map<string, DocEntry[]>();
for (const e of doc) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);

describeWithDocs('easydb: conformance with vendor-docs/easydb.md', () => {
  it('finds every documented code in the doc (12 API, 5 server, 105 user headings for 104 codes)', () => {
    const main = parseDoc(readVendorDoc(docFile));
    expect(main.filter((e) => e.realm === 'api')).toHaveLength(12);
    expect(main.filter((e) => e.realm === 'server')).toHaveLength(5);
    expect(main.filter((e) => e.realm === 'user')).toHaveLength(105);
    expect(new Set(main.filter((e) => e.realm === 'user').map((e) => e.code)).size).toBe(104);
    // The doc's last section is cut short after this one: it must still be there.
    expect(main.at(-1)?.code).toBe('error.user.objects_not_allowed');
  });

  it('has exactly the documented codes and those of the endpoint pages, no more and no fewer', () => {
    const endpointOnly = hasVendorDoc(endpointsFile) ? [...endpointCodes(readVendorDoc(endpointsFile)).keys()] : [];
    expect([...catalog.codes].sort()).toEqual([...byCode.keys(), ...endpointOnly].sort());
    expect(catalog.codes).toHaveLength(121 + endpointOnly.length);
    for (const code of byCode.keys()) expect(docs[code as Code]?.source, code).toBeUndefined();
  });

  it.each([...byCode.entries()])('%s: documented status, message and params', (code, entries) => {
    const info = catalog.get(code)!;
    expect(info, code).toBeDefined();
    const realm = entries[0]!.realm;
    expect(info.status).toBe(realm === 'server' ? 500 : 400);
    expect(info.nested).toBe(false);
    if (realm !== 'user') {
      expect(info.message).toBe(entries[0]!.text);
      expect(schemaParams(code)).toEqual(realm === 'server' ? [{ name: 'uuid', optional: true }] : []);
      return;
    }
    // Params: the union of every entry's; required only where every entry requires it.
    const expected = new Map<string, boolean>();
    for (const e of entries) for (const p of e.params) expected.set(p.name, (expected.get(p.name) ?? false) || p.optional);
    for (const [name] of expected) {
      if (entries.some((e) => !e.params.some((p) => p.name === name))) expected.set(name, true);
      if (optionalByChoice[code]?.includes(name)) expected.set(name, true);
    }
    expect(Object.fromEntries(schemaParams(code).map((p) => [p.name, p.optional]))).toEqual(Object.fromEntries(expected));
    // Message: the first entry's sentence, its required params as placeholders in a suffix.
    const { text, names } = splitMessage(info.message);
    expect(text).toBe(plain(entries[0]!.text));
    expect(names).toEqual(entries[0]!.params.map((p) => p.name).filter((n) => expected.get(n) === false));
    expect([...info.placeholders].sort()).toEqual([...names].sort());
  });

  it('merges the two entries of error.user.object_not_found into one whose params cover both', () => {
    expect(byCode.get('error.user.object_not_found')).toHaveLength(2);
    expect(schemaParams('error.user.object_not_found')).toEqual([
      { name: 'objecttype', optional: true },
      { name: 'id', optional: false },
    ]);
    expect(docs['error.user.object_not_found']?.description).toContain('The server cannot find the given object');
  });

  it('gives the not-found user errors NOT_FOUND and the authentication ones UNAUTHENTICATED, though both are 400', () => {
    for (const [code, entries] of byCode) {
      const text = entries[0]!.text;
      if (code === 'error.user.session_not_found') continue; // a lost session means: log in again
      if (/cannot find the given|could not be found/.test(text)) expect(catalog.get(code)!.category, code).toBe('NOT_FOUND');
    }
    for (const code of ['error.user.not_authenticated', 'error.user.session_not_found', 'error.user.session_invalid', 'error.user.login_failed']) {
      expect(catalog.get(code)!.category).toBe('UNAUTHENTICATED');
      expect(catalog.get(code)!.status).toBe(400);
    }
  });

  it('gives every code a google.rpc.Code category and retry advice, server errors "verify"', () => {
    for (const code of catalog.codes) {
      const info = catalog.get(code);
      expect(info.category).toMatch(/^[A-Z_]+$/);
      expect(['backoff', 'refetch', 'verify', 'fix', 'operator']).toContain(info.retry.strategy);
      if (code.startsWith('error.server.')) {
        expect([info.category, info.retry.strategy]).toEqual(['INTERNAL', 'verify']);
        expect(info.retry.note).toContain('/api/server/error');
      }
    }
  });
});

describeWithDocs('easydb: conformance with vendor-docs/current/easydb-endpoints.md', () => {
  const page = hasVendorDoc(endpointsFile) ? readVendorDoc(endpointsFile) : '';
  const extra = endpointCodes(page);
  const rows = endpointRows(page);

  it('finds the 5 codes named only on endpoint pages, and the endpoint tables', () => {
    expect([...extra.keys()].sort()).toEqual([
      'error.api.invalid_email_address',
      'error.api.update_customdata',
      'error.user.eas_http_404',
      'error.user.forgot_password.unknown',
      'error.user.search_query_too_long',
    ]);
    expect(rows.length).toBeGreaterThan(200);
  });

  it.each([...extra].map(([code, row]) => [code, row] as const))('has %s with its source, realm, status and parameters', (code, row) => {
    const info = catalog.get(code);
    expect(info, code).toBeDefined();
    // The page's file (`content/technical/api/<page>/_index.en.md`) is the code's source.
    const file = /`content\/technical\/api\/([a-z_]+\/_index\.en\.md)`/.exec(row.where)?.[1];
    expect(docs[code as Code]?.source).toContain(`content/technical/api/${file!}`);
    expect(code.startsWith(`error.${row.realm.split(' ')[0]!}.`)).toBe(true);
    // A status the page gives, or the user-error rule (400) where it gives none.
    expect(info!.status).toBe(/^\d{3}$/.test(row.status) ? Number(row.status) : 400);
    const names = [...row.parameters.matchAll(/^`([a-z_]+)`/g)].map((m) => m[1]!);
    expect(schemaParams(code).map((p) => p.name)).toEqual(names);
  });

  it('names no code in an endpoint table that the catalog lacks', () => {
    for (const [section, , code] of rows) expect(catalog.get(code), `${code} (${section})`).toBeDefined();
  });

  it('keeps the endpoint\'s status on parse (403, 404 ...), while create sends the documented one', () => {
    const other = rows.filter(([, status, code]) => status !== catalog.get(code)!.status);
    expect(other.map(([, status]) => status).sort()).toContain(404);
    expect(other.map(([, status]) => status)).toContain(403);
    // Every required (string) param given a value: these codes' params are all strings.
    const paramsFor = (code: string) => Object.fromEntries(schemaParams(code).filter((p) => !p.optional).map((p) => [p.name, 'x']));
    const create = catalog.create as (code: string, params: object, options?: { status?: number }) => ReturnType<typeof catalog.parse>;
    for (const [, status, code] of other) {
      const created = create(code, paramsFor(code));
      const body = JSON.parse(JSON.stringify(catalog.encode(created).body)) as unknown;
      expect(catalog.parse(body, { status }).status).toBe(status);
      expect(catalog.encode(created).status).toBe(catalog.get(code)!.status);
      expect(catalog.encode(create(code, paramsFor(code), { status })).status).toBe(status);
    }
  });

  it('has the verbatim example of POST /api/v1/eas/rput as a known error with its url', () => {
    const start = page.indexOf('#### API Error when the given URL is not found');
    const block = /```javascript\n([\s\S]*?)```/.exec(page.slice(start))![1]!;
    const e = catalog.parse(block);
    expect([e.code, e.known, e.status, e.params]).toEqual(['error.user.eas_http_404', true, 400, { url: 'http://example.foo' }]);
  });
});

// The vendor doc is the specification: read it, extract every code, status, message and parameter,
// and check each against the catalog (a code dropped from the catalog, or one that drifts, fails).
import { describeWithDocs, hasVendorDoc, hasVendorDocs, readVendorDoc } from '@errs/testkit';
import { expect, it } from 'vitest';
import { catalog } from './index.js';

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
const currentFile = 'current/easydb.md';

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
  const shape = (catalog.get(code)?.params?._zod.def as { shape?: Record<string, { _zod: { optin?: string } }> } | undefined)?.shape ?? {};
  return Object.entries(shape).map(([name, s]) => ({ name, optional: s._zod.optin !== undefined }));
}

// Choices where the doc is silent (listed in the README): a param described as conditional but
// not marked "(optional)".
const optionalByChoice: Readonly<Record<string, readonly string[]>> = { 'error.user.no_system_right': ['extra_info'] };

const sources = hasVendorDocs ? [docFile, ...(hasVendorDoc(currentFile) ? [currentFile] : [])] : [];
const doc = sources.flatMap((file) => parseDoc(readVendorDoc(file)));
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

  it('has exactly the documented codes, no more and no fewer', () => {
    expect([...catalog.codes].sort()).toEqual([...byCode.keys()].sort());
    expect(catalog.codes).toHaveLength(121);
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
    expect(catalog.get('error.user.object_not_found').description).toContain('The server cannot find the given object');
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

// The vendor doc is the specification: read it, and check every documented code against the catalog.
import { describeWithDocs, hasVendorDoc, readVendorDoc } from '@errs/testkit';
import { placeholders, reasonPhrase } from '@errs/core/envelope';
import { describeSchema, hasDefault, isOptional, shapeOf } from '@errs/core/testing';
import type * as z4 from 'zod/v4/core';
import { expect, it } from 'vitest';
import { docs } from './docs.js';
import { catalog, errors } from './index.js';
import type { Code } from './index.js';

interface DocCode {
  readonly code: string;
  readonly status: number;
  /** The quoted message, `$name` placeholders as `{name}`; undefined where the doc only describes it. */
  readonly message: string | undefined;
  readonly described: string;
  /** Error-specific fields of the code's table: name -> doc type. */
  readonly fields: Record<string, string>;
}

const files = ['connect.md', 'current/connect.md'].filter(hasVendorDoc);

/** Parses the doc's text: status headings ("400 Bad Request"), then per code its `code` / `message` / field rows. */
function parseDoc(text: string): DocCode[] {
  const found: DocCode[] = [];
  let status: number | undefined;
  let current: { code: string; status: number; message?: string; described?: string; fields: Record<string, string> } | undefined;
  const flush = () => {
    if (current) found.push({ ...current, message: current.message, described: current.described ?? '' });
    current = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = /^([45]\d\d) [A-Z][A-Za-z ]+$/.exec(line);
    if (heading) {
      flush();
      status = Number(heading[1]);
      continue;
    }
    // The page's text may glue a description's last words to the row ("... ConnectorStaged.code String | ...").
    const code = /(?:^|\.)code String \| "([A-Za-z_]+)" \|$/.exec(line);
    if (code) {
      flush();
      if (status === undefined) throw new Error(`code ${code[1]} before any status heading`);
      current = { code: code[1]!, status, fields: {} };
      continue;
    }
    if (!current) continue;
    const message = /^message String \| (.*) \|$/.exec(line);
    if (message) {
      const cell = message[1]!.trim();
      const quoted = /^"(.*)"$/.exec(cell);
      if (quoted) current.message = quoted[1]!.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
      else current.described = cell;
      continue;
    }
    const field = /^([A-Za-z_][A-Za-z0-9_]*) (String|Int|Any|Boolean|Number) \| .* \|$/.exec(line);
    if (field) current.fields[field[1]!] = field[2]!;
    else flush();
  }
  flush();
  return found;
}

const documented = files.flatMap((file) => parseDoc(readVendorDoc(file)));
const byCode = new Map(documented.map((d) => [d.code, d]));
const anonymous = (message: string) => message.replace(/\{[A-Za-z_][A-Za-z0-9_]*\}/g, '{}');

function fieldKind(schema: z4.$ZodType): string {
  const d = describeSchema(schema);
  if (d.kind === 'optional') return fieldKind(d.inner);
  if (d.kind === 'number') return d.integer ? 'Int' : 'Number';
  return { string: 'String', boolean: 'Boolean', unknown: 'Any', any: 'Any' }[d.kind as string] ?? d.kind;
}

describeWithDocs('connect: conformance with vendor-docs/connect.md', () => {
  it('finds every code of the doc', () => {
    expect(files.length).toBeGreaterThan(0);
    // 6 general 400s, 403, 404, 409, 500, 502; 8 Connector 400s; 7 Deployment 400s and 5 Deployment 422s.
    expect(documented).toHaveLength(31);
    expect(byCode.size).toBe(documented.length);
    expect(byCode.get('ConcurrentModification')).toMatchObject({ status: 409, fields: { expectedVersion: 'Int', currentVersion: 'Int' } });
    expect(byCode.get('DeploymentInvalidType')?.status).toBe(422);
    expect(byCode.get('GitRepositoryNotReachable')?.status).toBe(400);
  });

  it.each(documented.map((d) => [d.code, d] as const))('has %s with its documented status and message', (code, doc) => {
    const info = catalog.get(code);
    expect(info, `${code} is documented but not in the catalog`).toBeDefined();
    expect(info!.status).toBe(doc.status);
    expect(info!.nested).toBe(false);
    expect(docs[code as Code]?.source).toBeUndefined();
    if (doc.message === undefined) {
      // The doc describes the message instead of quoting it: the catalog uses the status's reason phrase.
      expect(doc.described.length).toBeGreaterThan(0);
      expect(info!.message).toBe(reasonPhrase(doc.status));
    } else {
      // Same text and placeholders in the same places; every name the doc gives is a param.
      expect(anonymous(info!.message)).toBe(anonymous(doc.message));
      for (const name of placeholders(doc.message)) expect(info!.placeholders).toContain(name);
    }
  });

  it.each(documented.filter((d) => Object.keys(d.fields).length > 0).map((d) => [d.code, d] as const))(
    'types the documented fields of %s as params',
    (code, doc) => {
      const shape = shapeOf(catalog.get(code)!.schema) ?? {};
      for (const [name, type] of Object.entries(doc.fields)) {
        expect(shape[name], `${code}.${name}`).toBeDefined();
        expect(fieldKind(shape[name]!)).toBe(type);
      }
    },
  );

  it('marks where every code beyond the doc comes from', () => {
    const extra = catalog.codes.filter((code) => !byCode.has(code));
    expect(extra.sort()).toEqual(
      [
        'AuthenticationError',
        'DeploymentApplicationDoesNotExist',
        'DeploymentLogInvalidDate',
        'DeploymentLogInvalidPageToken',
        'DeploymentLogMissingApplicationName',
        'DeploymentMustIncludeApplication',
        'FeatureRemoved',
        'invalid_token',
        'insufficient_scope',
        'invalid_scope',
        'access_denied',
      ].sort(),
    );
    for (const code of extra) expect(docs[code]?.source, code).toMatch(/^commercetools-api-reference: api-specs\/(connect|api|import)\//);
  });

  it('follows the retry advice the doc gives', () => {
    expect(catalog.get('BadGateway')).toMatchObject({ retryable: true, retry: { strategy: 'backoff' } });
    expect(catalog.get('General')).toMatchObject({ retryable: false, retry: { strategy: 'verify' } });
    expect(catalog.get('ConcurrentModification')).toMatchObject({ retryable: false, category: 'ABORTED', retry: { strategy: 'refetch' } });
    expect(catalog.get('InvalidJsonInput').retry.strategy).toBe('fix');
    expect(Object.keys(errors)).toHaveLength(documented.length + 11);
  });
});

/** Rows of a markdown table of current/connect.md whose first cell is a code in backticks: code -> cells. */
function tableRows(text: string, heading: string): Map<string, string[]> {
  const start = text.indexOf(heading);
  const end = text.indexOf('\n## ', start + heading.length);
  const rows = new Map<string, string[]>();
  for (const line of text.slice(start, end === -1 ? undefined : end).split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());
    const code = /^`([A-Za-z_]+)`$/.exec(cells[0] ?? '')?.[1];
    if (code && cells.length >= 4) rows.set(code, cells);
  }
  return rows;
}

describeWithDocs('connect: conformance with vendor-docs/current/connect.md', () => {
  const current = hasVendorDoc('current/connect.md') ? readVendorDoc('current/connect.md') : '';
  const extra = tableRows(current, '## 1. Connect error codes in the RAML');
  const oauth = tableRows(current, '### OAuth error codes the RAML defines');

  it('finds the 5 extra Connect codes and the 4 OAuth codes of the page', () => {
    expect([...extra.keys()].sort()).toEqual(
      ['AuthenticationError', 'DeploymentApplicationDoesNotExist', 'DeploymentLogInvalidDate', 'DeploymentLogInvalidPageToken', 'DeploymentLogMissingApplicationName'].sort(),
    );
    expect([...oauth.keys()].sort()).toEqual(['access_denied', 'insufficient_scope', 'invalid_scope', 'invalid_token']);
  });

  it.each([...extra].map(([code, cells]) => [code, cells] as const))('has %s with the RAML message and its source', (code, cells) => {
    const info = catalog.get(code);
    expect(info, code).toBeDefined();
    const message = /^`"(.*)"`$/.exec(cells[2]!)?.[1];
    expect(message, code).toBeDefined();
    expect(anonymous(info!.message)).toBe(anonymous(message!.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}')));
    expect(docs[code as Code]?.source).toMatch(/^commercetools-api-reference: api-specs\/connect\/types\/error\//);
  });

  it.each([...oauth].map(([code, cells]) => [code, cells] as const))('has the OAuth code %s with its source', (code, cells) => {
    const info = catalog.get(code);
    expect(info, code).toBeDefined();
    // The status column states 401 for invalid_token only; the others are inferred (README).
    if (/^401 \(in the example/.test(cells[1]!)) expect(info!.status).toBe(401);
    const quoted = /message: `"(.*)"`/.exec(cells[2]!)?.[1];
    if (quoted !== undefined) expect(info!.message).toBe(quoted);
    expect(docs[code as Code]?.source).toMatch(/^commercetools-api-reference: api-specs\/(api|import|connect)\//);
    expect(info!.category).toMatch(/^(UNAUTHENTICATED|PERMISSION_DENIED|INVALID_ARGUMENT)$/);
  });

  it('has ConcurrentModification with both versions optional, as the RAML (`currentVersion?`)', () => {
    expect(current).toContain('`currentVersion` is optional (`currentVersion?`)');
    const shape = shapeOf(catalog.get('ConcurrentModification').schema) ?? {};
    for (const key of ['currentVersion', 'expectedVersion']) {
      // Optional, and without a default: a parsed error has only the versions the body gave.
      expect(isOptional(shape[key]!) && !hasDefault(shape[key]!), key).toBe(true);
    }
  });
});

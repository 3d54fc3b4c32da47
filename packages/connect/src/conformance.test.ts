// The vendor doc is the specification: read it, and check every documented code against the catalog.
import { describeWithDocs, hasVendorDoc, readVendorDoc } from '@errs/testkit';
import { placeholders, reasonPhrase } from '@errs/core';
import type * as z4 from 'zod/v4/core';
import { expect, it } from 'vitest';
import { catalog, errors } from './index.js';

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
  const def = schema._zod.def as { type: string; innerType?: z4.$ZodType; checks?: { _zod: { def: { format?: string } } }[] };
  if (def.type === 'optional') return fieldKind(def.innerType!);
  if (def.type === 'number') return (def.checks ?? []).some((c) => String(c._zod.def.format).includes('int')) ? 'Int' : 'Number';
  return { string: 'String', boolean: 'Boolean', unknown: 'Any', any: 'Any' }[def.type] ?? def.type;
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
    expect(info!.source).toBeUndefined();
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
      const shape = (catalog.get(code)!.params?._zod.def as { shape?: Record<string, z4.$ZodType> } | undefined)?.shape ?? {};
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
      ].sort(),
    );
    for (const code of extra) expect(catalog.get(code).source, code).toMatch(/^commercetools-api-reference: api-specs\/connect\//);
  });

  it('follows the retry advice the doc gives', () => {
    expect(catalog.get('BadGateway')).toMatchObject({ retryable: true, retry: { strategy: 'backoff' } });
    expect(catalog.get('General')).toMatchObject({ retryable: false, retry: { strategy: 'verify' } });
    expect(catalog.get('ConcurrentModification')).toMatchObject({ retryable: false, category: 'ABORTED', retry: { strategy: 'refetch' } });
    expect(catalog.get('InvalidJsonInput').retry.strategy).toBe('fix');
    expect(Object.keys(errors)).toHaveLength(documented.length + 8);
  });
});

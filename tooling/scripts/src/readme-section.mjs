// Views of a catalog generated from its data: never typed twice.
import { describeSchema, isOptional } from '@errs/core/testing';

/** The zod kind of a param, readable: string, number, 'a' | 'b', string[], ... */
export function typeName(schema) {
  if (!schema) return 'unknown';
  const d = describeSchema(schema);
  if ('inner' in d) return typeName(d.inner); // optional, nullable, default, readonly, ...
  switch (d.kind) {
    case 'pipe':
      return typeName(describeSchema(d.out).kind === 'transform' ? d.in : d.out);
    case 'enum':
    case 'literal':
      return d.values.map((v) => JSON.stringify(v)).join(' \\| ');
    case 'array':
      return `${typeName(d.element)}[]`;
    case 'union':
      return d.options.map(typeName).join(' \\| ');
    case 'number':
      return d.integer ? 'integer' : 'number';
    case 'record':
      return `{ [key: ${typeName(d.key)}]: ${typeName(d.value)} }`;
    default:
      return d.kind;
  }
}

/** `name: type` of each param of a code, `name?` when optional. */
export function paramList(info) {
  if (!info.schema) return [];
  const d = describeSchema(info.schema);
  if (d.kind === 'record') return [`[key: ${typeName(d.key)}]: ${typeName(d.value)}`];
  if (d.kind !== 'object') return [];
  return Object.entries(d.shape).map(([name, s]) => `${name}${isOptional(s) ? '?' : ''}: ${typeName(s)}`);
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/\\\\\|/g, '\\|');

/** The markdown table of every code of a catalog; `docs` (the package's `/docs` table) gives each code's source. */
export function codesTable(catalog, docs = {}) {
  const rows = catalog.codes.map((code) => {
    const info = catalog.get(code);
    const params = paramList(info);
    const source = Object.hasOwn(docs, code) ? docs[code].source : undefined;
    const notes = [info.nested ? 'nested only' : '', source ? `source: ${source}` : ''].filter(Boolean).join('; ');
    return `| \`${code}\` | ${info.status} | ${info.category} | ${info.retry.strategy}${info.retryable ? ' (retryable)' : ''} | ${cell(info.message)} | ${params.length ? params.map((p) => `\`${p}\``).join(', ') : ''} | ${cell(notes)} |`;
  });
  return [
    `${catalog.codes.length} codes, generated from \`src/catalog.ts\` by \`errs-docs\`; do not edit by hand.`,
    '',
    '| Code | Status | Category | Retry | Message | Params | Notes |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export const START = '<!-- codes:start -->';
export const END = '<!-- codes:end -->';

/** The README with its generated section replaced; throws when the markers are missing. */
export function withTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README lacks the ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

// Views of a catalog generated from its data: never typed twice.

/** The zod kind of a param, readable: string, number, 'a' | 'b', string[], ... */
export function typeName(schema) {
  const def = schema?._zod?.def;
  if (!def) return 'unknown';
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return typeName(def.innerType);
    case 'pipe':
      return typeName(def.out?._zod?.def?.type === 'transform' ? def.in : def.out);
    case 'enum':
      return Object.values(def.entries).map((v) => JSON.stringify(v)).join(' \\| ');
    case 'literal':
      return def.values.map((v) => JSON.stringify(v)).join(' \\| ');
    case 'array':
      return `${typeName(def.element)}[]`;
    case 'union':
      return def.options.map(typeName).join(' \\| ');
    case 'number':
      return [def, ...(def.checks ?? []).map((c) => c._zod.def)].some((c) => String(c.format ?? '').includes('int')) ? 'integer' : 'number';
    case 'record':
      return `{ [key: ${typeName(def.keyType)}]: ${typeName(def.valueType)} }`;
    default:
      return def.type;
  }
}

/** `name: type` of each param of a code, `name?` when optional. */
export function paramList(info) {
  const def = info.params?._zod?.def;
  if (def?.type === 'record') return [`[key: ${typeName(def.keyType)}]: ${typeName(def.valueType)}`];
  const shape = def?.shape;
  if (!shape) return [];
  return Object.entries(shape).map(([name, s]) => `${name}${s._zod.optin ? '?' : ''}: ${typeName(s)}`);
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

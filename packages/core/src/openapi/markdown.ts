// The codes table of a catalog, for a README or a docs site: generated from the data, never typed twice.
import { lookup } from './lookup.js';
import type * as z4 from 'zod/v4/core';
import type { CatalogOf } from '../catalog-type.js';
import type { CodeOf, ErrorDefs, ErrorDocs } from '../definition.js';
import { describeSchema, isOptional } from '../schema.js';
import { selectCodes } from './examples.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions<E extends ErrorDefs = ErrorDefs> {
  /** The documentation texts (`@errs/<vendor>/docs`): a code's `source` is noted in its row. */
  readonly docs?: ErrorDocs<E> | undefined;
  /** The codes to list, in this order (default: every code, nested ones included). */
  readonly codes?: readonly CodeOf<E>[] | undefined;
}

/** The zod kind of a param, readable: string, number, 'a' | 'b', string[], ... (pipes escaped for a table cell). */
export function typeName(schema: z4.$ZodType | undefined): string {
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
export function paramList(info: { readonly schema: z4.$ZodType | undefined }): string[] {
  if (!info.schema) return [];
  const d = describeSchema(info.schema);
  if (d.kind === 'record') return [`[key: ${typeName(d.key)}]: ${typeName(d.value)}`];
  if (d.kind !== 'object') return [];
  return Object.entries(d.shape).map(([name, s]) => `${name}${isOptional(s) ? '?' : ''}: ${typeName(s)}`);
}

// A pipe in a cell ends it: escape each one, once (a type name's are escaped already).
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/\\\\\|/g, '\\|');

/**
 * The markdown table of a catalog's codes: code, status, category, retry advice, message, params
 * (typed from each code's schema) and notes (nested only; the `source` the docs give a code). One row
 * per code, in the catalog's order; the same text on every call.
 */
export function toMarkdown<V extends string, E extends ErrorDefs>(catalog: CatalogOf<V, E>, options: MarkdownOptions<E> = {}): string {
  const docs: Readonly<Record<string, { readonly source?: string } | undefined>> = options.docs ?? {};
  const rows = selectCodes(catalog, options.codes).map((code) => {
    const info = lookup(catalog, code);
    if (info === undefined) throw new TypeError(`${catalog.vendor} has no code ${JSON.stringify(code)}`);
    const params = paramList(info);
    const source = Object.hasOwn(docs, code) ? docs[code]?.source : undefined;
    const notes = [info.nested ? 'nested only' : '', source ? `source: ${source}` : ''].filter(Boolean).join('; ');
    return `| \`${code}\` | ${info.status} | ${info.category} | ${info.retry.strategy}${info.retryable ? ' (retryable)' : ''} | ${cell(info.message)} | ${params.length ? params.map((p) => `\`${p}\``).join(', ') : ''} | ${cell(notes)} |`;
  });
  return ['| Code | Status | Category | Retry | Message | Params | Notes |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

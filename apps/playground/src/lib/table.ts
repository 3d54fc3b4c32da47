/** The catalog browser's rows, search and sort: generated from a catalog, never written by hand. */
import type { Catalog } from '@errs/core';
import { paramSummary } from './schema-form';

export interface Row {
  readonly code: string;
  readonly status: number;
  readonly category: string;
  readonly retryable: boolean;
  readonly strategy: string;
  readonly message: string;
  readonly params: readonly string[];
  readonly nested: boolean;
}

export type SortKey = 'code' | 'status' | 'category' | 'retryable' | 'message' | 'params';
export interface Sort {
  readonly key: SortKey;
  readonly dir: 'asc' | 'desc';
}

/** One row per code of the catalog, in the catalog's order. */
export function rowsOf(catalog: Catalog): Row[] {
  return catalog.codes.map((code) => {
    const info = catalog.get(code)!;
    return {
      code,
      status: info.status,
      category: info.category,
      retryable: info.retryable,
      strategy: info.retry.strategy,
      message: info.message,
      params: paramSummary(info.schema),
      nested: info.nested,
    };
  });
}

/**
 * Rows matching every word of the query (case-insensitive) in code, status, category, strategy,
 * message or params. `status:429`, `category:aborted` and `retryable` / `nested` narrow further.
 */
export function searchRows(rows: readonly Row[], query: string): Row[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = [row.code, String(row.status), row.category, row.strategy, row.message, ...row.params].join(' ').toLowerCase();
    return words.every((word) => {
      const [key, value] = word.includes(':') ? (word.split(':', 2) as [string, string]) : [undefined, word];
      if (key === 'status') return String(row.status).startsWith(value);
      if (key === 'category') return row.category.toLowerCase().includes(value);
      if (key === 'code') return row.code.toLowerCase().includes(value);
      if (word === 'retryable') return row.retryable || text.includes(word);
      if (word === 'nested') return row.nested || text.includes(word);
      return text.includes(word);
    });
  });
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(a: Row, b: Row, key: SortKey): number {
  switch (key) {
    case 'status':
      return a.status - b.status;
    case 'retryable':
      return Number(a.retryable) - Number(b.retryable);
    case 'params':
      return a.params.length - b.params.length || collator.compare(a.params.join(), b.params.join());
    default:
      return collator.compare(a[key], b[key]);
  }
}

/** Rows sorted by a column (stable: ties keep the catalog's order, then by code). */
export function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => sign * compare(x.row, y.row, sort.key) || x.index - y.index)
    .map((x) => x.row);
}

/** The next sort after clicking a column header: same column flips the direction. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}

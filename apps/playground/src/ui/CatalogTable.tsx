import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Sort, SortKey } from '../lib/table';
import { nextSort, rowsOf, searchRows, sortRows } from '../lib/table';
import type { VendorEntry } from '../vendors';
import { CodeDetail } from './CodeDetail';

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'code', label: 'Code' },
  { key: 'status', label: 'HTTP' },
  { key: 'category', label: 'Category' },
  { key: 'retryable', label: 'Retry' },
  { key: 'message', label: 'Message' },
  { key: 'params', label: 'Parameters' },
];

export function CatalogTable({
  vendor,
  query,
  onQuery,
  detail,
  onDetail,
  onEncode,
}: {
  vendor: VendorEntry;
  query: string;
  onQuery: (q: string) => void;
  detail: string | undefined;
  onDetail: (code: string | undefined) => void;
  onEncode: (code: string) => void;
}) {
  const rows = useMemo(() => rowsOf(vendor.catalog), [vendor]);
  const [sort, setSort] = useState<Sort>({ key: 'code', dir: 'asc' });
  const [natural, setNatural] = useState(true);
  const shown = useMemo(() => {
    const found = searchRows(rows, query);
    return natural ? found : sortRows(found, sort);
  }, [rows, query, sort, natural]);
  const detailRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (detail !== undefined) detailRef.current?.scrollIntoView({ block: 'nearest' });
  }, [detail]);

  return (
    <section id="catalog" aria-labelledby="catalog-h">
      <h2 id="catalog-h">Catalog</h2>
      <div class="toolbar">
        <label>
          Search codes
          <input
            type="search"
            value={query}
            placeholder="e.g. conflict, status:429, category:invalid, retryable"
            onInput={(e) => { onQuery(e.currentTarget.value); }}
            data-testid="catalog-search"
          />
        </label>
        <span class="muted" role="status" data-testid="catalog-count">
          {shown.length} of {rows.length} codes
        </span>
      </div>
      <p class="muted small hint">Click a code to open it: what it means, the advice, its params, an example body and the code.</p>
      <div ref={detailRef}>
        {detail !== undefined ? (
          <CodeDetail key={detail} vendor={vendor} code={detail} onClose={() => { onDetail(undefined); }} onEncode={() => { onEncode(detail); }} />
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p class="empty" data-testid="catalog-empty">
          No {vendor.label} code matches “{query}”. Try fewer words, or <code>status:4</code>, <code>category:invalid</code>, <code>retryable</code>.
        </p>
      ) : null}
      <div class="table-wrap" tabIndex={0} aria-label={`${vendor.label} error codes`}>
        <table data-testid="catalog-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = !natural && sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    <button
                      type="button"
                      onClick={() => {
                        setSort(natural ? { key: c.key, dir: 'asc' } : nextSort(sort, c.key));
                        setNatural(false);
                      }}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.code} class={r.code === detail ? 'open' : ''}>
                <td data-label="Code">
                  <button type="button" class="linkish" aria-expanded={r.code === detail} onClick={() => { onDetail(r.code === detail ? undefined : r.code); }}>
                    <code>{r.code}</code>
                  </button>
                  {r.nested ? <span class="tag">nested</span> : null}
                </td>
                <td data-label="HTTP">{r.status}</td>
                <td data-label="Category">
                  <span class={`cat cat-${r.category}`}>{r.category}</span>
                </td>
                <td data-label="Retry">{r.retryable ? 'yes' : r.strategy}</td>
                <td data-label="Message">{r.message}</td>
                <td data-label="Params">
                  {r.params.length === 0 ? <span class="muted none">none</span> : null}
                  {r.params.map((p) => (
                    <code key={p} class="param">
                      {p}
                    </code>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { useMemo, useState } from 'preact/hooks';
import type { Sort, SortKey } from '../lib/table';
import { nextSort, rowsOf, searchRows, sortRows } from '../lib/table';
import type { VendorEntry } from '../vendors';

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'code', label: 'Code' },
  { key: 'status', label: 'HTTP' },
  { key: 'category', label: 'Category' },
  { key: 'retryable', label: 'Retry' },
  { key: 'message', label: 'Message' },
  { key: 'params', label: 'Parameters' },
];

export function CatalogTable({ vendor }: { vendor: VendorEntry }) {
  const rows = useMemo(() => rowsOf(vendor.catalog), [vendor]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'code', dir: 'asc' });
  const [natural, setNatural] = useState(true);
  const shown = useMemo(() => {
    const found = searchRows(rows, query);
    return natural ? found : sortRows(found, sort);
  }, [rows, query, sort, natural]);

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
            onInput={(e) => { setQuery(e.currentTarget.value); }}
            data-testid="catalog-search"
          />
        </label>
        <span class="muted" role="status" data-testid="catalog-count">
          {shown.length} of {rows.length} codes
        </span>
      </div>
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
              <tr key={r.code}>
                <td>
                  <code>{r.code}</code>
                  {r.nested ? <span class="tag">nested</span> : null}
                </td>
                <td>{r.status}</td>
                <td>
                  <span class={`cat cat-${r.category}`}>{r.category}</span>
                </td>
                <td>{r.retryable ? 'yes' : r.strategy}</td>
                <td>{r.message}</td>
                <td>
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

import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Row, Sort, SortKey } from '../lib/table';
import { nextSort, rowsOf, searchRows, sortRows } from '../lib/table';
import { categoryText, strategyText, tally } from '../lib/words';
import type { VendorEntry } from '../vendors';
import { CodeDetail } from './CodeDetail';

/** Rows shown before "Show all": the catalog is a page section, not a scroller inside the page. */
export const FIRST_ROWS = 12;

/** A code with break opportunities after dots and underscores and inside camelCase, so long codes wrap at a word. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[._/-])|(?<=[a-z])(?=[A-Z])/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {p}
        </Fragment>
      ))}
    </>
  );
}

/** What the colours and the retry words of the table mean, for the codes of this catalog (with their counts). */
function Legend({ rows }: { rows: readonly Row[] }) {
  const categories = tally(rows.map((r) => r.category));
  const strategies = tally(rows.map((r) => r.strategy));
  return (
    <details class="legend" data-testid="catalog-legend">
      <summary>
        <span class="legend-label">Categories</span>
        {categories.map((c) => (
          <span key={c.value} class={`cat cat-${c.value}`} title={categoryText[c.value]}>
            {c.value} <span class="n">{c.count}</span>
          </span>
        ))}
        <span class="legend-label">Retry</span>
        {strategies.map((s) => (
          <span key={s.value} class={`strategy strategy-${s.value}`} title={strategyText[s.value]}>
            {s.value} <span class="n">{s.count}</span>
          </span>
        ))}
        <span class="muted small legend-open">what they mean</span>
      </summary>
      <dl class="legend-list">
        {categories.map((c) => (
          <Fragment key={c.value}>
            <dt>
              <span class={`cat cat-${c.value}`}>{c.value}</span>
            </dt>
            <dd>{categoryText[c.value] ?? ''}</dd>
          </Fragment>
        ))}
        {strategies.map((s) => (
          <Fragment key={s.value}>
            <dt>
              <span class={`strategy strategy-${s.value}`}>{s.value}</span>
            </dt>
            <dd>{strategyText[s.value] ?? ''}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}

/** The columns, each sorting by one key or more: category and retry share one, to leave the message room on a laptop. */
const COLUMNS: readonly (readonly { key: SortKey; label: string }[])[] = [
  [{ key: 'code', label: 'Code' }],
  [{ key: 'status', label: 'HTTP' }],
  [
    { key: 'category', label: 'Category' },
    { key: 'retryable', label: 'Retry' },
  ],
  [{ key: 'message', label: 'Message and params' }],
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
  // "Show all" holds for the vendor it was asked on: another vendor starts at its first rows.
  const [allOf, setAllOf] = useState<string | undefined>();
  const all = allOf === vendor.id;
  const visible = all ? shown : shown.slice(0, FIRST_ROWS);
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
      <Legend rows={rows} />
      <p class="muted small hint">Click a code to open it: what it means, the advice, its params with their types, an example body and the code.</p>
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
      <div class="table-wrap" aria-label={`${vendor.label} error codes`} role="region">
        <table data-testid="catalog-table">
          <thead>
            <tr>
              {COLUMNS.map((keys) => {
                const active = natural ? undefined : keys.find((c) => c.key === sort.key);
                return (
                  <th key={keys[0]!.key} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    {keys.map((c, i) => (
                      <Fragment key={c.key}>
                        {i > 0 ? <span class="th-sep">·</span> : null}
                        <button
                          type="button"
                          onClick={() => {
                            setSort(natural ? { key: c.key, dir: 'asc' } : nextSort(sort, c.key));
                            setNatural(false);
                          }}
                        >
                          {c.label}
                          <span aria-hidden="true">{active === c ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                        </button>
                      </Fragment>
                    ))}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={r.code} class={r.code === detail ? 'open' : ''}>
                <td data-label="Code">
                  <button type="button" class="linkish" aria-expanded={r.code === detail} onClick={() => { onDetail(r.code === detail ? undefined : r.code); }}>
                    <code>
                      <Breakable text={r.code} />
                    </code>
                  </button>
                  {r.nested ? <span class="tag">nested</span> : null}
                </td>
                <td data-label="HTTP">{r.status}</td>
                <td data-label="Category" class="cat-cell">
                  <span class={`cat cat-${r.category}`}>{r.category}</span> <span class={`strategy strategy-${r.strategy}`} title={`retry: ${r.strategy}`}>{r.strategy}</span>
                </td>
                <td data-label="Message">
                  {r.message}
                  {r.params.length > 0 ? (
                    <span class="row-params">
                      <span class="muted small">params </span>
                      {r.params.map((p) => (
                        <code key={p} class="param">
                          {p}
                        </code>
                      ))}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > FIRST_ROWS ? (
        <p class="more">
          <button type="button" onClick={() => { setAllOf(all ? undefined : vendor.id); }} aria-expanded={all} data-testid="catalog-all">
            {all ? `Show the first ${FIRST_ROWS}` : `Show all ${shown.length} codes`}
          </button>{' '}
          <span class="muted small">{all ? '' : `${FIRST_ROWS} of ${shown.length} shown; search narrows them.`}</span>
        </p>
      ) : null}
    </section>
  );
}

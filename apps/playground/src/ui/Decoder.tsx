import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { decode, reasonText } from '../lib/decode';
import type { DecoderExample } from '../lib/examples';
import { foreignExample, gatewayExample, vendorExample } from '../lib/examples';
import type { VendorEntry } from '../vendors';
import { vendors } from '../vendors';
import { Json } from './Json';

export function Decoder({ vendor, input }: { vendor: VendorEntry; input: { body: string; status: string; headers: string; nonce: number } | undefined }) {
  const examples = useMemo(() => {
    const other = vendors[(vendors.indexOf(vendor) + 1) % vendors.length]!;
    return [vendorExample(vendor.catalog), gatewayExample, foreignExample(vendor.catalog, other.catalog)].filter((e): e is DecoderExample => e !== undefined);
  }, [vendor]);
  const first = examples[0]!;
  const [body, setBody] = useState(first.body);
  const [status, setStatus] = useState(first.status);
  const [headers, setHeaders] = useState(first.headers);
  useEffect(() => {
    if (!input) return;
    setBody(input.body);
    setStatus(input.status);
    setHeaders(input.headers);
  }, [input?.nonce]);
  const result = useMemo(() => decode(vendor.catalog, body, status, headers), [vendor, body, status, headers]);
  const load = (e: DecoderExample) => {
    setBody(e.body);
    setStatus(e.status);
    setHeaders(e.headers);
  };

  return (
    <section id="decoder" aria-labelledby="decoder-h">
      <h2 id="decoder-h">Decoder</h2>
      <p class="muted">
        Paste a response: <code>{vendor.id}.catalog.safeParse(body, {'{ status, headers }'})</code> runs as you type.
      </p>
      <div class="examples" role="group" aria-label="Load an example">
        {examples.map((e) => (
          <button type="button" key={e.label} onClick={() => { load(e); }}>
            {e.label}
          </button>
        ))}
      </div>
      <label class="block">
        <span>Response body</span>
        <textarea rows={9} spellcheck={false} value={body} onInput={(e) => { setBody(e.currentTarget.value); }} data-testid="decoder-body" />
      </label>
      <div class="row">
        <label>
          HTTP status
          <input type="text" inputMode="numeric" size={5} value={status} onInput={(e) => { setStatus(e.currentTarget.value); }} data-testid="decoder-status" />
        </label>
        <label class="grow">
          <span>
            Headers, one <code>name: value</code> per line
          </span>
          <textarea rows={2} spellcheck={false} value={headers} onInput={(e) => { setHeaders(e.currentTarget.value); }} />
        </label>
      </div>
      <div class="result" aria-live="polite" data-testid="decoder-result">
        {result.ok ? (
          <>
            <p class="verdict good">
              <span class="badge">{result.error.known ? 'known code' : 'unknown code'}</span> <code data-testid="decoded-code">{result.error.code}</code> · HTTP{' '}
              {result.error.status} · <span class={`cat cat-${result.error.category}`}>{result.error.category}</span>
            </p>
            <dl class="facts">
              <dt>Message</dt>
              <dd>{result.error.message}</dd>
              <dt>Retry advice</dt>
              <dd>
                {result.error.retry.strategy}
                {result.error.retryable ? ' (retryable)' : ''}
                {result.error.retry.note ? `: ${result.error.retry.note}` : ''}
                {result.error.retryAfterMs === undefined ? '' : ` · wait ${result.error.retryAfterMs} ms`}
              </dd>
              {result.error.requestId ? (
                <>
                  <dt>Request id</dt>
                  <dd>{result.error.requestId}</dd>
                </>
              ) : null}
              <dt>Params</dt>
              <dd>
                <code>{JSON.stringify(result.error.params)}</code>
              </dd>
            </dl>
            {result.details.length > 0 ? (
              <table class="details">
                <caption>Details ({result.details.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">Field path</th>
                    <th scope="col">Code</th>
                    <th scope="col">Message</th>
                  </tr>
                </thead>
                <tbody>
                  {result.details.map((d, i) => (
                    <tr key={i}>
                      <td>
                        <code>
                          {(d.path ?? '—').split(/(?<=\.)/).map((part, k) => (
                            <Fragment key={k}>
                              {k > 0 ? <wbr /> : null}
                              {part}
                            </Fragment>
                          ))}
                        </code>
                      </td>
                      <td>
                        <code>{d.code}</code>
                        {d.known ? '' : ' (unknown)'}
                      </td>
                      <td>{d.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <details>
              <summary>problem+json (RFC 9457)</summary>
              <Json value={result.problem} label="problem+json" />
            </details>
          </>
        ) : (
          <>
            <p class="verdict bad" data-testid="decoder-failure">
              <span class="badge">not a {vendor.id} error body</span> <code>{result.reason}</code>: {reasonText(result.reason)}
            </p>
            <p class="muted">{result.message}</p>
            {result.issues.length > 0 ? (
              <ul class="issues">
                {result.issues.map((i, n) => (
                  <li key={n}>
                    <code>{i.path}</code>: {i.message}
                  </li>
                ))}
              </ul>
            ) : null}
            {result.fallback ? (
              <p>
                A client calling <code>fromResponse</code> still gets a typed error: <code>{result.fallback.code}</code> ({result.fallback.category},{' '}
                {result.fallback.retry.strategy}
                {result.fallback.retryAfterMs === undefined ? '' : `, wait ${result.fallback.retryAfterMs} ms`}, known: false).
              </p>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}

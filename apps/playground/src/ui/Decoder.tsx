import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { decode, reasonText, statusNote } from '../lib/decode';
import type { Detected } from '../lib/detect';
import { detectVendors, MAX_DETECT_CHARS } from '../lib/detect';
import type { DecoderExample } from '../lib/examples';
import { foreignExample, gatewayExample, vendorExample } from '../lib/examples';
import { article } from '../lib/words';
import type { VendorEntry } from '../vendors';
import { vendorById, vendors } from '../vendors';
import { BodyEditor } from './BodyEditor';
import { CutNote, MAX_CHARS, MAX_ROWS } from './Cut';
import { Inline } from './Inline';
import { Json } from './Json';

/** What the decoder decodes: the text of its three inputs. */
export interface DecoderInput {
  readonly body: string;
  readonly status: string;
  readonly headers: string;
}

/** Decoding waits for this pause in typing: a key press in a 2 MB body costs only the key press. */
export const DECODE_PAUSE_MS = 250;

function cut(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}

export function Decoder({
  vendor,
  input,
  onInput,
  onEdit,
  onDecoded,
  onVendor,
}: {
  vendor: VendorEntry;
  input: DecoderInput;
  onInput: (input: DecoderInput) => void;
  /** Called on the first key press (no render: the parent keeps a flag). */
  onEdit: () => void;
  onDecoded: (decoded: { code: string; known: boolean; params: unknown } | undefined) => void;
  onVendor: (id: string) => void;
}) {
  const examples = useMemo(() => {
    const other = vendors[(vendors.indexOf(vendor) + 1) % vendors.length]!;
    return [vendorExample(vendor.catalog), gatewayExample, foreignExample(vendor.catalog, other.catalog)].filter((e): e is DecoderExample => e !== undefined);
  }, [vendor]);
  // The inputs are uncontrolled: a key press touches only the DOM; after a pause, the text is committed.
  const readBody = useRef<(() => string) | undefined>(undefined);
  const statusRef = useRef<HTMLInputElement>(null);
  const headersRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Push a new input to the DOM unless it is the echo of what was typed (typing since goes on).
  const sent = useRef<DecoderInput | undefined>(undefined);
  useLayoutEffect(() => {
    if (input === sent.current) return;
    if (statusRef.current && statusRef.current.value !== input.status) statusRef.current.value = input.status;
    if (headersRef.current && headersRef.current.value !== input.headers) headersRef.current.value = input.headers;
  }, [input]);
  useEffect(() => () => { clearTimeout(timer.current); }, []);
  const commit = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = { body: readBody.current?.() ?? input.body, status: statusRef.current?.value ?? '', headers: headersRef.current?.value ?? '' };
    sent.current = next;
    onInput(next);
  };
  const typed = () => {
    onEdit();
    clearTimeout(timer.current);
    timer.current = setTimeout(commit, DECODE_PAUSE_MS);
  };

  const result = useMemo(() => decode(vendor.catalog, input.body, input.status, input.headers), [vendor, input]);
  const detected = useMemo<Detected[] | undefined>(
    () => (input.body.length > MAX_DETECT_CHARS ? undefined : detectVendors(vendors, input.body, input.status, input.headers)),
    [input],
  );
  useEffect(() => {
    onDecoded(result.ok ? { code: result.error.code, known: result.error.known, params: result.error.params } : undefined);
  }, [result]);
  const note = statusNote(input.status);
  const load = (e: DecoderExample) => {
    onEdit();
    onInput({ body: e.body, status: e.status, headers: e.headers });
  };

  return (
    <section id="decoder" aria-labelledby="decoder-h">
      <h2 id="decoder-h">Decoder</h2>
      <p class="muted">
        Paste a response: <code>{vendor.custom ? vendor.id : 'catalog'}.safeParse(body, {'{ status, headers }'})</code> runs when you pause typing.
      </p>
      <div class="examples" role="group" aria-label="Load an example">
        {examples.map((e) => (
          <button type="button" key={e.label} onClick={() => { load(e); }}>
            {e.label}
          </button>
        ))}
      </div>
      <div class="block">
        <span id="body-label" class="label">Response body</span>
        <BodyEditor value={input.body} onChange={typed} onBlur={() => { if (timer.current !== undefined) commit(); }} reader={readBody} labelledBy="body-label" testId="decoder-body" />
      </div>
      <div class="row">
        <label>
          HTTP status
          <input ref={statusRef} type="text" inputMode="numeric" size={5} defaultValue={input.status} onInput={typed} data-testid="decoder-status" aria-describedby={note ? 'status-note' : undefined} />
        </label>
        <label class="grow">
          <span>
            Headers, one <code>name: value</code> per line
          </span>
          <textarea ref={headersRef} rows={2} spellcheck={false} defaultValue={input.headers} onInput={typed} data-testid="decoder-headers" />
        </label>
      </div>
      {note ? (
        <p class="warn small" id="status-note" data-testid="decoder-status-note">
          {note}
        </p>
      ) : null}
      <div class="result" aria-live="polite" data-testid="decoder-result" data-decoded-length={input.body.length}>
        {result.ok ? (
          <>
            <p class="verdict good">
              <span class="badge">{result.error.known ? 'known code' : 'unknown code'}</span> <code data-testid="decoded-code">{result.error.code}</code> · HTTP{' '}
              {result.error.status} · <span class={`cat cat-${result.error.category}`}>{result.error.category}</span>
            </p>
            <dl class="facts">
              <dt>Message</dt>
              <dd>{cut(result.error.message)}</dd>
              <dt>Retry advice</dt>
              <dd data-testid="decoded-retry">
                {result.error.retry.strategy}
                {result.error.retryable ? ' (retryable)' : ''}
                {result.error.retry.note ? (
                  <>
                    : <Inline text={result.error.retry.note} />
                  </>
                ) : null}
                {result.error.retryAfterMs === undefined ? '' : ` · wait ${result.error.retryAfterMs} ms`}
              </dd>
              {result.error.requestId ? (
                <>
                  <dt>Request id</dt>
                  <dd>{cut(result.error.requestId)}</dd>
                </>
              ) : null}
              <dt>Params</dt>
              <dd>
                <code>{cut(JSON.stringify(result.error.params))}</code>
              </dd>
            </dl>
            {result.details.length > 0 ? (
              <>
                <CutNote shown={Math.min(MAX_ROWS, result.details.length)} total={result.details.length} unit="details" />
                <div class="scroll-x">
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
                      {result.details.slice(0, MAX_ROWS).map((d, i) => (
                        <tr key={i}>
                          <td>
                            <code>
                              {(d.path ?? '—').split(/(?<=[.[])/).map((part, k) => (
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
                          <td>{cut(d.message)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : null}
            <details>
              <summary>problem+json (RFC 9457)</summary>
              <Json value={result.problem} label="problem+json" />
            </details>
          </>
        ) : (
          <>
            <p class="verdict bad" data-testid="decoder-failure">
              <span class="badge">
                not {article(vendor.label)} {vendor.label} error body
              </span>{' '}
              <code>{result.reason}</code>: {reasonText(result.reason)}
            </p>
            <p class="muted">{cut(result.message)}</p>
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
        <Detection detected={detected} current={vendor.id} onVendor={onVendor} />
      </div>
    </section>
  );
}

function Detection({ detected, current, onVendor }: { detected: Detected[] | undefined; current: string; onVendor: (id: string) => void }) {
  if (detected === undefined) return <p class="muted small">Vendor detection is skipped for bodies over 1 MB.</p>;
  return (
    <div class="detected" data-testid="detected-vendors">
      <p class="small">
        <strong>Which catalogs accept this body:</strong> {detected.length === 0 ? 'none (no vendor’s envelope fits it).' : ''}
      </p>
      {detected.length > 0 ? (
        <ul>
          {detected.map((d) => (
            <li key={d.id} data-testid={`detected-${d.id}`}>
              {vendorById(d.id).label}: <code>{d.code}</code> {d.known ? '(known code)' : '(unknown code)'}{' '}
              {d.id === current ? (
                <span class="muted">(shown)</span>
              ) : (
                <button type="button" class="small-btn" onClick={() => { onVendor(d.id); }}>
                  Decode as {vendorById(d.id).label}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

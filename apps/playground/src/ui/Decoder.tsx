import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { reasonText, statusNote } from '../lib/decode';
import type { DecodeView } from '../lib/decode-view';
import { decodeView, SYNC_MAX_CHARS } from '../lib/decode-view';
import type { DecodeAnswer, DecodeRequest } from '../lib/decode.worker';
import type { Detected } from '../lib/detect';
import type { DecoderExample } from '../lib/examples';
import { foreignExample, gatewayExample, vendorExample } from '../lib/examples';
import type { VendorEntry } from '../vendors';
import { vendorById, vendors } from '../vendors';
import { BodyEditor } from './BodyEditor';
import { CutNote } from './Cut';
import { Inline } from './Inline';
import { WirePicture } from './WirePicture';

/** What the decoder decodes: the text of its three inputs. */
export interface DecoderInput {
  readonly body: string;
  readonly status: string;
  readonly headers: string;
}

/** Decoding waits for this pause in typing: a key press in a 2 MB body costs only the key press. */
export const DECODE_PAUSE_MS = 250;

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
  // Leaving a field commits at once: a click elsewhere (copy the link, pick a vendor, run a scenario)
  // must find what was just typed in the page's state, not 250 ms later.
  const leave = () => {
    if (timer.current !== undefined) commit();
  };

  const view = useDecodeView(vendor, input);
  useEffect(() => {
    if (view) onDecoded(view.ok ? { code: view.code, known: view.known, params: view.params } : undefined);
  }, [view]);
  const note = statusNote(input.status);
  const load = (e: DecoderExample) => {
    clearTimeout(timer.current);
    timer.current = undefined;
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
        <BodyEditor value={input.body} onChange={typed} onBlur={leave} reader={readBody} labelledBy="body-label" testId="decoder-body" />
      </div>
      <div class="row">
        <label>
          HTTP status
          <input ref={statusRef} type="text" inputMode="numeric" size={5} defaultValue={input.status} onInput={typed} onBlur={leave} data-testid="decoder-status" aria-describedby={note ? 'status-note' : undefined} />
        </label>
        <label class="grow">
          <span>
            Headers, one <code>name: value</code> per line
          </span>
          <textarea ref={headersRef} rows={Math.max(3, input.headers.split('\n').length)} spellcheck={false} defaultValue={input.headers} onInput={typed} onBlur={leave} data-testid="decoder-headers" />
        </label>
      </div>
      {note ? (
        <p class="warn small" id="status-note" data-testid="decoder-status-note">
          {note}
        </p>
      ) : null}
      <div class="result" aria-live="polite" aria-busy={view === undefined} data-testid="decoder-result" data-decoded-length={view?.decodedLength}>
        {view === undefined ? <p class="muted">Decoding {(input.body.length / 1e6).toFixed(1)} MB in the background…</p> : <Result view={view} input={input} vendor={vendor} onVendor={onVendor} />}
      </div>
    </section>
  );
}

/** Params as a list of names and values (a text as it is, anything else as JSON). */
function Params({ params, text }: { params: unknown; text: DecodeView & { ok: true } }) {
  if (params === null || typeof params !== 'object') {
    return (
      <>
        <code>{text.paramsText.text}</code>
        <CutNote shown={text.paramsText.text.length} total={text.paramsText.length} unit="characters" />
      </>
    );
  }
  const entries = Object.entries(params);
  if (entries.length === 0) return <span class="muted">none</span>;
  return (
    <dl class="params-list" data-testid="decoded-params">
      {entries.map(([k, v]) => (
        <Fragment key={k}>
          <dt>
            <code>{k}</code>
          </dt>
          <dd>{typeof v === 'string' ? v : <code>{JSON.stringify(v)}</code>}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Result({ view, input, vendor, onVendor }: { view: DecodeView; input: DecoderInput; vendor: VendorEntry; onVendor: (id: string) => void }) {
  const wireError = useMemo(
    () =>
      view.ok
        ? {
            code: view.code,
            status: view.status,
            message: view.message.text,
            params: view.params,
            details: view.details.map((d) => ({ code: d.code, path: d.path })),
            requestId: view.requestId,
            retryAfterMs: view.retryAfterMs,
            strategy: view.strategy,
          }
        : undefined,
    [view],
  );
  return (
    <>
      {view.ok ? (
        <>
          <p class="verdict good">
            <span class="badge">{view.known ? 'known code' : 'unknown code'}</span> <code data-testid="decoded-code">{view.code}</code> · HTTP {view.status} ·{' '}
            <span class={`cat cat-${view.category}`}>{view.category}</span>
          </p>
          <dl class="facts">
            <dt>Message</dt>
            <dd>{view.message.text}</dd>
            <dt>Retry advice</dt>
            <dd data-testid="decoded-retry">
              {view.strategy}
              {view.retryable ? ' (retryable)' : ''}
              {view.note ? (
                <>
                  : <Inline text={view.note} />
                </>
              ) : null}
              {view.retryAfterMs === undefined ? '' : ` · wait ${view.retryAfterMs} ms`}
            </dd>
            {view.requestId ? (
              <>
                <dt>Request id</dt>
                <dd>{view.requestId}</dd>
              </>
            ) : null}
            <dt>Params</dt>
            <dd>
              <Params params={view.params} text={view} />
            </dd>
          </dl>
          {wireError ? <WirePicture body={input.body} status={input.status} headers={input.headers} error={wireError} /> : null}
          {view.detailCount > 0 ? (
            <>
              <CutNote shown={view.details.length} total={view.detailCount} unit="details" />
              <div class="scroll-x">
                <table class="details">
                  <caption>Details ({view.detailCount})</caption>
                  <thead>
                    <tr>
                      <th scope="col">Field path</th>
                      <th scope="col">Code</th>
                      <th scope="col">Message</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.details.map((d, i) => (
                      <tr key={i}>
                        <td data-label="Field path">
                          <code>
                            {(d.path ?? '—').split(/(?<=[.[])/).map((part, k) => (
                              <Fragment key={k}>
                                {k > 0 ? <wbr /> : null}
                                {part}
                              </Fragment>
                            ))}
                          </code>
                        </td>
                        <td data-label="Code">
                          <code>{d.code}</code>
                          {d.known ? '' : ' (unknown)'}
                        </td>
                        <td data-label="Message">{d.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          <details>
            <summary>problem+json (RFC 9457)</summary>
            <pre class="json" tabIndex={0} aria-label="problem+json">
              {view.problem.text}
            </pre>
            <CutNote shown={view.problem.text.length} total={view.problem.length} unit="characters" />
          </details>
        </>
      ) : (
        <>
          <p class="verdict bad" data-testid="decoder-failure">
            <span class="badge">
              not an error body of {vendor.label}
            </span>{' '}
            <code>{view.reason}</code>: {reasonText(view.reason)}
          </p>
          <p class="muted">{view.message.text}</p>
          {view.issues.length > 0 ? (
            <ul class="issues">
              {view.issues.map((i, n) => (
                <li key={n}>
                  <code>{i.path}</code>: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
          {view.fallback ? (
            <p>
              A client calling <code>fromResponse</code> still gets a typed error: <code>{view.fallback.code}</code> ({view.fallback.category}, {view.fallback.strategy}
              {view.fallback.retryAfterMs === undefined ? '' : `, wait ${view.fallback.retryAfterMs} ms`}, known: false).
            </p>
          ) : null}
        </>
      )}
      <Detection detected={view.detected} current={vendor.id} onVendor={onVendor} />
    </>
  );
}

let worker: Worker | undefined;
let requests = 0;

/** The view of the current input: at once for a small body, from the worker for a large one (undefined meanwhile). */
function useDecodeView(vendor: VendorEntry, input: DecoderInput): DecodeView | undefined {
  const small = input.body.length <= SYNC_MAX_CHARS;
  const now = useMemo(() => (small ? decodeView(vendor.catalog, vendors, input.body, input.status, input.headers) : undefined), [vendor, input, small]);
  const [later, setLater] = useState<{ input: DecoderInput; vendor: string; view: DecodeView } | undefined>();
  useEffect(() => {
    if (small) return;
    // A worker that cannot start or fails (a CSP without worker-src, a chunk that did not load, an
    // exception in it): decode on this thread rather than wait for an answer that never comes.
    const here = () => {
      setLater({ input, vendor: vendor.id, view: decodeView(vendor.catalog, vendors, input.body, input.status, input.headers) });
    };
    try {
      worker ??= new Worker(new URL('../lib/decode.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      here();
      return;
    }
    const w = worker;
    const id = ++requests;
    const onAnswer = ({ data }: MessageEvent<DecodeAnswer>) => {
      if (data.id === id) setLater({ input, vendor: vendor.id, view: data.view });
    };
    const onFailure = () => {
      if (worker === w) worker = undefined;
      w.terminate();
      here();
    };
    w.addEventListener('message', onAnswer);
    w.addEventListener('error', onFailure);
    w.addEventListener('messageerror', onFailure);
    const request: DecodeRequest = { id, vendor: vendor.id, ...input };
    w.postMessage(request);
    return () => {
      w.removeEventListener('message', onAnswer);
      w.removeEventListener('error', onFailure);
      w.removeEventListener('messageerror', onFailure);
    };
  }, [vendor, input, small]);
  return now ?? (later && later.input === input && later.vendor === vendor.id ? later.view : undefined);
}

function Detection({ detected, current, onVendor }: { detected: readonly Detected[] | undefined; current: string; onVendor: (id: string) => void }) {
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

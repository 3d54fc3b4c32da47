import { useMemo } from 'preact/hooks';
import type { DetailDraft, EncoderOptions } from '../lib/encode';
import { detailCodes, encodableCodes, encodeForm, exampleDetailParams, exampleValues, fieldsFor } from '../lib/encode';
import type { Field } from '../lib/schema-form';
import type { VendorEntry } from '../vendors';
import { CopyButton } from './CopyButton';
import type { DecoderInput } from './Decoder';
import { Json } from './Json';

/** The encoder's state, held by the page (it is in the URL): the code, its form values and the options. */
export interface EncoderState {
  readonly code: string;
  readonly values: Readonly<Record<string, string>>;
  readonly options: EncoderOptions;
}

function FieldInput({ field, value, error, onChange }: { field: Field; value: string; error: string | undefined; onChange: (v: string) => void }) {
  const id = `f-${field.path || 'params'}`;
  const describedBy = error ? `${id}-err` : undefined;
  const label = (
    <span class="flabel">
      <code>{field.label || 'params'}</code>
      {field.optional ? <span class="muted"> optional</span> : <span class="req"> required</span>}
      <span class="muted"> · {describe(field)}</span>
    </span>
  );
  let control;
  if (field.kind === 'boolean') {
    control = <input id={id} type="checkbox" checked={value === 'true'} onChange={(e) => { onChange(e.currentTarget.checked ? 'true' : 'false'); }} aria-describedby={describedBy} />;
  } else if (field.kind === 'enum') {
    control = (
      <select id={id} value={value} onChange={(e) => { onChange(e.currentTarget.value); }} aria-describedby={describedBy} aria-invalid={error ? true : undefined} data-testid={`param-${field.path}`}>
        {field.optional ? <option value="">(leave out)</option> : null}
        {field.options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {String(o)}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        id={id}
        type="text"
        inputMode={field.kind === 'number' ? (field.integer ? 'numeric' : 'decimal') : undefined}
        value={value}
        onInput={(e) => { onChange(e.currentTarget.value); }}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        data-testid={`param-${field.path}`}
      />
    );
  }
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {control}
      {error ? (
        <span id={`${id}-err`} class="ferr">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function describe(field: Field): string {
  switch (field.kind) {
    case 'number':
      return field.integer ? 'whole number' : 'number';
    case 'list':
      return `list of ${field.item === 'enum' ? (field.options ?? []).join(' / ') : field.item === 'number' ? 'numbers' : 'texts'}, comma-separated`;
    case 'json':
      return field.hint;
    case 'string':
      return field.hint ? `text (${field.hint})` : 'text';
    case 'enum':
      return 'one of the options';
    case 'boolean':
      return 'yes / no';
  }
}

function Option({ id, label, hint, value, error, onChange, testId }: { id: string; label: string; hint: string; value: string | undefined; error: string | undefined; onChange: (v: string) => void; testId: string }) {
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        <span class="flabel">
          <code>{label}</code>
          <span class="muted"> optional · {hint}</span>
        </span>
      </label>
      <input id={id} type="text" value={value ?? ''} onInput={(e) => { onChange(e.currentTarget.value); }} aria-invalid={error ? true : undefined} data-testid={testId} />
      {error ? <span class="ferr">{error}</span> : null}
    </div>
  );
}

export function Encoder({ vendor, state, onState, onDecode }: { vendor: VendorEntry; state: EncoderState; onState: (s: EncoderState) => void; onDecode: (input: DecoderInput) => void }) {
  const { catalog } = vendor;
  const codes = useMemo(() => encodableCodes(catalog), [vendor]);
  const nestedCount = catalog.codes.length - codes.length;
  const nestable = useMemo(() => detailCodes(catalog), [vendor]);
  const { code, values, options } = state;
  const fields = useMemo(() => fieldsFor(catalog, code), [vendor, code]);
  const origin = typeof location === 'undefined' ? 'http://127.0.0.1:5173' : location.origin;
  const result = useMemo(() => encodeForm(catalog, code, values, origin, options), [vendor, code, values, origin, options]);
  const info = catalog.get(code);
  const errors = result.ok ? {} : result.errors;
  const details = options.details ?? [];

  const setOptions = (next: EncoderOptions) => { onState({ ...state, options: next }); };
  const setDetail = (i: number, patch: Partial<DetailDraft>) => {
    setOptions({ ...options, details: details.map((d, k) => (k === i ? { ...d, ...patch } : d)) });
  };
  const pick = (next: string) => { onState({ code: next, values: exampleValues(catalog, next), options }); };
  const headerText = result.ok
    ? Object.entries(result.encoded.headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n')
    : '';
  const retryHint = info && (info.status === 429 || info.status === 503 || info.retryable) ? 'seconds; this code is retryable, so clients honour it' : 'seconds; sent as the Retry-After header';

  return (
    <section id="encoder" aria-labelledby="encoder-h">
      <h2 id="encoder-h">Encoder</h2>
      <p class="muted">Pick a code and fill its params: the form is generated from the code's zod schema, which also validates it.</p>
      <label class="block">
        Error code
        <select value={code} onChange={(e) => { pick(e.currentTarget.value); }} data-testid="encoder-code">
          {codes.map((c) => (
            <option key={c} value={c}>
              {c} ({catalog.get(c)!.status})
            </option>
          ))}
        </select>
      </label>
      <p class="muted small" data-testid="encoder-nested-note">
        {nestedCount > 0
          ? `${codes.length} codes can be a response; the other ${nestedCount} nested codes only appear inside another error's details: add them under Details.`
          : `All ${codes.length} codes can be a response.`}
      </p>
      {info ? <p class="muted template">Message template: {info.message}</p> : null}
      <fieldset class="params" data-testid="encoder-params">
        <legend>Params</legend>
        {fields.length === 0 ? <p class="muted">This code has no params.</p> : null}
        {fields.map((f) => (
          <FieldInput key={`${code}:${f.path}`} field={f} value={values[f.path] ?? ''} error={errors[f.path]} onChange={(v) => { onState({ ...state, values: { ...values, [f.path]: v } }); }} />
        ))}
      </fieldset>
      <fieldset class="params">
        <legend>Response</legend>
        <Option
          id="f-request-id"
          label="requestId"
          hint="the id this response carries, where the vendor sends one (header or body)"
          value={options.requestId}
          error={errors.requestId}
          onChange={(v) => { setOptions({ ...options, requestId: v }); }}
          testId="encoder-request-id"
        />
        <Option
          id="f-status"
          label="status"
          hint={`another status than the documented ${info?.status ?? ''}`}
          value={options.status}
          error={errors.status}
          onChange={(v) => { setOptions({ ...options, status: v }); }}
          testId="encoder-status"
        />
        <Option id="f-retry-after" label="Retry-After" hint={retryHint} value={options.retryAfter} error={errors.retryAfter} onChange={(v) => { setOptions({ ...options, retryAfter: v }); }} testId="encoder-retry-after" />
      </fieldset>
      <fieldset class="params">
        <legend>Details (nested errors)</legend>
        {details.map((d, i) => (
          <div class={`detail-row${errors[`detail-${i}`] ? ' invalid' : ''}`} key={i}>
            <label>
              Code
              <select value={d.code} onChange={(e) => { setDetail(i, { code: e.currentTarget.value, params: exampleDetailParams(catalog, e.currentTarget.value) }); }} data-testid={`detail-code-${i}`}>
                {nestable.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Field path
              <input type="text" value={d.path} placeholder="order.lines[0].quantity" onInput={(e) => { setDetail(i, { path: e.currentTarget.value }); }} data-testid={`detail-path-${i}`} />
            </label>
            <label class="wide">
              Params (JSON)
              <input type="text" class="mono" value={d.params} onInput={(e) => { setDetail(i, { params: e.currentTarget.value }); }} data-testid={`detail-params-${i}`} />
            </label>
            <button type="button" onClick={() => { setOptions({ ...options, details: details.filter((_, k) => k !== i) }); }} aria-label={`Remove detail ${i + 1}`}>
              Remove
            </button>
            {errors[`detail-${i}`] ? <span class="ferr">{errors[`detail-${i}`]}</span> : null}
          </div>
        ))}
        <button
          type="button"
          data-testid="detail-add"
          onClick={() => {
            const first = nestable[0] ?? '';
            setOptions({ ...options, details: [...details, { code: first, path: '', params: exampleDetailParams(catalog, first) }] });
          }}
        >
          Add a detail
        </button>
        <p class="muted small">Whether the wire carries details depends on the vendor's envelope: decode the response to see.</p>
      </fieldset>
      <div class="result" aria-live="polite" data-testid="encoder-result">
        {result.ok ? (
          <>
            <p class="verdict good">
              HTTP <strong data-testid="encoded-status">{result.encoded.status}</strong>
            </p>
            <Json value={headerText} label="Response headers" testId="encoded-headers" />
            <Json value={result.encoded.body} label="Response body" testId="encoded-body" />
            <p class="muted small">Body pretty-printed; on the wire it is exactly:</p>
            <Json value={result.wire} label="Wire body" testId="encoded-wire" />
            <label class="block">
              Reproduce with curl (the mock server answers with this response)
              <textarea readOnly rows={3} value={result.curl} class="mono" data-testid="encoded-curl" onFocus={(e) => { e.currentTarget.select(); }} />
            </label>
            <div class="buttons">
              <CopyButton text={() => result.curl} label="Copy curl" testId="copy-curl" />
              <CopyButton text={() => result.wire} label="Copy body" testId="copy-body" />
              <button type="button" onClick={() => { onDecode({ body: result.wire, status: String(result.encoded.status), headers: headerText }); }}>
                Decode this response
              </button>
            </div>
          </>
        ) : (
          <div class="verdict bad" data-testid="encoder-errors">
            <p>Not sent yet: fix these first.</p>
            <ul>
              {result.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

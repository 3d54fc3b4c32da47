import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { parseHeaderLines, parseStatus } from '../lib/decode';
import type { WireError, WireField } from '../lib/wire-map';
import { childPath, wireMap } from '../lib/wire-map';

/** Bodies up to this size are drawn; the picture of a larger one would not be looked at. */
export const MAX_PICTURE_CHARS = 12_000;

const FIELD_WORDS: Readonly<Record<WireField, string>> = {
  code: 'what to switch on',
  status: 'the HTTP status',
  message: 'for people',
  params: 'typed per code',
  details: 'nested errors, each typed',
  requestId: 'for the vendor’s support',
  retry: 'what a client does next',
};

/** The body as indented JSON, each value that gave an error field marked with that field. */
function JsonMarked({ value, path, indent, marks }: { value: unknown; path: string; indent: string; marks: ReadonlyMap<string, WireField> }): ComponentChildren {
  const leaf = (text: string) => {
    const field = marks.get(path);
    return field ? (
      <mark class={`wf wf-${field}`} data-field={field}>
        {text}
      </mark>
    ) : (
      text
    );
  };
  const inner = `${indent}  `;
  const key = (k: string, p: string) => {
    const field = marks.get(p);
    const text = JSON.stringify(k);
    // A container that gave a field (the details' array) has its key marked.
    return field && typeof (value as Record<string, unknown>)[k] === 'object' ? (
      <mark class={`wf wf-${field}`} data-field={field}>
        {text}
      </mark>
    ) : (
      text
    );
  };
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return (
      <>
        {'[\n'}
        {(value as unknown[]).map((v, i) => (
          <span key={i}>
            {inner}
            <JsonMarked value={v} path={childPath(path, i)} indent={inner} marks={marks} />
            {i < value.length - 1 ? ',\n' : '\n'}
          </span>
        ))}
        {`${indent}]`}
      </>
    );
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return (
      <>
        {'{\n'}
        {entries.map(([k, v], i) => {
          const p = childPath(path, k);
          return (
            <span key={k}>
              {inner}
              {key(k, p)}
              {': '}
              <JsonMarked value={v} path={p} indent={inner} marks={marks} />
              {i < entries.length - 1 ? ',\n' : '\n'}
            </span>
          );
        })}
        {`${indent}}`}
      </>
    );
  }
  return leaf(JSON.stringify(value) ?? String(value));
}

/**
 * The decoded response as a picture: the body on the left with each field that gave a part of the
 * error marked in that part's colour, and the error's fields on the right, each saying where it came from.
 */
export function WirePicture({ body, status, headers, error }: { body: string; status: string; headers: string; error: WireError }) {
  const picture = useMemo(() => {
    if (body.length > MAX_PICTURE_CHARS) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return undefined;
    }
    if (json === null || typeof json !== 'object') return undefined;
    return { json, map: wireMap(json, parseHeaderLines(headers), parseStatus(status), error) };
  }, [body, status, headers, error]);
  if (!picture) return null;
  return (
    <figure class="wire" data-testid="wire-map">
      <figcaption class="small">
        <strong>On the wire → the typed error.</strong> Each marked part of the body gave the error field of its colour.
      </figcaption>
      <div class="wire-grid">
        <pre class="wire-body" tabIndex={0} aria-label="The body, its parts marked with the error field each gave">
          <JsonMarked value={picture.json} path="" indent="" marks={picture.map.marks} />
        </pre>
        <ul class="wire-fields" data-testid="wire-fields" aria-label="The error's fields and where each came from">
          {picture.map.links.map((l) => (
            <li key={l.name} class={`wf-row wf-${l.field}`}>
              <span class="wf-name">
                <code class={`wf wf-${l.field}`}>error.{l.name}</code>
                <span class="muted small"> {l.field === 'params' ? '' : FIELD_WORDS[l.field]}</span>
              </span>
              <span class="wf-from small">
                <code>{l.value}</code> ← {l.from ?? <span class="muted">not in this response</span>}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}

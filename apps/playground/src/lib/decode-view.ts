/**
 * What the decoder shows, as plain data: made on the page for small bodies, in a worker for large
 * ones (so that decoding 2 MB never holds up a key press), by this one function in both places.
 */
import type { Catalog } from '@errs/core';
import { decode } from './decode';
import type { Detected } from './detect';
import { detectVendors, MAX_DETECT_CHARS } from './detect';

/** Long results are cut: this many details, this many characters of a text. */
export const MAX_ROWS = 50;
export const MAX_CHARS = 20_000;

/** Bodies up to this size are decoded on the page at once; larger ones in a worker. */
export const SYNC_MAX_CHARS = 64_000;

/** A text cut to {@link MAX_CHARS}, with its full length. */
export interface CutText {
  readonly text: string;
  readonly length: number;
}

function cut(text: string, max = MAX_CHARS): CutText {
  return { text: text.length > max ? text.slice(0, max) : text, length: text.length };
}

export type DecodeView = {
  /** Length of the body decoded (the page shows whether it is the current one). */
  readonly decodedLength: number;
  /** The catalogs accepting the body; undefined when it is too large to try them all. */
  readonly detected: readonly Detected[] | undefined;
} & (
  | {
      readonly ok: true;
      readonly code: string;
      readonly known: boolean;
      readonly status: number;
      readonly category: string;
      readonly message: CutText;
      readonly strategy: string;
      readonly retryable: boolean;
      readonly note: string | undefined;
      readonly retryAfterMs: number | undefined;
      readonly requestId: string | undefined;
      /** The params themselves when small (for the code panel), else undefined. */
      readonly params: unknown;
      readonly paramsText: CutText;
      readonly details: readonly { readonly path: string | undefined; readonly code: string; readonly known: boolean; readonly message: string }[];
      readonly detailCount: number;
      readonly problem: CutText;
    }
  | {
      readonly ok: false;
      readonly reason: string;
      readonly message: CutText;
      readonly issues: readonly { readonly path: string; readonly message: string }[];
      readonly fallback: { readonly code: string; readonly category: string; readonly strategy: string; readonly retryAfterMs: number | undefined } | undefined;
    }
);

/** Decodes a body for the page: `safeParse` with the vendor's catalog, and every catalog's verdict. */
export function decodeView(
  catalog: Catalog,
  all: readonly { readonly id: string; readonly catalog: Catalog }[],
  body: string,
  status: string,
  headers: string,
): DecodeView {
  const result = decode(catalog, body, status, headers);
  const detected = body.length > MAX_DETECT_CHARS ? undefined : detectVendors(all, body, status, headers);
  const base = { decodedLength: body.length, detected };
  if (!result.ok) {
    const f = result.fallback;
    return {
      ...base,
      ok: false,
      reason: result.reason,
      message: cut(result.message),
      issues: result.issues.map((i) => ({ path: cut(i.path, 200).text, message: cut(i.message, 500).text })),
      fallback: f && { code: f.code, category: f.category, strategy: f.retry.strategy, retryAfterMs: f.retryAfterMs },
    };
  }
  const e = result.error;
  const paramsText = cut(JSON.stringify(e.params));
  return {
    ...base,
    ok: true,
    code: cut(e.code, 200).text,
    known: e.known,
    status: e.status,
    category: e.category,
    message: cut(e.message),
    strategy: e.retry.strategy,
    retryable: e.retryable,
    note: e.retry.note,
    retryAfterMs: e.retryAfterMs,
    requestId: e.requestId === undefined ? undefined : cut(e.requestId, 200).text,
    params: paramsText.length <= 2000 ? e.params : undefined,
    paramsText,
    details: result.details.slice(0, MAX_ROWS).map((d) => ({ path: d.path, code: d.code, known: d.known, message: cut(d.message, 500).text })),
    detailCount: result.details.length,
    problem: cut(JSON.stringify(result.problem, null, 2)),
  };
}

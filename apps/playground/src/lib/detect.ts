/** Which catalogs accept a pasted body: each one's `safeParse`, on one parse of the JSON. */
import type { Catalog } from '@errs/core';
import { parseHeaderLines, parseStatus } from './decode';

export interface Detected {
  readonly id: string;
  readonly code: string;
  readonly known: boolean;
}

/** Bodies longer than this are not tried against every catalog (each try walks the whole body). */
export const MAX_DETECT_CHARS = 1_000_000;

/** The catalogs (in the given order) whose envelope accepts the body, with the code each reads. */
export function detectVendors(entries: readonly { readonly id: string; readonly catalog: Catalog }[], body: string, statusText: string, headerText: string): Detected[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return []; // not JSON: no vendor's envelope
  }
  const init = { status: parseStatus(statusText), headers: parseHeaderLines(headerText) };
  const found: Detected[] = [];
  for (const { id, catalog } of entries) {
    const result = catalog.safeParse(value, init);
    if (result.success) found.push({ id, code: result.data.code, known: result.data.known });
  }
  return found;
}

/** The page's state in the URL's hash: a link opens the page exactly as it was. */

/** The sections of the page a link can point at. */
export type Panel = 'catalog' | 'decoder' | 'encoder' | 'live';
export const panels: readonly Panel[] = ['catalog', 'decoder', 'encoder', 'live'];

/** Everything a link carries. Absent keys take the page's defaults. */
export interface UrlState {
  readonly vendor?: string;
  readonly panel?: Panel;
  /** Decoder input. */
  readonly body?: string;
  readonly status?: string;
  readonly headers?: string;
  /** Encoder: the code and its params (JSON of the params object). */
  readonly code?: string;
  readonly params?: string;
  /** Catalog search and the code whose detail is open. */
  readonly search?: string;
  readonly detail?: string;
  /** The live client's last scenario. */
  readonly scenario?: string;
  /** Encoder options beside the params (request id, status, Retry-After, details), as JSON. */
  readonly opts?: string;
}

const KEYS = ['vendor', 'panel', 'body', 'status', 'headers', 'code', 'params', 'search', 'detail', 'scenario', 'opts'] as const;

/**
 * Bodies longer than this stay out of links: a URL of megabytes is slow to write on every change and
 * many tools cut it anyway.
 */
export const MAX_URL_BODY = 16_000;

/** Reads a hash (`#vendor=connect&panel=decoder&...`, or the old `#vendor=connect`). */
export function readHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null) state[key] = value;
  }
  if (state.panel !== undefined && !panels.includes(state.panel as Panel)) delete state.panel;
  return state;
}

/** The hash of a state (keys in a fixed order, empty values left out, a too long body too). */
export function writeHash(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value === undefined || value === '') continue;
    if (key === 'body' && value.length > MAX_URL_BODY) continue;
    params.set(key, value);
  }
  return `#${params.toString()}`;
}

import type { Catalog, Encoded, EncodeOptions, ErrorDefs, ErrorInfo, ErrsError, ParseInit, SafeParseResult } from '@errs/core';

/** Options of `create`, with detail params as plain data (checked at run time by each code's schema). */
export interface AnyCreateOptions {
  readonly message?: string;
  readonly cause?: unknown;
  readonly details?: readonly { readonly code: string; readonly params?: unknown; readonly path?: string; readonly message?: string }[];
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly status?: number;
}

/**
 * The part of a catalog the playground uses, with codes as plain strings: the page picks codes at
 * run time, so it works with every vendor through one type.
 */
export interface AnyCatalog {
  readonly vendor: string;
  readonly codes: readonly string[];
  get(code: string): ErrorInfo | undefined;
  create(code: string, params?: unknown, options?: AnyCreateOptions): ErrsError;
  encode(error: ErrsError, options?: EncodeOptions): Encoded;
  toResponse(error: ErrsError, options?: EncodeOptions): Response;
  safeParse(input: unknown, init?: ParseInit): SafeParseResult<ErrsError>;
  fromResponse(response: Response): Promise<ErrsError>;
  fromStatus(status: number, init?: Pick<ParseInit, 'headers'> & { readonly cause?: unknown; readonly raw?: unknown }): ErrsError;
}

/** Any vendor's catalog, seen through {@link AnyCatalog}. */
export function anyCatalog<V extends string, E extends ErrorDefs>(catalog: Catalog<V, E>): AnyCatalog {
  return catalog;
}

// The catalogs the hostile suite runs against: the five vendor packages, and one made with the core alone.
import { catalog as ayanova } from '@errs/ayanova';
import { catalog as connect } from '@errs/connect';
import { defineCatalog } from '@errs/core';
import { readWith } from '@errs/core/envelope';
import type { Catalog } from '@errs/core';
import { catalog as easydb } from '@errs/easydb';
import { catalog as omnia } from '@errs/omnia';
import { catalog as platform } from '@errs/platform';
import { z } from 'zod';

const shopBody = z.object({
  error: z.object({ kind: z.string().min(1), text: z.string(), data: z.record(z.string(), z.unknown()).optional() }),
});

/** An invented API declared with @errs/core alone (zod classic), so the core is tested like a vendor. */
export const shop = defineCatalog({
  vendor: 'shop',
  envelope: {
    schema: shopBody,
    read: (input) => readWith(shopBody, input, ({ error }) => ({ code: error.kind, message: error.text, params: error.data })),
    write: (e) => ({ body: { error: { kind: e.code, text: e.message, ...(Object.keys(e.params).length ? { data: e.params } : {}) } } }),
  },
  errors: {
    cart_not_found: { status: 404, message: 'Cart {id} not found.', schema: z.object({ id: z.string() }), category: 'NOT_FOUND' },
    out_of_stock: { status: 409, message: 'Only {left} left of {sku}.', schema: z.object({ sku: z.string(), left: z.number().int() }), category: 'FAILED_PRECONDITION' },
    crashed: { status: 500, message: 'Internal error.', category: 'INTERNAL' },
    overloaded: { status: 503, message: 'Overloaded, retry later.', category: 'UNAVAILABLE' },
  },
});

/** Every catalog under test, as the plain `Catalog` type (every catalog is one: no cast). */
export const subjects: readonly Catalog[] = [omnia, ayanova, easydb, connect, platform, shop];

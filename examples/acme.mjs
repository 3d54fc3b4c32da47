// A runnable tour of @errs/core with an invented vendor ("acme"): `pnpm example`.
import { defineCatalog, match, retryDelay } from '@errs/core';
import { readWith } from '@errs/core/envelope';
import { z } from 'zod';

const body = z.object({ error: z.object({ type: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()).optional() }) });

const acme = defineCatalog({
  vendor: 'acme',
  envelope: {
    schema: body,
    read: (input) => readWith(body, input, ({ error }) => ({ code: error.type, message: error.message, params: error.params })),
    write: (e) => ({ body: { error: { type: e.code, message: e.message, params: e.params } } }),
  },
  errors: {
    not_found: { status: 404, message: 'No order {id}.', schema: z.object({ id: z.string() }), category: 'NOT_FOUND' },
    busy: { status: 503, message: 'Try again shortly.', category: 'UNAVAILABLE' },
  },
});

// Server side: the exact wire response.
const response = acme.toResponse(acme.create('busy', {}, { retryAfterMs: 2000 }));
console.log('server sends', response.status, Object.fromEntries(response.headers), await response.clone().text());

// Client side: a typed error, whatever the body.
const error = await acme.fromResponse(response);
console.log(
  match(error, {
    not_found: (e) => `missing order ${e.params.id}`,
    busy: (e) => `busy: retry in ${retryDelay(e, 0)} ms`,
    _: (e) => `unexpected ${e.code}`,
  }),
);
const gateway = await acme.fromResponse(new Response('<html>502 Bad Gateway</html>', { status: 502 }));
console.log('gateway page ->', gateway.code, gateway.known, gateway.category, 'because', gateway.cause.message);

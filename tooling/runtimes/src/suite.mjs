// The one suite run in every runtime (Node, Bun, Deno, workerd, Chromium), as a user's app has the
// packages: imported by name from the packed tarballs. No test runner: each check prints one line,
//   ok <check>            | not ok <check>: <why>      | note <check>: <what this runtime did>
// and the last line is `done <n>`. runtimes.test.ts (in Node) parses them. Plain JavaScript with
// web APIs only (fetch, AbortSignal, Response), so that Node 20 runs it as it is and a bundler
// takes it for workerd and the browser.
import { ErrsError, isErrsError } from '@errs/core';
import { errsFetch } from '@errs/core/fetch';
import { errorHandler } from '@errs/core/hono';
import { exampleParams, verifyCatalog } from '@errs/core/testing';
import { catalog as ayanova } from '@errs/ayanova';
import { catalog as connect } from '@errs/connect';
import { catalog as easydb } from '@errs/easydb';
import { catalog as omnia } from '@errs/omnia';
import { catalog as platform } from '@errs/platform';
import { Hono } from 'hono';

/** @typedef {import('@errs/core').Catalog} Catalog any vendor's catalog, as a helper for every catalog takes it */
/** @type {Record<string, Catalog>} */
const CATALOGS = { ayanova, connect, easydb, omnia, platform };
const VENDORS = Object.keys(CATALOGS);

/** Every check the suite runs, in order: runtimes.test.ts expects one line for each. */
export const CHECKS = [
  ...VENDORS.map((v) => `round trip ${v}`),
  ...VENDORS.map((v) => `fromResponse ${v}`),
  ...VENDORS.map((v) => `fromError response ${v}`),
  'fromResponse foreign body',
  'fromError refused',
  'fromError timeout',
  'fromError abort',
  'verifyCatalog omnia',
  'hono errorHandler',
  'stack starts in the caller',
  ...VENDORS.map((v) => `errsFetch ${v}`),
  'errsFetch refused',
];

/**
 * @typedef {{ base: string, closed: string }} Config `base`: the test's server (POST /echo answers
 *   the status, headers and body it is sent; GET /html a 502 gateway page; GET /hang never answers);
 *   `closed`: a URL of a 127.0.0.1 port nothing listens on.
 */

/** @param {unknown} ok @param {string} why @returns {asserts ok} */
function assert(ok, why) {
  if (!ok) throw new Error(why);
}

/** @param {unknown} thrown */
const shape = (thrown) => {
  const e = /** @type {{ name?: unknown, message?: unknown }} */ (thrown ?? {});
  return `${String(e.name)}: ${String(e.message)}`.replace(/\s+/g, ' ').slice(0, 200);
};

/**
 * Runs every check, printing one line each.
 * @param {Config} config @param {(line: string) => void} print
 */
export default async function run(config, print) {
  let count = 0;
  /** @param {string} name @param {() => Promise<void> | void} fn */
  const check = async (name, fn) => {
    count++;
    try {
      await fn();
      print(`ok ${name}`);
    } catch (error) {
      print(`not ok ${name}: ${shape(error)}`);
    }
  };
  /** @param {string} name @param {string} text */
  const note = (name, text) => print(`note ${name}: ${text.replace(/\s+/g, ' ')}`);

  for (const v of VENDORS) {
    const catalog = /** @type {Catalog} */ (CATALOGS[v]);
    await check(`round trip ${v}`, () => {
      let created = 0;
      for (const code of catalog.codes) {
        const info = catalog.get(code);
        if (!info || info.nested) continue;
        const error = catalog.create(code, exampleParams(info));
        assert(isErrsError(error) && error instanceof ErrsError && error instanceof Error, `${code}: not an ErrsError`);
        assert(catalog.is(error, code), `${code}: catalog.is is false`);
        const { status, headers, body } = catalog.encode(error);
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const back = catalog.parse(text, { status, headers });
        assert(back.code === code && back.status === error.status && back.known && back.vendor === v, `${code}: parse gave ${back.code} ${back.status} known=${back.known}`);
        assert(JSON.stringify(back.params) === JSON.stringify(error.params), `${code}: params ${JSON.stringify(back.params)} != ${JSON.stringify(error.params)}`);
        assert(error.toProblem().status === status, `${code}: toProblem status`);
        created++;
      }
      assert(created > 0, 'no top-level code');
    });
  }

  /** A vendor's error sent by the test's server as the vendor sends it; fetched. @param {string} v */
  const served = async (v) => {
    const catalog = /** @type {Catalog} */ (CATALOGS[v]);
    const info = catalog.codes.map((c) => catalog.get(c)).find((i) => i !== undefined && !i.nested && i.status >= 400);
    assert(info !== undefined, 'no top-level code of status >= 400');
    const error = catalog.create(info.code, exampleParams(info));
    const encoded = catalog.encode(error);
    const res = await fetch(`${config.base}/echo`, { method: 'POST', body: JSON.stringify(encoded) });
    return { error, res };
  };
  /** @param {ErrsError} got @param {ErrsError} sent */
  const same = (got, sent) =>
    assert(
      got.code === sent.code && got.status === sent.status && got.known && got.message === sent.message && JSON.stringify(got.params) === JSON.stringify(sent.params),
      `got ${got.code} ${got.status} known=${got.known} "${got.message}", sent ${sent.code} ${sent.status} "${sent.message}"`,
    );
  for (const v of VENDORS) {
    await check(`fromResponse ${v}`, async () => {
      const { error, res } = await served(v);
      same(await /** @type {Catalog} */ (CATALOGS[v]).fromResponse(res), error);
    });
  }
  for (const v of VENDORS) {
    await check(`fromError response ${v}`, async () => {
      const { error, res } = await served(v);
      same(await /** @type {Catalog} */ (CATALOGS[v]).fromError(res), error);
    });
  }

  await check('fromResponse foreign body', async () => {
    for (const v of VENDORS) {
      const e = await /** @type {Catalog} */ (CATALOGS[v]).fromResponse(await fetch(`${config.base}/html`));
      assert(e.status === 502 && !e.known && e.vendor === v, `${v}: ${e.code} ${e.status} known=${e.known}`);
    }
  });

  /**
   * What fetch threw, read by every vendor's fromError.
   * @param {string} name @param {(signal?: AbortSignal) => Promise<Response>} request @param {string} category @param {boolean} retryable
   */
  const noResponse = (name, request, category, retryable) =>
    check(name, async () => {
      /** @type {unknown} */
      let thrown;
      try {
        const res = await request();
        throw new Error(`fetch resolved with ${res.status}`);
      } catch (e) {
        thrown = e;
      }
      note(name, `fetch threw ${shape(thrown)}`);
      for (const v of VENDORS) {
        const e = await /** @type {Catalog} */ (CATALOGS[v]).fromError(thrown);
        assert(
          e.code === category && e.category === category && e.status === 0 && !e.known && e.retryable === retryable && e.cause === thrown,
          `${v}: ${e.code} status=${e.status} retryable=${e.retryable} from ${shape(thrown)}`,
        );
      }
    });
  await noResponse('fromError refused', () => fetch(config.closed), 'UNAVAILABLE', true);
  await noResponse('fromError timeout', () => fetch(`${config.base}/hang`, { signal: AbortSignal.timeout(100) }), 'DEADLINE_EXCEEDED', true);
  await noResponse(
    'fromError abort',
    () => {
      const controller = new AbortController();
      const pending = fetch(`${config.base}/hang`, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    'CANCELLED',
    false,
  );

  await check('verifyCatalog omnia', async () => {
    // Fewer runs than the default: the same contract, bounded for the slowest runtime here.
    const { ok, failures } = await verifyCatalog(omnia, {
      runsPerCode: 10,
      fuzzRuns: 300,
      detailParent: { code: 'ValidationFailed' },
      unknownCodeBody: { code: 'BrandNewOmniaCode', message: 'Something new happened.' },
    });
    assert(ok && failures.length === 0, failures.slice(0, 3).join('; '));
  });

  await check('hono errorHandler', async () => {
    /** @type {unknown[]} */
    const logged = [];
    const app = new Hono();
    app.onError(errorHandler(connect, { onError: ({ thrown }) => logged.push(thrown) }));
    const sent = connect.create('ResourceNotFound', { resourceId: 'r-1' });
    app.get('/vendor', () => {
      throw sent;
    });
    app.get('/crash', () => {
      throw new Error('the database password is hunter2');
    });
    const res = await app.request('/vendor');
    const encoded = connect.encode(sent);
    assert(res.status === encoded.status, `status ${res.status}, encode says ${encoded.status}`);
    same(await connect.fromResponse(res), sent);
    const crash = await app.request('/crash');
    const text = await crash.text();
    assert(crash.status === 500 && !text.includes('hunter2'), `crash: ${crash.status} ${text.slice(0, 100)}`);
    const masked = connect.parse(text, { status: crash.status });
    assert(masked.code === 'General' && masked.known, `crash sent ${masked.code}`);
    assert(logged.length === 2 && logged[0] === sent, 'onError saw each thrown value');
  });

  await check('stack starts in the caller', async () => {
    const body = JSON.stringify(connect.encode(connect.create('ResourceNotFound', { resourceId: 'r-2' })).body);
    /** The first frame of a stack: the line after the message's. @param {ErrsError} e */
    const top = (e) => (e.stack ?? '').split('\n').find((line, i) => i > 0 && /\bat\b|@/.test(line)) ?? '';
    // Each caller does something after the call: in a tail position (below) some engines drop its frame.
    function parseInTheCaller() {
      const error = connect.parse(body, { status: 404 });
      assert(error.known, 'parse: not known');
      return error;
    }
    function createInTheCaller() {
      const error = connect.create('ResourceNotFound', { resourceId: 'r-3' });
      assert(error.known, 'create: not known');
      return error;
    }
    async function fromResponseInTheCaller() {
      const error = await connect.fromResponse(new Response(body, { status: 404, headers: { 'content-type': 'application/json' } }));
      assert(error.known, 'fromResponse: not known');
      return error;
    }
    for (const [fn, e] of /** @type {const} */ ([
      ['parseInTheCaller', parseInTheCaller()],
      ['createInTheCaller', createInTheCaller()],
      ['fromResponseInTheCaller', await fromResponseInTheCaller()],
    ])) {
      assert(top(e).includes(fn), `${fn}: the first frame is "${top(e).trim()}"`);
    }
    // A caller whose last statement is `return f()`: JavaScriptCore (Bun, Safari) makes it a proper tail
    // call in strict code (ES modules), so the caller has no frame in any error's stack.
    function tailCaller() {
      return connect.parse(body, { status: 404 });
    }
    note('stack starts in the caller', top(tailCaller()).includes('tailCaller') ? 'a `return f()` caller keeps its frame' : 'a `return f()` caller loses its frame');
  });

  // The client integration for fetch: one line of setup, then every failing call rejects with the
  // vendor's error (the same as fromResponse gives), and a success resolves untouched.
  for (const v of VENDORS) {
    await check(`errsFetch ${v}`, async () => {
      const catalog = /** @type {Catalog} */ (CATALOGS[v]);
      const api = errsFetch(catalog);
      const info = catalog.codes.map((c) => catalog.get(c)).find((i) => i !== undefined && !i.nested && i.status >= 400);
      assert(info !== undefined, 'no top-level code of status >= 400');
      const sent = catalog.create(info.code, exampleParams(info));
      /** @type {unknown} */
      let thrown;
      try {
        await api(`${config.base}/echo`, { method: 'POST', body: JSON.stringify(catalog.encode(sent)) });
      } catch (e) {
        thrown = e;
      }
      assert(isErrsError(thrown) && catalog.is(thrown), `rejected with ${shape(thrown)}`);
      same(/** @type {ErrsError} */ (thrown), sent);
      const ok = await api(`${config.base}/echo`, { method: 'POST', body: JSON.stringify({ status: 200, headers: {}, body: { fine: true } }) });
      assert(ok.status === 200 && (await ok.json()).fine === true, `a 200 gave ${ok.status}`);
    });
  }
  await check('errsFetch refused', async () => {
    /** @type {unknown} */
    let thrown;
    try {
      await errsFetch(connect)(config.closed);
    } catch (e) {
      thrown = e;
    }
    assert(connect.is(thrown) && /** @type {ErrsError} */ (thrown).code === 'UNAVAILABLE' && /** @type {ErrsError} */ (thrown).retryable, `rejected with ${shape(thrown)}`);
  });

  // Whether the realm compiles code (errs then runs its predicates as closures).
  let compiles = true;
  try {
    compiles = new Function('return 1')() === 1;
  } catch {
    compiles = false;
  }
  note('runtime', compiles ? 'compiles code (new Function)' : 'refuses new Function: errs runs its guards as closures');
  print(`done ${count}`);
}

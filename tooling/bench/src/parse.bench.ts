/**
 * catalog.parse / safeParse of JSON text against, in the same run: JSON.parse + new Error() (the
 * floor of any parser that returns a real error, for the default mode, whose errors have a stack),
 * JSON.parse + a native error whose stack starts at the parser's caller (nativeAtCaller: the floor
 * of errors like errs's, whose stacks leave the parser's frames out), JSON.parse alone (for
 * `{ stack: false }`),
 * JSON.parse plus a minimal hand-written check, JSON.parse plus the vendor's envelope.read alone
 * (where the time goes), and errorFrom of @botpress/client (platform's own parser,
 * which takes the parsed object: it is given JSON.parse(text), as its client does) on every body.
 *
 * Every measured call returns what its user gets: errs a finished ErrsError (for a foreign body,
 * parse throws ErrsParseError and safeParse returns it), @botpress/client an ApiError.
 * Ratios to the baselines are computed by src/report.mjs from vitest's --outputJson.
 */
import { errorFrom } from '@botpress/client';
import type { CodeView, ReadContext } from '@errs/core/envelope';
import { catalog as ayanova } from '@errs/ayanova';
import { catalog as connect } from '@errs/connect';
import { catalog as easydb } from '@errs/easydb';
import { catalog as omnia } from '@errs/omnia';
import { catalog as platform } from '@errs/platform';
import { bench, describe } from 'vitest';
import { bodies, minimal, nativeAtCaller, type Vendor } from './bodies.js';
import { options } from './options.js';

interface Parser {
  parse(input: unknown, init?: { status?: number; stack?: boolean }): unknown;
  safeParse(input: unknown, init?: { status?: number; stack?: boolean }): unknown;
  envelope: { read(body: unknown, context: ReadContext): unknown };
  codes: readonly string[];
  get(code: string): { message: string; nested: boolean; schema: unknown } | undefined;
}
const catalogs: Record<Vendor, Parser> = { omnia, ayanova, easydb, connect, platform };

// Results go to a sink so that no engine can drop the measured call.
export let sink: unknown;

// The cost of the measurement itself (tinybench times every call with performance.now()): the
// report subtracts it to give net ratios too.
describe('parse floor', () => {
  const text = bodies.connect[0]!.text;
  bench('noop', () => {
    sink = text;
  }, options);
});

for (const vendor of Object.keys(bodies) as Vendor[]) {
  const catalog = catalogs[vendor];
  const check = minimal[vendor];
  // The lookup the core hands an envelope (ReadContext.lookup): one view per code, made once.
  const views = new Map(catalog.codes.map((code): [string, CodeView] => {
    const { message, nested, schema } = catalog.get(code)!;
    return [code, { message, nested, shape: (schema as { shape?: CodeView['shape'] } | undefined)?.shape ?? {} }];
  }));
  const lookup = (code: string) => views.get(code);
  for (const { kind, status, text } of bodies[vendor]) {
    const init = { status };
    const light = { status, stack: false };
    const context: ReadContext = { status, strict: false, lookup };
    describe(`parse ${vendor} ${kind}`, () => {
      bench('JSON.parse', () => {
        sink = JSON.parse(text);
      }, options);
      // The floor of any parser that returns a real error (a native error with a stack).
      bench('JSON.parse + new Error()', () => {
        const body: unknown = JSON.parse(text);
        sink = new Error('error', { cause: body });
      }, options);
      // The floor of a parser whose errors are errs's kind: stack at its caller, the same fields.
      bench('JSON.parse + native error at the caller', () => {
        sink = nativeAtCaller(text);
      }, options);
      bench('JSON.parse + check', () => {
        sink = check(text, status);
      }, options);
      // Where the time goes: the vendor's envelope alone (its schema check and mapping to a wire
      // error; for a foreign body, zod's run that says why it does not fit) on the decoded body;
      // catalog.parse adds the core's part (input limits, params, details, the error itself).
      bench('JSON.parse + envelope.read', () => {
        sink = catalog.envelope.read(JSON.parse(text), context);
      }, options);
      bench('catalog.parse', () => {
        try {
          sink = catalog.parse(text, init);
        } catch (error) {
          sink = error; // foreign body: ErrsParseError
        }
      }, options);
      bench('catalog.safeParse', () => {
        sink = catalog.safeParse(text, init);
      }, options);
      // { stack: false }: light errors for bulk reading, against JSON.parse alone.
      bench('catalog.parse stack:false', () => {
        try {
          sink = catalog.parse(text, light);
        } catch (error) {
          sink = error;
        }
      }, options);
      // @botpress/client's parser also builds a real error; it reads any JSON (a body not its own
      // gives its unknown error), so it runs on every body.
      bench('errorFrom (@botpress/client)', () => {
        sink = errorFrom(JSON.parse(text));
      }, options);
    });
  }
}

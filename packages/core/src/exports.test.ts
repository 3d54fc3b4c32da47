import { describe, expect, it } from 'vitest';
import * as axios from './clients/axios.js';
import * as client from './clients/client.js';
import * as fetchEntry from './clients/fetch.js';
import * as got from './clients/got.js';
import * as ky from './clients/ky.js';
import * as ofetch from './clients/ofetch.js';
import * as openapiFetch from './clients/openapi-fetch.js';
import * as envelope from './envelope-entry.js';
import * as core from './index.js';
import * as otel from './observe/otel.js';
import * as sentry from './observe/sentry.js';
import * as openapi from './openapi/index.js';

// What each entry point exports, as a deliberate list: a new export (or a building block leaking
// out) fails here, so adding one is a decision and not an accident of a re-export.
describe('entry points', () => {
  it('@errs/core exports what a catalog user and a custom catalog author reach for, and no more', () => {
    expect(Object.keys(core).sort()).toEqual([
      'ErrsError',
      'ErrsParseError',
      'PROBLEM_CONTENT_TYPE',
      'categories',
      'categoryFromStatus',
      'defineCatalog',
      'fromJSON',
      'isCategory',
      'isErrsError',
      'isErrsParseError',
      'match',
      'retryDelay',
    ]);
  });

  it('@errs/core/envelope exports the helpers for writing an envelope', () => {
    expect(Object.keys(envelope).sort()).toEqual([
      'display',
      'header',
      'isMismatch',
      'mismatch',
      'ownCopy',
      'placeholders',
      'readWith',
      'reasonPhrase',
      'render',
    ]);
  });

  it('each client integration exports its one setup function, and @errs/core/client their building blocks', () => {
    const keys = (entry: object) => Object.keys(entry).sort();
    expect({
      axios: keys(axios),
      ky: keys(ky),
      ofetch: keys(ofetch),
      got: keys(got),
      'openapi-fetch': keys(openapiFetch),
      fetch: keys(fetchEntry),
      client: keys(client),
    }).toEqual({
      axios: ['errsInterceptor'],
      ky: ['errsHooks'],
      ofetch: ['errsHooks'],
      got: ['errsHooks'],
      'openapi-fetch': ['errsMiddleware'],
      fetch: ['errsFetch'],
      client: ['captureTrace', 'clientError', 'rethrow'],
    });
  });

  it('@errs/core/otel exports errorAttributes and recordError', () => {
    expect(Object.keys(otel).sort()).toEqual(['errorAttributes', 'recordError']);
  });

  it('@errs/core/sentry exports errsBeforeSend and errsIntegration', () => {
    expect(Object.keys(sentry).sort()).toEqual(['errsBeforeSend', 'errsIntegration']);
  });

  it('@errs/core/openapi exports the generators of the documents a vendor package ships', () => {
    expect(Object.keys(openapi).sort()).toEqual(['exampleErrors', 'schemaName', 'toJSONSchema', 'toMarkdown', 'toOpenAPI']);
  });
});

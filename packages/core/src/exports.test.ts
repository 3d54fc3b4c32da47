import { describe, expect, it } from 'vitest';
import * as envelope from './envelope-entry.js';
import * as core from './index.js';
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

  it('@errs/core/openapi exports the generators of the documents a vendor package ships', () => {
    expect(Object.keys(openapi).sort()).toEqual(['exampleErrors', 'schemaName', 'toJSONSchema', 'toMarkdown', 'toOpenAPI']);
  });
});

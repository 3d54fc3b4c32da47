import { describe, expect, it } from 'vitest';
import * as envelope from './envelope-entry.js';
import * as core from './index.js';
import * as otel from './observe/otel.js';
import * as sentry from './observe/sentry.js';

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

  it('@errs/core/otel exports errorAttributes and recordError', () => {
    expect(Object.keys(otel).sort()).toEqual(['errorAttributes', 'recordError']);
  });

  it('@errs/core/sentry exports errsBeforeSend and errsIntegration', () => {
    expect(Object.keys(sentry).sort()).toEqual(['errsBeforeSend', 'errsIntegration']);
  });
});

import fc from 'fast-check';
import { inject } from 'vitest';
import { replayHint } from '../fuzz.js';

// Every property of the file runs from the run's one seed (see fuzz.ts); a failure names it.
// `reporter` serves fc.assert of sync and async properties alike.
const seed = inject('fuzzSeed');
fc.configureGlobal({
  seed,
  // Plugins replace `reporter` only from fast-check 4.10; the range we accept starts at 4.3.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  reporter(details) {
    if (!details.failed) return;
    throw new Error(replayHint(fc.defaultReportMessage(details) ?? 'property failed', seed), { cause: details.errorInstance });
  },
});

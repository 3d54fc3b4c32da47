import { describe, expect, it } from 'vitest';
import { instancesOf } from './checkpoint.js';

// The object that writes Stryker's reports is found on the heap by its class: the lookup is tested
// on a class of the same shape, live in this process.
class MutationTestReportHelper {
  constructor(readonly label: string) {}
  reportAll(): Promise<void> {
    return Promise.resolve();
  }
}

describe('instancesOf', () => {
  it('finds the live instances of a class by its name and a method of its prototype', async () => {
    const one = new MutationTestReportHelper('one');
    const found = await instancesOf('MutationTestReportHelper', 'reportAll');
    expect(found).toEqual([one]);
    expect(found[0]).toBe(one);
  });

  it('finds none of a class with another method, or of a name that no function has', async () => {
    const kept = new MutationTestReportHelper('kept');
    expect(await instancesOf('MutationTestReportHelper', 'writeAll')).toEqual([]);
    expect(await instancesOf('NoSuchClassAnywhere', 'reportAll')).toEqual([]);
    expect(kept.label).toBe('kept');
  });
});

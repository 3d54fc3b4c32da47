import { describe, expect, it } from 'vitest';
import { overBudget } from './budget.js';

describe('overBudget', () => {
  const plans = (runs: number, early: number) => [...Array.from({ length: runs }, () => ({ plan: 'Run' })), ...Array.from({ length: early }, () => ({ plan: 'EarlyResult' }))];

  it('lets a plan of exactly the budget run, counting only the mutants to test', () => {
    expect(overBudget(plans(60, 3000), 60, 'core')).toBeUndefined();
  });

  it('stops one over, saying how many, the budget, and the command and file that fix it', () => {
    expect(overBudget(plans(61, 0), 60, 'ayanova')).toBe(
      '@errs/ayanova: 61 mutants are not in the committed results (more than the 60 a check tests): run `pnpm mutation ayanova` and commit packages/ayanova/stryker-incremental.json with the change',
    );
  });
});

// A Stryker reporter that bounds what a check may cost: once the plan is known (after the dry run,
// before any mutant runs), more mutants to test than the budget end the run with what to do.
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** How many mutants a `--check` may test: a few minutes on CI's two cores (each in a fresh runner). */
export const CHECK_BUDGET = 60;

/**
 * Whether a plan fits the budget, and the sentence that says why not.
 * @param {readonly { plan: string }[]} plans
 * @param {number} budget
 * @param {string} name the package, as `pnpm mutation` takes it
 * @returns {string | undefined}
 */
export function overBudget(plans, budget, name) {
  const runs = plans.filter((p) => p.plan === 'Run').length;
  if (runs <= budget) return undefined;
  return `@errs/${name}: ${runs} mutants are not in the committed results (more than the ${budget} a check tests): run \`pnpm mutation ${name}\` and commit packages/${name}/stryker-incremental.json with the change`;
}

// The budget and the package come from the environment the cli sets (ERRS_MUTATION_BUDGET, unset:
// no bound), not from Stryker's options, which warn on keys of their own.
class BudgetReporter {
  budget = Number(process.env.ERRS_MUTATION_BUDGET ?? Infinity);
  name = process.env.ERRS_MUTATION_PACKAGE ?? 'core';

  /** @param {{ mutantPlans: readonly { plan: string }[] }} event */
  onMutationTestingPlanReady({ mutantPlans }) {
    const why = overBudget(mutantPlans, this.budget, this.name);
    if (why === undefined) return;
    console.error(why);
    process.exit(1);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'errs-budget', BudgetReporter)];

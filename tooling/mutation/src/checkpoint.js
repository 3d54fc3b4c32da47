// A run cut short keeps what it judged. Stryker writes its report, and the incremental file the next
// run starts from, only when every mutant is done: a full run of core takes longer than a working
// session on two cores. `pnpm mutation --minutes N` stops after N minutes and has Stryker write
// both from the mutants tested so far (the others are tested by the next run).
import { Session } from 'node:inspector/promises';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** Every result Stryker reported in this process, reused ones included: what a cut run keeps. */
const tested = new Map();

/** The mutants this run judges (ignored ones left out), once Stryker has planned it. */
let planned = 0;

class CheckpointReporter {
  /** @param {{ mutantPlans: readonly { mutant: { status?: string } }[] }} event */
  onMutationTestingPlanReady({ mutantPlans }) {
    planned = mutantPlans.filter((p) => p.mutant.status !== 'Ignored').length;
  }

  /** @param {{ id: string, status: string }} result */
  onMutantTested(result) {
    // An ignored mutant is decided again by each run's settings, not kept.
    if (result.status !== 'Ignored') tested.set(result.id, result);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'errs-checkpoint', CheckpointReporter)];

/** How many planned mutants have no result yet. */
export const leftSoFar = () => Math.max(0, planned - tested.size);

/**
 * The live instances of the class named `className` (found by its prototype's `method`), from the
 * inspector: Stryker does not hand out the object that writes its reports, so it is looked up.
 * @param {string} className
 * @param {string} method
 * @returns {Promise<unknown[]>}
 */
export async function instancesOf(className, method) {
  const session = new Session();
  session.connect();
  /**
   * @param {string} method
   * @param {object} params
   * @returns {Promise<{ result: { objectId?: string }, objects: { objectId: string } }>}
   */
  const post = async (method, params) => /** @type {never} */ (/** @type {unknown} */ (await session.post(/** @type {'Runtime.evaluate'} */ (method), params)));
  try {
    const key = `__errsInstances${process.pid}`;
    const fn = await post('Runtime.evaluate', { expression: 'Function.prototype' });
    const functions = await post('Runtime.queryObjects', { prototypeObjectId: fn.result.objectId });
    const proto = await post('Runtime.callFunctionOn', {
      objectId: functions.objects.objectId,
      functionDeclaration: `function (name, method) { return this.find((f) => f.name === name && typeof f.prototype?.[method] === 'function')?.prototype ?? null; }`,
      arguments: [{ value: className }, { value: method }],
    });
    if (proto.result.objectId === undefined) return [];
    const instances = await post('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
    await post('Runtime.callFunctionOn', {
      objectId: instances.objects.objectId,
      functionDeclaration: `function (key) { globalThis[key] = [...this]; }`,
      arguments: [{ value: key }],
    });
    const found = /** @type {unknown[]} */ (Reflect.get(globalThis, key));
    Reflect.deleteProperty(globalThis, key);
    return found;
  } finally {
    session.disconnect();
  }
}

/**
 * Has Stryker write its reports and incremental file from the mutants tested so far.
 * @returns {Promise<number>} how many mutants the reports hold
 */
export async function reportSoFar() {
  const [helper] = /** @type {{ reportAll(results: unknown[]): Promise<void> }[]} */ (await instancesOf('MutationTestReportHelper', 'reportAll'));
  if (helper === undefined) throw new Error('Stryker has not started testing mutants yet: nothing to keep');
  const results = [...tested.values()];
  await helper.reportAll(results);
  return results.length;
}

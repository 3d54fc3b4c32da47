import { Fragment } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ScenarioId } from '../lib/scenarios';
import { scenarios, scenarioSteps, scriptText } from '../lib/scenarios';
import type { Attempt, RunResult } from '../lib/timeline';
import { describeAttempt, runScenario } from '../lib/timeline';
import type { VendorEntry } from '../vendors';

interface Run {
  readonly scenario: ScenarioId;
  readonly attempts: readonly Attempt[];
  readonly result?: RunResult;
}

export function LiveDemo({ vendor }: { vendor: VendorEntry }) {
  const [run, setRun] = useState<Run | undefined>();
  const busy = run !== undefined && run.result === undefined;
  const counter = useRef(0);
  const scripts = useMemo(
    () => Object.fromEntries(scenarios.map((s) => [s.id, scriptText(scenarioSteps(vendor.catalog, s.id))])),
    [vendor],
  );

  const start = async (scenario: ScenarioId) => {
    counter.current += 1;
    const runId = `${Date.now().toString(36)}-${counter.current}`;
    const attempts: Attempt[] = [];
    setRun({ scenario, attempts: [] });
    const result = await runScenario({
      catalog: vendor.catalog,
      url: `/mock/${vendor.id}/scenario/${scenario}?run=${runId}`,
      fetch: (url, init) => fetch(url, init),
      onAttempt: (a) => {
        attempts.push(a);
        setRun({ scenario, attempts: [...attempts] });
      },
    });
    setRun({ scenario, attempts: result.attempts, result });
  };

  const total = run?.result?.elapsedMs ?? Math.max(1, ...(run?.attempts.map((a) => a.at + a.durationMs + (a.delayMs ?? 0)) ?? [1]));
  const current = scenarios.find((s) => s.id === run?.scenario);

  return (
    <section id="live" aria-labelledby="live-h">
      <h2 id="live-h">Live client</h2>
      <p class="muted">
        The page calls the mock {vendor.label} server with <code>fetch</code>, turns each failure into a typed error with{' '}
        <code>catalog.fromResponse</code> and waits <code>retryDelay(error, attempt)</code> as advised.
      </p>
      <div class="scenarios" role="group" aria-label="Scenarios">
        {scenarios.map((s) => (
          <button type="button" key={s.id} disabled={busy} onClick={() => void start(s.id)} data-testid={`scenario-${s.id}`} title={s.description}>
            <strong>{s.title}</strong>
            <span class="muted small">{scripts[s.id]}</span>
          </button>
        ))}
      </div>
      {run ? (
        <div class="timeline" data-testid="timeline" aria-live="polite" aria-busy={busy}>
          <h3>
            {current?.title}
            {run.result ? (
              <span class={`badge ${run.result.outcome === 'success' ? 'ok' : 'ko'}`} data-testid="timeline-outcome">
                {run.result.outcome === 'success' ? 'succeeded' : 'gave up'} after {run.result.attempts.length} attempt
                {run.result.attempts.length === 1 ? '' : 's'}, {Math.round(run.result.elapsedMs)} ms
              </span>
            ) : (
              <span class="badge">running…</span>
            )}
          </h3>
          <p class="muted small">{current?.description}</p>
          <div class="axis" aria-hidden="true">
            <span>0 ms</span>
            <span>{Math.round(total)} ms</span>
          </div>
          <div class="track" aria-hidden="true">
            {run.attempts.map((a) => (
              <Fragment key={a.n}>
                <span
                  class={`mark ${a.outcome}`}
                  style={{ left: `${(a.at / total) * 100}%`, width: `max(6px, ${(a.durationMs / total) * 100}%)` }}
                  title={describeAttempt(a)}
                />
                {a.delayMs ? (
                  <span class="wait" style={{ left: `${((a.at + a.durationMs) / total) * 100}%`, width: `${(a.delayMs / total) * 100}%` }} />
                ) : null}
              </Fragment>
            ))}
          </div>
          <ol class="attempts">
            {run.attempts.map((a) => (
              <li key={a.n} class={a.outcome} data-testid="attempt">
                <span class="t">{Math.round(a.at)} ms</span>
                <span class="s">{a.status ?? '—'}</span>
                <span class="d">{describeAttempt(a)}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}

import { Fragment } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ScenarioId } from '../lib/scenarios';
import { scenarioDescription, scenarios, scenarioSteps, scenarioTitle, scriptText } from '../lib/scenarios';
import type { Attempt, RunResult } from '../lib/timeline';
import { describeAttempt, runScenario } from '../lib/timeline';
import type { VendorEntry } from '../vendors';
import type { DecoderInput } from './Decoder';
import { Json } from './Json';

interface Run {
  readonly scenario: ScenarioId;
  readonly attempts: readonly Attempt[];
  readonly result?: RunResult;
}

function headerLines(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

/** One attempt of the timeline; opened, its response as received, and a way to the decoder. */
function AttemptRow({ attempt, onDecode }: { attempt: Attempt; onDecode: (input: DecoderInput) => void }) {
  const [open, setOpen] = useState(false);
  const r = attempt.response;
  return (
    <li class={attempt.outcome} data-testid="attempt">
      <details onToggle={(e) => { setOpen(e.currentTarget.open); }}>
        <summary>
          <span class="t">{Math.round(attempt.at)} ms</span>
          <span class="s">{attempt.status ?? '—'}</span>
          <span class="d">{describeAttempt(attempt)}</span>
        </summary>
        {open && r ? (
          <div class="attempt-response">
            <Json value={`HTTP ${r.status}\n${headerLines(r.headers)}`} label={`Status and headers of attempt ${attempt.n}`} />
            <Json value={r.body} label={`Body of attempt ${attempt.n}`} />
            <button type="button" onClick={() => { onDecode({ body: r.body, status: String(r.status), headers: headerLines(r.headers) }); }}>
              Send to the decoder
            </button>
          </div>
        ) : null}
      </details>
    </li>
  );
}

export function LiveDemo({
  vendor,
  scenario,
  onScenario,
  onDecode,
}: {
  vendor: VendorEntry;
  scenario: ScenarioId | undefined;
  onScenario: (id: ScenarioId) => void;
  onDecode: (input: DecoderInput) => void;
}) {
  const [run, setRun] = useState<Run | undefined>();
  const busy = run !== undefined && run.result === undefined;
  const counter = useRef(0);
  const texts = useMemo(
    () =>
      Object.fromEntries(
        scenarios.map((s) => [s.id, { title: scenarioTitle(vendor.catalog, s.id), description: scenarioDescription(vendor.catalog, s.id), script: scriptText(scenarioSteps(vendor.catalog, s.id)) }]),
      ) as Record<ScenarioId, { title: string; description: string; script: string }>,
    [vendor],
  );

  const start = async (id: ScenarioId) => {
    onScenario(id);
    counter.current += 1;
    const runId = `${Date.now().toString(36)}-${counter.current}`;
    const attempts: Attempt[] = [];
    setRun({ scenario: id, attempts: [] });
    const result = await runScenario({
      catalog: vendor.catalog,
      url: `/mock/${vendor.id}/scenario/${id}?run=${runId}`,
      fetch: (url, init) => fetch(url, init),
      onAttempt: (a) => {
        attempts.push(a);
        setRun({ scenario: id, attempts: [...attempts] });
      },
    });
    setRun({ scenario: id, attempts: result.attempts, result });
  };

  const total = run?.result?.elapsedMs ?? Math.max(1, ...(run?.attempts.map((a) => a.at + a.durationMs + (a.delayMs ?? 0)) ?? [1]));
  const current = run ? texts[run.scenario] : undefined;

  return (
    <section id="live" aria-labelledby="live-h">
      <h2 id="live-h">Live client</h2>
      <p class="muted">
        The page calls the mock {vendor.label} server with <code>fetch</code>, turns each failure into a typed error with{' '}
        <code>catalog.fromResponse</code> and waits <code>retryDelay(error, attempt)</code> as advised. Open an attempt to see its response.
      </p>
      <div class="scenarios" role="group" aria-label="Scenarios">
        {scenarios.map((s) => (
          <button
            type="button"
            key={s.id}
            disabled={busy}
            aria-pressed={scenario === s.id}
            onClick={() => void start(s.id)}
            data-testid={`scenario-${s.id}`}
            title={texts[s.id].description}
          >
            <strong>{texts[s.id].title}</strong>
            <span class="muted small">{texts[s.id].script}</span>
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
                {a.delayMs ? <span class="wait" style={{ left: `${((a.at + a.durationMs) / total) * 100}%`, width: `${(a.delayMs / total) * 100}%` }} /> : null}
              </Fragment>
            ))}
          </div>
          <ul class="timeline-legend small" data-testid="timeline-legend" aria-label="How to read the timeline">
            <li>
              <span class="swatch error" aria-hidden="true" /> an attempt answered with an error
            </li>
            <li>
              <span class="swatch success" aria-hidden="true" /> an attempt that succeeded
            </li>
            <li>a bar’s width: the time until its response came</li>
            <li>
              <span class="swatch wait" aria-hidden="true" /> the wait before the next attempt (<code>retryDelay</code>)
            </li>
            <li>left to right: ms since the first request</li>
          </ul>
          <ol class="attempts">
            {run.attempts.map((a) => (
              <AttemptRow key={a.n} attempt={a} onDecode={onDecode} />
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}

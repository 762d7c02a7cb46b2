// "Send N requests": `lab load` from the chosen sender to the target, drawn as bars per pod grouped
// by node; a run can be pinned, and the next one is drawn beside it (Cluster vs Local, affinity
// on/off, a node down).
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { compareRuns } from '../../viz/distribution.ts';
import type { LoadRun } from '../../viz/distribution.ts';
import { useIsReady } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { firstOf } from '../firstOf.ts';
import { sendersOf } from '../targets.ts';
import { MoreOption } from './MoreOption.tsx';
import type { Trace } from '../../engine/index.ts';
import { useT, type Translator } from '../i18n/i18n.ts';

function shortPod(pod: string): string {
  return pod.startsWith('default/') ? pod.slice('default/'.length) : pod;
}

/** What one request of a load became: the pod that answered, or how it ended. */
function requestText(trace: Trace, index: number, t: Translator): string {
  const end =
    trace.servedBy !== null
      ? t('dist.servedBy', { pod: shortPod(trace.servedBy.pod), node: trace.servedBy.node })
      : t(`verdict.${trace.verdict}`);
  return `#${index + 1} → ${end}`;
}

/** Each request of the latest load, to show its hops in the inspector (as clicking its packet does). */
export function RequestPicker() {
  const traces = useLabStore((s) => s.loadTraces);
  const picked = useLabStore((s) => s.pickedPacket);
  const pickPacket = useLabStore((s) => s.pickPacket);
  const t = useT();
  if (traces === null || traces.length === 0) return null;
  return (
    <label className="dist-request">
      <span>{t('dist.traceOf')}</span>
      <select
        data-testid="load-request"
        value={picked === null ? '' : String(picked)}
        onChange={(e) => {
          if (e.target.value !== '') pickPacket(Number(e.target.value));
        }}
      >
        <option value="">{t('dist.choose')}</option>
        {traces.map((trace, i) => (
          <option key={i} value={String(i)}>
            {requestText(trace, i, t)}
          </option>
        ))}
      </select>
    </label>
  );
}

function RunTitle({ run, kind }: { readonly run: LoadRun; readonly kind: 'pinned' | 'latest' }) {
  const t = useT();
  return (
    <div className={`dist-run is-${kind}`} data-testid={`run-${kind}`}>
      <span className="dist-swatch" aria-hidden="true" />
      <span className="dist-run-name">
        {kind === 'pinned' ? t('dist.pinned') : t('dist.latest')} #{run.id}
      </span>
      <span className="dist-totals">
        {t('dist.answered', { n: run.ok })}
        {run.failed > 0 ? t('dist.failed', { n: run.failed }) : ''}
      </span>
      <code className="dist-command">{run.command}</code>
    </div>
  );
}

export function DistributionPanel() {
  const [count, setCount] = useState(100);
  const [keepalive, setKeepalive] = useState(false);
  const view = useLabStore((s) => s.view);
  const sender = useLabStore((s) => s.sender);
  const setSender = useLabStore((s) => s.setSender);
  const target = useLabStore((s) => s.target);
  const sendLoad = useLabStore((s) => s.sendLoad);
  const pinLoad = useLabStore((s) => s.pinLoad);
  const loadRun = useLabStore((s) => s.loadRun);
  const pinnedRun = useLabStore((s) => s.pinnedRun);
  const lastCommand = useLabStore((s) => s.lastCommand);
  const ready = useIsReady();
  const t = useT();

  const senders = useMemo(() => sendersOf(view), [view]);
  const from = sender === '' ? (senders[0]?.id ?? '') : sender;
  const runs = useMemo(() => {
    const list: LoadRun[] = [];
    if (pinnedRun !== null) list.push(pinnedRun);
    if (loadRun !== null && loadRun !== pinnedRun) list.push(loadRun);
    return list;
  }, [loadRun, pinnedRun]);
  const rows = useMemo(() => compareRuns(runs), [runs]);
  const most = Math.max(
    1,
    ...rows.flatMap((r) => r.pods.flatMap((p) => p.counts.map((c) => c ?? 0))),
  );
  const kinds = runs.map((r): 'pinned' | 'latest' => (r === pinnedRun ? 'pinned' : 'latest'));
  const failure =
    lastCommand?.line.startsWith('lab load') === true &&
    (!lastCommand.answer.ok || lastCommand.answer.value.load === undefined)
      ? lastCommand.answer.ok
        ? lastCommand.answer.value.stderr.trim()
        : lastCommand.answer.message
      : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    sendLoad(Math.max(1, Math.min(1000, Math.round(count))), keepalive);
  };

  return (
    <section className="distribution" data-testid="distribution" aria-label={t('dist.label')}>
      <form className="dist-form" onSubmit={onSubmit}>
        <label className="dist-from">
          <span>{t('dist.from')}</span>
          <select
            data-testid="load-sender"
            value={from}
            onChange={(e) => setSender(e.target.value)}
            disabled={senders.length === 0}
          >
            {(['client', 'node', 'pod'] as const).map((kind) => {
              const group = firstOf(
                senders.filter((s) => s.kind === kind),
                (s) => s.id === from,
              );
              return [
                ...group.shown.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                )),
                <MoreOption key={`more-${kind}`} n={group.more} />,
              ];
            })}
          </select>
        </label>
        <div className="dist-target mono" title={t('dist.urlTitle')}>
          {target || t('dist.noUrl')}
        </div>
        <label>
          <span>{t('dist.requests')}</span>
          <input
            type="number"
            min={1}
            max={1000}
            value={count}
            data-testid="load-count"
            onChange={(e) => setCount(Number(e.target.value))}
          />
        </label>
        <label className="dist-check">
          <input
            type="checkbox"
            checked={keepalive}
            data-testid="load-keepalive"
            onChange={(e) => setKeepalive(e.target.checked)}
          />
          <span>{t('dist.keepalive')}</span>
        </label>
        <div className="dist-actions">
          <button
            type="submit"
            className="button button-primary"
            data-testid="send-load"
            disabled={!ready || target.trim() === ''}
          >
            {t('dist.send', { n: count })}
          </button>
          <button
            type="button"
            className="button"
            data-testid="pin-run"
            disabled={loadRun === null || loadRun === pinnedRun}
            onClick={() => pinLoad(true)}
          >
            {t('dist.pin')}
          </button>
          {pinnedRun !== null && (
            <button type="button" className="button" onClick={() => pinLoad(false)}>
              {t('dist.unpin')}
            </button>
          )}
        </div>
      </form>
      {failure !== null && failure !== '' && <p className="dist-error">{failure}</p>}
      {runs.length === 0 ? (
        <p className="empty">{t('dist.empty')}</p>
      ) : (
        <>
          {runs.map((run, i) => (
            <RunTitle key={run.id} run={run} kind={kinds[i] ?? 'latest'} />
          ))}
          <RequestPicker />
          <div className="dist-chart" data-testid="dist-chart">
            {rows.map((row) => (
              <div
                key={row.node}
                className="dist-node"
                data-testid="dist-node"
                data-node={row.node}
              >
                <div className="dist-node-name">{row.node === '?' ? t('dist.gone') : row.node}</div>
                {row.pods.map((p) => (
                  <div key={p.pod} className="dist-pod" data-testid="dist-pod" data-pod={p.pod}>
                    <div className="dist-pod-name mono" title={p.pod}>
                      {shortPod(p.pod)}
                    </div>
                    {p.counts.map((c, i) => (
                      <div
                        key={i}
                        className={`dist-bar-row is-${kinds[i] ?? 'latest'}`}
                        data-testid={`bar-${kinds[i] ?? 'latest'}`}
                        data-count={c ?? ''}
                      >
                        <div
                          className="dist-bar"
                          style={{ width: `${((c ?? 0) / most) * 100}%` }}
                        />
                        <span className="dist-count">{c ?? '–'}</span>
                      </div>
                    ))}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

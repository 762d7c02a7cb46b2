// Controls over the topology: each Deployment's replica count with -/+ (kubectl scale), and the
// last command a control ran with what it printed, so every click reads as the line a user types.
import { useMemo } from 'react';
import { controlCommand, deploymentsOf } from '../../viz/controls.ts';
import { firstOf } from '../firstOf.ts';
import { useIsReady } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { useT } from '../i18n/i18n.ts';

export function ControlsPanel() {
  const view = useLabStore((s) => s.view);
  const runCommand = useLabStore((s) => s.runCommand);
  const lastCommand = useLabStore((s) => s.lastCommand);
  const ready = useIsReady();
  const t = useT();
  const deployments = useMemo(() => firstOf(deploymentsOf(view)), [view]);
  const output =
    lastCommand === null
      ? ''
      : lastCommand.answer.ok
        ? (lastCommand.answer.value.exitCode === 0
            ? lastCommand.answer.value.stdout
            : lastCommand.answer.value.stderr
          ).trim()
        : lastCommand.answer.message;
  const failed =
    lastCommand !== null && (!lastCommand.answer.ok || lastCommand.answer.value.exitCode !== 0);
  // lab load prints a table the distribution already draws: its first line is enough here.
  const shown =
    lastCommand?.line.startsWith('lab load') === true ? (output.split('\n')[0] ?? '') : output;

  return (
    <div className="controls-panel" role="group" aria-label={t('controls.label')}>
      {deployments.shown.length > 0 && (
        <ul className="scale-list">
          {deployments.shown.map((d) => {
            const scale = (replicas: number) =>
              runCommand(controlCommand({ kind: 'scale', ...d, replicas }));
            const id = `${d.namespace}/${d.name}`;
            return (
              <li key={id} className="scale-item" data-testid="scale" data-deployment={id}>
                <span className="scale-name" title={`Deployment ${id}`}>
                  {d.namespace === 'default' ? d.name : id}
                </span>
                <button
                  type="button"
                  className="button scale-button"
                  data-testid="scale-down"
                  aria-label={t('controls.scaleDown', { name: d.name })}
                  title={controlCommand({ kind: 'scale', ...d, replicas: d.replicas - 1 })}
                  disabled={!ready || d.replicas === 0}
                  onClick={() => scale(d.replicas - 1)}
                >
                  −
                </button>
                <span className="scale-count" data-testid="replicas">
                  {d.replicas}
                </span>
                <button
                  type="button"
                  className="button scale-button"
                  data-testid="scale-up"
                  aria-label={t('controls.scaleUp', { name: d.name })}
                  title={controlCommand({ kind: 'scale', ...d, replicas: d.replicas + 1 })}
                  disabled={!ready}
                  onClick={() => scale(d.replicas + 1)}
                >
                  +
                </button>
              </li>
            );
          })}
          {deployments.more > 0 && (
            <li className="scale-more">{t('controls.more', { n: deployments.more })}</li>
          )}
        </ul>
      )}
      {lastCommand !== null && (
        <pre className={`command-echo${failed ? ' is-error' : ''}`} data-testid="command-echo">
          <span className="command-line">$ {lastCommand.line}</span>
          {shown !== '' && `\n${shown}`}
        </pre>
      )}
    </div>
  );
}

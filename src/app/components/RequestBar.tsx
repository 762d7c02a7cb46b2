// The request: who sends it (an outside machine, a node, a pod), and what it calls (typed, or
// picked from the addresses that sender can reach).
import { useMemo } from 'react';
import type { FormEvent } from 'react';
import { useIsReady } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { sendersOf, targetsFor } from '../targets.ts';
import type { TargetChoice } from '../targets.ts';

const GROUPS: readonly TargetChoice['group'][] = [
  'node port',
  'load balancer',
  'cluster IP',
  'DNS name',
];

export function RequestBar() {
  const target = useLabStore((s) => s.target);
  const setTarget = useLabStore((s) => s.setTarget);
  const sender = useLabStore((s) => s.sender);
  const setSender = useLabStore((s) => s.setSender);
  const sendRequest = useLabStore((s) => s.sendRequest);
  const view = useLabStore((s) => s.view);
  const ready = useIsReady();

  const senders = useMemo(() => sendersOf(view), [view]);
  const from = sender === '' ? (senders[0]?.id ?? '') : sender;
  const targets = useMemo(() => targetsFor(view, from), [view, from]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    sendRequest();
  };

  return (
    <form className="request-bar" onSubmit={onSubmit} aria-label="Request">
      <label className="request-from">
        <span>curl from</span>
        <select
          className="request-sender"
          data-testid="sender"
          value={from}
          onChange={(e) => setSender(e.target.value)}
          disabled={senders.length === 0}
        >
          {(['client', 'node', 'pod'] as const).map((kind) => {
            const group = senders.filter((s) => s.kind === kind);
            if (group.length === 0) return null;
            const title = { client: 'outside machines', node: 'nodes', pod: 'pods' }[kind];
            return (
              <optgroup key={kind} label={title}>
                {group.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </label>
      <input
        id="target"
        className="request-target mono"
        data-testid="target"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        spellCheck={false}
        autoComplete="off"
        aria-label="URL"
      />
      <select
        className="request-choices"
        data-testid="target-choice"
        aria-label="Reachable addresses"
        value=""
        onChange={(e) => {
          if (e.target.value !== '') setTarget(e.target.value);
        }}
        disabled={targets.length === 0}
      >
        <option value="">{targets.length === 0 ? 'no addresses' : 'addresses…'}</option>
        {GROUPS.map((group) => {
          const items = targets.filter((t) => t.group === group);
          if (items.length === 0) return null;
          return (
            <optgroup key={group} label={group}>
              {items.map((t) => (
                <option key={t.url} value={t.url}>
                  {t.url} · {t.label}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <button type="submit" className="button button-primary" data-testid="send" disabled={!ready}>
        Send request
      </button>
    </form>
  );
}

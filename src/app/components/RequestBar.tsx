// The request: who sends it (an outside machine, a node, a pod), and what it calls (typed, or
// picked from the addresses that sender can reach).
import { useMemo } from 'react';
import type { FormEvent } from 'react';
import { useIsReady } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { firstOf } from '../firstOf.ts';
import { MoreOption } from './MoreOption.tsx';
import { sendersOf, targetsFor } from '../targets.ts';
import type { TargetChoice } from '../targets.ts';
import { useT } from '../i18n/i18n.ts';
import type { UiKey } from '../i18n/ui.ts';

const GROUPS: readonly (readonly [TargetChoice['group'], UiKey])[] = [
  ['node port', 'target.group.nodePort'],
  ['load balancer', 'target.group.loadBalancer'],
  ['cluster IP', 'target.group.clusterIP'],
  ['DNS name', 'target.group.dnsName'],
];

const SENDER_GROUPS = {
  client: 'request.clients',
  node: 'request.nodes',
  pod: 'request.pods',
} as const satisfies Record<string, UiKey>;

export function RequestBar() {
  const target = useLabStore((s) => s.target);
  const setTarget = useLabStore((s) => s.setTarget);
  const sender = useLabStore((s) => s.sender);
  const setSender = useLabStore((s) => s.setSender);
  const sendRequest = useLabStore((s) => s.sendRequest);
  const view = useLabStore((s) => s.view);
  const ready = useIsReady();
  const t = useT();

  const senders = useMemo(() => sendersOf(view), [view]);
  const from = sender === '' ? (senders[0]?.id ?? '') : sender;
  const targets = useMemo(() => targetsFor(view, from), [view, from]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    sendRequest();
  };

  return (
    <form className="request-bar" onSubmit={onSubmit} aria-label={t('request.label')}>
      <label className="request-from">
        <span>{t('request.from')}</span>
        <select
          className="request-sender"
          data-testid="sender"
          value={from}
          onChange={(e) => setSender(e.target.value)}
          disabled={senders.length === 0}
        >
          {(['client', 'node', 'pod'] as const).map((kind) => {
            const group = firstOf(
              senders.filter((s) => s.kind === kind),
              (s) => s.id === from,
            );
            if (group.shown.length === 0) return null;
            const title = t(SENDER_GROUPS[kind]);
            return (
              <optgroup key={kind} label={title}>
                {group.shown.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
                <MoreOption n={group.more} />
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
        aria-label={t('request.url')}
      />
      <select
        className="request-choices"
        data-testid="target-choice"
        aria-label={t('request.reachable')}
        value=""
        onChange={(e) => {
          if (e.target.value !== '') setTarget(e.target.value);
        }}
        disabled={targets.length === 0}
      >
        <option value="">
          {targets.length === 0 ? t('request.noAddresses') : t('request.addresses')}
        </option>
        {GROUPS.map(([group, title]) => {
          const items = firstOf(targets.filter((x) => x.group === group));
          if (items.shown.length === 0) return null;
          return (
            <optgroup key={group} label={t(title)}>
              {items.shown.map((x) => (
                <option key={x.url} value={x.url}>
                  {x.url} · {t.message(x.says)}
                </option>
              ))}
              <MoreOption n={items.more} />
            </optgroup>
          );
        })}
      </select>
      <button type="submit" className="button button-primary" data-testid="send" disabled={!ready}>
        {t('request.send')}
      </button>
    </form>
  );
}

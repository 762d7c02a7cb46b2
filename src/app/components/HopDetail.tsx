// The selected hop: its one-sentence note, the packet before and after it, and what decided it:
// for iptables hops the node's rules as a tree with the deciding rule highlighted, for un-NAT hops
// the conntrack entry, for routing and tunnel hops the route.
import type { Hop, Packet } from '../../engine/index.ts';
import { useLabStore } from '../store/labStore.ts';
import { useSelectedHop } from '../store/selectors.ts';
import { RuleTree } from './RuleTree.tsx';
import { hopNote, useT, type TextKey, type Translator } from '../i18n/i18n.ts';

/** "IP:PORT" with the part that changed marked: struck old value, highlighted new one. */
function Address({ now, was }: { readonly now: string; readonly was: string | null }) {
  if (was === null || was === now) return <span>{now}</span>;
  return (
    <span>
      <del className="addr-old">{was}</del> <mark className="addr-new">{now}</mark>
    </span>
  );
}

function PacketLine({
  packet,
  before,
  t,
}: {
  readonly packet: Packet;
  readonly before: Packet | null;
  readonly t: Translator;
}) {
  const outer = packet.outer;
  return (
    <>
      {packet.proto} <Address now={packet.src} was={before?.src ?? null} /> -&gt;{' '}
      <Address now={packet.dst} was={before?.dst ?? null} />
      {outer !== null && (
        <span className="hop-outer">
          {' '}
          {t('hop.outer')} {outer.kind} {outer.src} -&gt; {outer.dst}
        </span>
      )}
    </>
  );
}

const RULE_TITLE: Partial<Record<Hop['action'], TextKey>> = {
  'un-dnat': 'hop.rule.conntrack',
  'un-snat': 'hop.rule.conntrack',
  route: 'hop.rule.route',
  encap: 'hop.rule.route',
  arp: 'hop.rule.arp',
};

function ruleTitle(hop: Hop): TextKey {
  if (hop.walk !== undefined && hop.walk.length > 0) return 'hop.rule.iptables';
  return RULE_TITLE[hop.action] ?? 'hop.rule.other';
}

export function HopDetail() {
  const selected = useSelectedHop();
  const t = useT();
  const before = useLabStore((s) =>
    s.selectedHop === null || s.selectedHop === 0 ? null : s.trace?.hops[s.selectedHop - 1],
  );
  if (selected === null) return null;
  const { index, hop } = selected;
  const previous = before?.packet ?? null;
  return (
    <section className="hop-detail" data-testid="hop-detail" aria-label={t('hop.selected')}>
      <h3>
        {t('hop.title', { n: index + 1 })}{' '}
        <span className={`hop-action action-${hop.action}`}>{hop.action}</span> {t('hop.at')}{' '}
        <span className="mono">{hop.at}</span>
      </h3>
      <p className="hop-note" data-testid="hop-note" lang={t.language}>
        {hopNote(hop, t.language)}
      </p>
      <dl className="hop-facts">
        {previous !== null && (
          <>
            <dt>{t('hop.before')}</dt>
            <dd className="mono" data-testid="packet-before">
              <PacketLine packet={previous} before={null} t={t} />
            </dd>
          </>
        )}
        <dt>{previous === null ? t('hop.packet') : t('hop.after')}</dt>
        <dd className="mono" data-testid="packet-after">
          <PacketLine packet={hop.packet} before={previous} t={t} />
        </dd>
      </dl>
      {hop.rule !== null && (
        <>
          <div className="hop-rule-title">{t(ruleTitle(hop))}</div>
          <pre className="hop-rule" data-testid="hop-rule">
            {hop.rule}
          </pre>
        </>
      )}
      {hop.walk !== undefined && hop.walk.length > 0 && (
        <RuleTree key={`${index}:${hop.at}`} hop={hop} />
      )}
    </section>
  );
}

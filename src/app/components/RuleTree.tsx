// A node's iptables as a collapsible tree (table > chain > rule), read with `ssh NODE
// iptables-save` when a hop is chosen: the chains the packet walked are open, their rules numbered
// in walk order, and the rule that decided the hop highlighted.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CommandResult, Hop } from '../../engine/index.ts';
import { ruleNode, ruleTree } from '../../viz/ruleTree.ts';
import type { ChainNode } from '../../viz/ruleTree.ts';
import { useLabStore, type Answer } from '../store/labStore.ts';
import { useT } from '../i18n/i18n.ts';

function Chain({ chain }: { readonly chain: ChainNode }) {
  const [open, setOpen] = useState(chain.walked);
  const t = useT();
  return (
    <li className={`rt-chain${chain.walked ? ' is-walked' : ''}`} data-chain={chain.name}>
      <button
        type="button"
        className="rt-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className="rt-caret" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="mono rt-chain-name">{chain.name}</span>
        <span className="rt-meta">
          {chain.policy === '-' ? '' : t('rules.policy', { policy: chain.policy })}
          {t(chain.rules.length === 1 ? 'rules.rule' : 'rules.rules', { n: chain.rules.length })}
        </span>
      </button>
      {open && chain.rules.length > 0 && (
        <ol className="rt-rules">
          {chain.rules.map((rule, i) => (
            <li
              key={i}
              className={`mono${rule.step !== null ? ' is-walked' : ''}${rule.decisive ? ' is-decisive' : ''}`}
              data-testid={rule.decisive ? 'decisive-rule' : undefined}
            >
              <span
                className="rt-step"
                aria-label={rule.step === null ? undefined : t('rules.walkStep')}
              >
                {rule.step ?? ''}
              </span>
              <span className="rt-line">{rule.line}</span>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

export function RuleTree({ hop }: { readonly hop: Hop }) {
  const node = ruleNode(hop.at);
  const playId = useLabStore((s) => s.playId);
  const read = useLabStore((s) => s.read);
  // Read once per node and trace (the rules the packet met), not on every render; the answer comes
  // from the engine's worker, and one for another node or trace is not shown.
  const asked = node === null ? null : `${node} ${playId}`;
  const [got, setGot] = useState<{
    readonly asked: string;
    readonly answer: Answer<CommandResult> | null;
  } | null>(null);
  useEffect(() => {
    if (node === null) return;
    let live = true;
    void read(`ssh ${node} iptables-save`).then((answer) => {
      if (live) setGot({ asked: `${node} ${playId}`, answer });
    });
    return () => {
      live = false;
    };
  }, [node, playId, read]);
  const answer = got !== null && got.asked === asked ? got.answer : null;
  const tree = useMemo(
    () => (answer?.ok === true ? ruleTree(answer.value.stdout, hop.walk ?? [], hop.rule) : null),
    [answer, hop.walk, hop.rule],
  );
  const box = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    box.current?.querySelector('.is-decisive')?.scrollIntoView({ block: 'nearest' });
  }, [tree]);

  if (node === null || answer === null) return null;
  if (!answer.ok || answer.value.exitCode !== 0 || tree === null) {
    const why = answer.ok ? answer.value.stderr.trim() : answer.message;
    return (
      <p className="rt-empty">
        {why === '' ? t('rules.unreadable', { node }) : t('rules.unreadableWhy', { node, why })}
      </p>
    );
  }
  return (
    <div className="rule-tree" data-testid="rule-tree" ref={box}>
      <div className="rt-title">
        <span className="mono">ssh {node} iptables-save</span>
        <span className="rt-meta">{t('rules.walkedOpen')}</span>
      </div>
      {tree.map((table) => (
        <details key={table.name} className="rt-table" open={table.walked} data-table={table.name}>
          <summary>
            <span className="mono">*{table.name}</span>
            <span className="rt-meta">{t('rules.chains', { n: table.chains.length })}</span>
          </summary>
          <ul className="rt-chains">
            {table.chains.map((chain) => (
              <Chain key={chain.name} chain={chain} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

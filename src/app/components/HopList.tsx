// The trace's hops in order; the packet's current hop is selected while it flies.
import { useEffect, useRef } from 'react';
import { useHops } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { useT } from '../i18n/i18n.ts';

export function HopList() {
  const hops = useHops();
  const selected = useLabStore((s) => s.selectedHop);
  const selectHop = useLabStore((s) => s.selectHop);
  const list = useRef<HTMLOListElement>(null);
  const t = useT();

  useEffect(() => {
    if (selected === null) return;
    list.current?.children[selected]?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  if (hops.length === 0) {
    return (
      <p className="empty" data-testid="hops">
        {t('hops.empty')}
      </p>
    );
  }
  return (
    <ol className="hops" data-testid="hops" ref={list}>
      {hops.map((hop, i) => (
        <li key={i}>
          <button
            type="button"
            className={`hop${i === selected ? ' is-selected' : ''}${hop.reply ? ' is-reply' : ''}`}
            data-testid="hop"
            data-index={i}
            data-action={hop.action}
            aria-pressed={i === selected}
            onClick={() => selectHop(i)}
          >
            <span className="hop-index">{i + 1}</span>
            <span className="hop-at">{hop.at}</span>
            <span className={`hop-action action-${hop.action}`}>{hop.action}</span>
            <span className="hop-packet mono">
              {hop.packet.src} -&gt; {hop.packet.dst}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

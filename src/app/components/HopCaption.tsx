// Projector mode's caption: the current hop in words, large, under the topology.
import { useSelectedHop } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { hopNote, useT } from '../i18n/i18n.ts';

export function HopCaption() {
  const selected = useSelectedHop();
  const count = useLabStore((s) => s.trace?.hops.length ?? 0);
  const speed = useLabStore((s) => s.speed);
  const verdict = useLabStore((s) => s.trace?.verdict ?? null);
  const t = useT();
  return (
    <div className="hop-caption" data-testid="hop-caption" aria-live="polite">
      {selected === null ? (
        <span className="hop-caption-note">{t('caption.keys')}</span>
      ) : (
        <>
          <span className="hop-caption-count">
            {selected.index + 1}/{count}
          </span>
          <span className={`hop-action action-${selected.hop.action}`}>{selected.hop.action}</span>
          <span className="hop-caption-note" lang={t.language}>
            {hopNote(selected.hop, t.language)}
          </span>
        </>
      )}
      <span className="hop-caption-meta">
        {verdict !== null && (
          <span data-testid="caption-verdict" data-verdict={verdict}>
            {t(`verdict.${verdict}`)}
          </span>
        )}
        <span data-testid="caption-speed">{speed}x</span>
      </span>
    </div>
  );
}

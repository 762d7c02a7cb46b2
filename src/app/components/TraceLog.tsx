// The trace in words for screen readers: when a trace is shown, a polite live region reads its
// hops as sentences (where, what happened, the packet's addresses, why) and the result. Drawn off
// screen; the hop list and the topology show the same trace to the eye.
import { hopNote, useT } from '../i18n/i18n.ts';
import { useLabStore } from '../store/labStore.ts';

export function TraceLog() {
  const trace = useLabStore((s) => s.trace);
  const t = useT();
  const hops = trace?.hops ?? [];
  return (
    <div
      className="visually-hidden"
      role="log"
      aria-live="polite"
      aria-label={t('traceLog.label')}
      data-testid="trace-log"
      lang={t.language}
    >
      {trace !== null && hops.length > 0 && (
        <ol>
          {hops.map((hop, i) => (
            <li key={i}>
              {t('traceLog.hop', {
                n: i + 1,
                count: hops.length,
                at: hop.at,
                action: hop.action,
                src: hop.packet.src,
                dst: hop.packet.dst,
                note: hopNote(hop, t.language),
              })}
            </li>
          ))}
          <li>{t('traceLog.result', { verdict: t(`verdict.${trace.verdict}`) })}</li>
        </ol>
      )}
    </div>
  );
}

// The verdict of the last request: what the client got back, which pod served it, and the source
// address that pod saw (the point of most NodePort lessons).
import { useLabStore } from '../store/labStore.ts';
import { useT } from '../i18n/i18n.ts';

export function ResponsePanel() {
  const trace = useLabStore((s) => s.trace);
  const answer = useLabStore((s) => s.requestAnswer);
  const t = useT();
  if (trace === null) {
    const error = answer === null ? null : answer.ok ? answer.value.stderr.trim() : answer.message;
    return (
      <section
        className="response is-empty"
        data-testid="response"
        aria-label={t('inspector.response')}
      >
        {error ? <p className="out-error">{error}</p> : <p>{t('response.none')}</p>}
      </section>
    );
  }
  return (
    <section
      className={`response verdict-${trace.verdict}`}
      data-testid="response"
      aria-label={t('inspector.response')}
    >
      <div className="response-head">
        <span className="verdict" data-testid="verdict" data-verdict={trace.verdict}>
          {t(`verdict.${trace.verdict}`)}
        </span>
        <pre className="response-body" data-testid="response-body">
          {trace.response ?? t('response.empty')}
        </pre>
      </div>
      {trace.servedBy !== null && (
        <p className="response-fact">
          {t.rich('response.servedBy', {
            pod: <strong className="mono">{trace.servedBy.pod}</strong>,
            node: <strong>{trace.servedBy.node}</strong>,
          })}
        </p>
      )}
      {trace.clientSeenByPod !== null && (
        <p className="response-fact">
          {t.rich('response.seen', {
            address: <strong className="mono">{trace.clientSeenByPod}</strong>,
          })}
        </p>
      )}
    </section>
  );
}

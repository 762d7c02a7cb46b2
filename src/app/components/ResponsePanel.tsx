// The verdict of the last request: what the client got back, which pod served it, and the source
// address that pod saw (the point of most NodePort lessons).
import { useLabStore } from '../store/labStore.ts';

export function ResponsePanel() {
  const trace = useLabStore((s) => s.trace);
  const answer = useLabStore((s) => s.requestAnswer);
  if (trace === null) {
    const error = answer === null ? null : answer.ok ? answer.value.stderr.trim() : answer.message;
    return (
      <section className="response is-empty" data-testid="response" aria-label="Response">
        {error ? <p className="out-error">{error}</p> : <p>No request sent yet.</p>}
      </section>
    );
  }
  return (
    <section
      className={`response verdict-${trace.verdict}`}
      data-testid="response"
      aria-label="Response"
    >
      <div className="response-head">
        <span className="verdict" data-testid="verdict">
          {trace.verdict}
        </span>
        <pre className="response-body" data-testid="response-body">
          {trace.response ?? '(no response)'}
        </pre>
      </div>
      {trace.servedBy !== null && (
        <p className="response-fact">
          served by <strong className="mono">{trace.servedBy.pod}</strong> on{' '}
          <strong>{trace.servedBy.node}</strong>
        </p>
      )}
      {trace.clientSeenByPod !== null && (
        <p className="response-fact">
          the pod saw the request come from{' '}
          <strong className="mono">{trace.clientSeenByPod}</strong>
        </p>
      )}
    </section>
  );
}

// The selected hop: what happened, the rule that decided it, and the chain walk that led there.
import { useSelectedHop } from '../store/selectors.ts';

export function HopDetail() {
  const selected = useSelectedHop();
  if (selected === null) return null;
  const { index, hop } = selected;
  const outer = hop.packet.outer;
  return (
    <section className="hop-detail" data-testid="hop-detail" aria-label="Selected hop">
      <h3>
        Hop {index + 1}: <span className={`hop-action action-${hop.action}`}>{hop.action}</span> at{' '}
        <span className="mono">{hop.at}</span>
      </h3>
      <p className="hop-note" data-testid="hop-note">
        {hop.note}
      </p>
      <dl className="hop-facts">
        <dt>packet</dt>
        <dd className="mono">
          {hop.packet.proto} {hop.packet.src} -&gt; {hop.packet.dst}
        </dd>
        {outer !== null && (
          <>
            <dt>outer</dt>
            <dd className="mono">
              {outer.kind} {outer.src} -&gt; {outer.dst}
            </dd>
          </>
        )}
      </dl>
      {hop.rule !== null && (
        <pre className="hop-rule" data-testid="hop-rule">
          {hop.rule}
        </pre>
      )}
      {hop.walk !== undefined && hop.walk.length > 0 && (
        <details className="hop-walk">
          <summary>Chain walk ({hop.walk.length} rules)</summary>
          <ol>
            {hop.walk.map((line, i) => (
              <li key={i} className={line === hop.rule ? 'is-decisive mono' : 'mono'}>
                {line}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

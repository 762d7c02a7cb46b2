// What `kubectl apply` said: one line per object, then every error on the line it concerns. A file
// of a thousand objects shows its first lines and how many more there are (each line is an element
// the browser lays out again whenever the page around it moves).
import type { SourceError } from '../../engine/index.ts';
import { firstOf } from '../firstOf.ts';
import { useLabStore } from '../store/labStore.ts';
import { useT } from '../i18n/i18n.ts';

/** Lines and errors shown, at most each. */
const MAX_SHOWN = 100;

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

function More({ n }: { readonly n: number }) {
  const t = useT();
  return n === 0 ? null : <p className="out-more">{t('apply.more', { n })}</p>;
}

export function ApplyOutput({ onPickLine }: { readonly onPickLine: (line: number) => void }) {
  const answer = useLabStore((s) => s.applyAnswer);
  const t = useT();
  if (answer === null) {
    return (
      <div className="apply-output is-empty" data-testid="apply-output">
        {t('apply.empty')}
      </div>
    );
  }
  if (!answer.ok) {
    return (
      <div className="apply-output" data-testid="apply-output" role="status">
        <p className="out-error">{t('apply.failed', { why: answer.message })}</p>
      </div>
    );
  }
  const { stdout, stderr, errors } = answer.value;
  // Errors with a line are listed from `errors`; stderr lines repeat them for kubectl's sake.
  const extra = firstOf(errors.length > 0 ? [] : lines(stderr), undefined, MAX_SHOWN);
  const out = firstOf(lines(stdout), undefined, MAX_SHOWN);
  const failed = firstOf(errors, undefined, MAX_SHOWN);
  return (
    <div className="apply-output" data-testid="apply-output" role="status">
      {out.shown.map((line, i) => (
        <p key={`o${i}`} className="out-line">
          {line}
        </p>
      ))}
      <More n={out.more} />
      {failed.shown.map((error: SourceError, i) => (
        <button
          type="button"
          key={`e${i}`}
          className="out-error out-error-link"
          onClick={() => onPickLine(error.line)}
          title={t('apply.showLine')}
        >
          <span className="out-error-where">
            {error.column > 0
              ? t('apply.lineColumn', { line: error.line, column: error.column })
              : t('apply.line', { line: error.line })}
          </span>
          {error.message}
        </button>
      ))}
      <More n={failed.more} />
      {extra.shown.map((line, i) => (
        <p key={`x${i}`} className="out-error">
          {line}
        </p>
      ))}
      <More n={extra.more} />
    </div>
  );
}

// What `kubectl apply` said: one line per object, then every error on the line it concerns.
import type { SourceError } from '../../engine/index.ts';
import { useLabStore } from '../store/labStore.ts';
import { useT } from '../i18n/i18n.ts';

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
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
  const extra = errors.length > 0 ? [] : lines(stderr);
  return (
    <div className="apply-output" data-testid="apply-output" role="status">
      {lines(stdout).map((line, i) => (
        <p key={`o${i}`} className="out-line">
          {line}
        </p>
      ))}
      {errors.map((error: SourceError, i) => (
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
      {extra.map((line, i) => (
        <p key={`x${i}`} className="out-error">
          {line}
        </p>
      ))}
    </div>
  );
}

// The manifest editor: a plain textarea on the first screen, replaced by Monaco (YAML, Kubernetes
// schema, markers) once the learner clicks into it or types in it; Monaco's chunk is loaded only
// then. (Focus alone does not load it: a script filling the textarea keeps its textarea.)
import '../editor/workspace.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { clearEditorHandle, editorHandle, setEditorHandle } from '../editor/editorHandle.ts';
import { MonacoBoundary } from '../editor/MonacoBoundary.tsx';
import { useEditorUi } from '../editor/editorUi.ts';
import { MAX_PASTE, refuseLargePaste } from '../editor/pasteLimit.ts';
import { useIsReady } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { ApplyOutput } from './ApplyOutput.tsx';
import { useT } from '../i18n/i18n.ts';

const MonacoEditor = lazy(() => import('../editor/MonacoEditor.tsx'));

/** Puts the caret at the start of a 1-based line and scrolls it into view. */
function revealLine(area: HTMLTextAreaElement, line: number): void {
  const lines = area.value.split('\n');
  const start = lines.slice(0, Math.max(line - 1, 0)).reduce((sum, l) => sum + l.length + 1, 0);
  const end = start + (lines[line - 1]?.length ?? 0);
  area.focus();
  area.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
  area.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

function PlainEditor({ onUse }: { readonly onUse: () => void }) {
  const text = useLabStore((s) => s.editorText);
  const setText = useLabStore((s) => s.setEditorText);
  const apply = useLabStore((s) => s.apply);
  const area = useRef<HTMLTextAreaElement>(null);
  const t = useT();

  useEffect(() => {
    const handle = {
      revealLine(line: number) {
        if (area.current !== null) revealLine(area.current, line);
      },
    };
    setEditorHandle(handle);
    return () => clearEditorHandle(handle);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      apply();
      return;
    }
    // Typing asks for Monaco; the key still lands here, and Monaco takes the text and caret.
    if (!['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'Escape'].includes(event.key)) onUse();
  };

  return (
    <textarea
      ref={area}
      className="editor"
      data-testid="editor"
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      wrap="off"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onPaste={(e) => refuseLargePaste(e.clipboardData, () => e.preventDefault())}
      onKeyDown={onKeyDown}
      onPointerDown={onUse}
      aria-label={t('editor.textarea')}
    />
  );
}

type DiffState =
  | { readonly kind: 'none' }
  | { readonly kind: 'shown'; readonly text: string; readonly error: boolean };

/**
 * What Apply would change: `kubectl diff -f -` on the editor's text, read without letting simulated
 * time pass or recording anything in the scenario (the session's `read`).
 */
async function diffEditor(): Promise<DiffState> {
  const { editorText, read } = useLabStore.getState();
  const answer = await read('kubectl diff -f -', editorText);
  if (answer === null) return { kind: 'none' };
  if (!answer.ok) return { kind: 'shown', text: answer.message, error: true };
  const out = answer.value;
  return out.exitCode > 1 || (out.exitCode === 1 && out.stdout === '')
    ? { kind: 'shown', text: out.stderr, error: true }
    : { kind: 'shown', text: out.stdout, error: false };
}

/** Why the last paste did not reach the editor (too large to apply), until the text changes. */
function RefusedPaste() {
  const length = useEditorUi((s) => s.refusedPaste);
  const text = useLabStore((s) => s.editorText);
  const t = useT();
  useEffect(() => {
    useEditorUi.getState().setRefusedPaste(null);
  }, [text]);
  if (length === null) return null;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  return (
    <p className="editor-note is-error" role="alert" data-testid="editor-note">
      {t('editor.pasteTooBig', { size: mb(length), max: mb(MAX_PASTE) })}
    </p>
  );
}

/** The diff's lines, coloured as a terminal's `diff` would be. */
function DiffView({ diff, onClose }: { readonly diff: DiffState; readonly onClose: () => void }) {
  const t = useT();
  if (diff.kind === 'none') return null;
  const lineClass = (l: string) =>
    l.startsWith('+++') || l.startsWith('---') || l.startsWith('diff ')
      ? 'diff-file'
      : l.startsWith('@@')
        ? 'diff-hunk'
        : l.startsWith('+')
          ? 'diff-add'
          : l.startsWith('-')
            ? 'diff-del'
            : undefined;
  return (
    <div
      className="diff-output"
      data-testid="diff-output"
      role="region"
      aria-label={t('editor.diffTitle')}
    >
      <div className="diff-head">
        <strong>{t('editor.diffTitle')}</strong>
        <span className="hint">kubectl diff -f -</span>
        <button type="button" className="button" onClick={onClose} data-testid="diff-close">
          {t('editor.diffClose')}
        </button>
      </div>
      {diff.text === '' ? (
        <p className="diff-none">{t('editor.diffNone')}</p>
      ) : (
        <pre tabIndex={0} className={diff.error ? 'diff-error' : undefined}>
          {diff.text
            .replace(/\n$/, '')
            .split('\n')
            .map((l, i) => (
              <span key={i} className={diff.error ? undefined : lineClass(l)}>
                {l}
                {'\n'}
              </span>
            ))}
        </pre>
      )}
    </div>
  );
}

export function EditorPane({
  folded = false,
  foldButton = null,
}: {
  /** Folded to its title (the editor stays loaded, hidden). */
  readonly folded?: boolean;
  readonly foldButton?: ReactNode;
}) {
  const apply = useLabStore((s) => s.apply);
  const ready = useIsReady();
  const [diff, setDiff] = useState<DiffState>({ kind: 'none' });
  const wanted = useEditorUi((s) => s.monacoWanted);
  const shown = useEditorUi((s) => s.monacoShown);
  const wantMonaco = useEditorUi((s) => s.wantMonaco);
  const failed = useEditorUi((s) => s.monacoFailedToLoad);
  const t = useT();

  return (
    <section
      className={folded ? 'pane editor-pane is-folded' : 'pane editor-pane'}
      aria-label={t('editor.label')}
    >
      <div className="pane-title">
        <h2>{t('editor.title')}</h2>
        <span className="hint">{t('editor.hint')}</span>
        {foldButton}
      </div>
      {/* The textarea stays the same element until Monaco has mounted in its place. */}
      {!shown && <PlainEditor key="plain" onUse={wantMonaco} />}
      {wanted && (
        <MonacoBoundary key="monaco" onFail={failed}>
          <Suspense fallback={null}>
            <MonacoEditor />
          </Suspense>
        </MonacoBoundary>
      )}
      <div className="editor-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="apply"
          disabled={!ready}
          onClick={() => {
            setDiff({ kind: 'none' });
            apply();
          }}
        >
          {t('editor.apply')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="diff"
          disabled={!ready}
          title={t('editor.diffHint')}
          onClick={() => void diffEditor().then(setDiff)}
        >
          {t('editor.diff')}
        </button>
        <span className="hint">kubectl apply -f -</span>
      </div>
      <RefusedPaste />
      <DiffView diff={diff} onClose={() => setDiff({ kind: 'none' })} />
      <ApplyOutput
        onPickLine={(line) => {
          editorHandle()?.revealLine(line);
        }}
      />
    </section>
  );
}

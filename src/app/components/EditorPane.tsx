// The manifest editor: a plain textarea on the first screen, replaced by Monaco (YAML, Kubernetes
// schema, markers) the first time the learner focuses it; Monaco's chunk is loaded only then.
import '../editor/workspace.css';
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { editorHandle, setEditorHandle } from '../editor/editorHandle.ts';
import { MonacoBoundary } from '../editor/MonacoBoundary.tsx';
import { useEditorUi } from '../editor/editorUi.ts';
import { useIsReady } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { ApplyOutput } from './ApplyOutput.tsx';

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

function PlainEditor({ onFocus }: { readonly onFocus?: (caret: number) => void }) {
  const text = useLabStore((s) => s.editorText);
  const setText = useLabStore((s) => s.setEditorText);
  const apply = useLabStore((s) => s.apply);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setEditorHandle({
      revealLine(line) {
        if (area.current !== null) revealLine(area.current, line);
      },
    });
    return () => setEditorHandle(null);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      apply();
    }
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
      onKeyDown={onKeyDown}
      onFocus={(e) => onFocus?.(e.currentTarget.selectionStart)}
      aria-label="YAML manifest"
    />
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
  const wanted = useEditorUi((s) => s.monacoWanted);
  const caret = useEditorUi((s) => s.caret);
  const wantMonaco = useEditorUi((s) => s.wantMonaco);
  const failed = useEditorUi((s) => s.monacoFailedToLoad);

  return (
    <section
      className={folded ? 'pane editor-pane is-folded' : 'pane editor-pane'}
      aria-label="Manifest editor"
    >
      <div className="pane-title">
        <h2>Manifest</h2>
        <span className="hint">YAML · Ctrl+Enter applies</span>
        {foldButton}
      </div>
      {wanted ? (
        <MonacoBoundary onFail={failed}>
          <Suspense fallback={<PlainEditor />}>
            <MonacoEditor caret={caret} />
          </Suspense>
        </MonacoBoundary>
      ) : (
        <PlainEditor onFocus={wantMonaco} />
      )}
      <div className="editor-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="apply"
          disabled={!ready}
          onClick={apply}
        >
          Apply
        </button>
        <span className="hint">kubectl apply -f -</span>
      </div>
      <ApplyOutput
        onPickLine={(line) => {
          editorHandle()?.revealLine(line);
        }}
      />
    </section>
  );
}

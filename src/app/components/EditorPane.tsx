// The manifest editor: a plain textarea for now (Monaco comes later, loaded lazily).
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useIsReady } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';
import { ApplyOutput } from './ApplyOutput.tsx';

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

export function EditorPane() {
  const text = useLabStore((s) => s.editorText);
  const setText = useLabStore((s) => s.setEditorText);
  const apply = useLabStore((s) => s.apply);
  const ready = useIsReady();
  const area = useRef<HTMLTextAreaElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      apply();
    }
  };

  return (
    <section className="pane editor-pane" aria-label="Manifest editor">
      <div className="pane-title">
        <h2>Manifest</h2>
        <span className="hint">YAML · Ctrl+Enter applies</span>
      </div>
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
        aria-label="YAML manifest"
      />
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
          if (area.current !== null) revealLine(area.current, line);
        }}
      />
    </section>
  );
}

// The left pane: the manifest editor above the terminal. The border between them and the pane's
// right edge drag (or take the arrow keys) to resize; each half folds to its title, and the whole
// pane folds to a strip. The layout is kept in the browser.
import { useEffect, useRef, useState } from 'react';
import type { HTMLAttributes, KeyboardEvent, PointerEvent } from 'react';
import { EditorPane } from '../components/EditorPane.tsx';
import { TerminalPane } from '../terminal/TerminalPane.tsx';
import { MIN_WIDTH, clampSplit, clampWidth, useWorkspaceLayout } from './workspaceLayout.ts';
import { useT } from '../i18n/i18n.ts';

function FoldButton({
  folded,
  what,
  onClick,
}: {
  readonly folded: boolean;
  readonly what: 'editor' | 'terminal';
  readonly onClick: () => void;
}) {
  const t = useT();
  const label = t(folded ? 'workspace.show' : 'workspace.fold', {
    what: { key: `workspace.${what}` },
  });
  return (
    <button
      type="button"
      className="fold-button"
      aria-expanded={!folded}
      aria-label={label}
      title={label}
      data-testid={`fold-${what}`}
      onClick={onClick}
    >
      {folded ? '▸' : '▾'}
    </button>
  );
}

/** A separator that drags: `onMove` gets the pointer's position while the button is held. */
function Separator({
  onMove,
  ...rest
}: HTMLAttributes<HTMLDivElement> & { readonly onMove: (x: number, y: number) => void }) {
  return (
    <div
      role="separator"
      tabIndex={0}
      {...rest}
      onPointerDown={(event: PointerEvent<HTMLDivElement>) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event: PointerEvent<HTMLDivElement>) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) {
          onMove(event.clientX, event.clientY);
        }
      }}
    />
  );
}

export function Workspace() {
  const { width, split, folded, hidden, change } = useWorkspaceLayout();
  const column = useRef<HTMLDivElement>(null);
  const t = useT();
  // The pane's drawn width, which the width separator announces (a focusable separator is a
  // control with a value for assistive technology: aria-valuenow).
  const [drawnWidth, setDrawnWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = column.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setDrawnWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hidden]);

  if (hidden) {
    return (
      <div className="workspace is-hidden" data-testid="workspace">
        <button
          type="button"
          className="workspace-show"
          aria-label={t('workspace.showBoth')}
          title={t('workspace.showBoth')}
          data-testid="workspace-show"
          onClick={() => change({ hidden: false })}
        >
          ›
        </button>
      </div>
    );
  }

  const resizeRows = (clientY: number) => {
    const rect = column.current?.getBoundingClientRect();
    if (rect === undefined || rect.height === 0) return;
    change({ split: clampSplit((clientY - rect.top) / rect.height) });
  };
  const resizeWidth = (clientX: number) => {
    const rect = column.current?.getBoundingClientRect();
    if (rect === undefined) return;
    change({ width: clampWidth(clientX - rect.left, window.innerWidth) });
  };
  const rowKeys = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowUp' ? -0.05 : event.key === 'ArrowDown' ? 0.05 : 0;
    if (step === 0) return;
    event.preventDefault();
    change({ split: clampSplit(split + step) });
  };
  const widthKeys = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowLeft' ? -24 : event.key === 'ArrowRight' ? 24 : 0;
    if (step === 0) return;
    event.preventDefault();
    const now = column.current?.getBoundingClientRect().width ?? 320;
    change({ width: clampWidth((width ?? now) + step, window.innerWidth) });
  };

  const editorGrow = folded === 'editor' ? 0 : folded === 'terminal' ? 1 : split;
  const terminalGrow = folded === 'terminal' ? 0 : folded === 'editor' ? 1 : 1 - split;

  return (
    <div className="workspace" ref={column} data-testid="workspace">
      <div
        className={folded === 'editor' ? 'workspace-slot is-folded' : 'workspace-slot'}
        style={{ flexGrow: editorGrow }}
      >
        <EditorPane
          folded={folded === 'editor'}
          foldButton={
            <FoldButton
              folded={folded === 'editor'}
              what="editor"
              onClick={() => change({ folded: folded === 'editor' ? 'none' : 'editor' })}
            />
          }
        />
      </div>
      {folded === 'none' && (
        <Separator
          className="splitter splitter-rows"
          aria-orientation="horizontal"
          aria-label={t('workspace.resizeRows')}
          aria-valuenow={Math.round(split * 100)}
          aria-valuemin={15}
          aria-valuemax={85}
          data-testid="split-rows"
          onKeyDown={rowKeys}
          onMove={(_x, y) => resizeRows(y)}
        />
      )}
      <div
        className={folded === 'terminal' ? 'workspace-slot is-folded' : 'workspace-slot'}
        style={{ flexGrow: terminalGrow }}
      >
        <section
          className={folded === 'terminal' ? 'pane terminal-pane is-folded' : 'pane terminal-pane'}
          aria-label={t('terminal.label')}
        >
          <div className="pane-title">
            <h2>{t('terminal.title')}</h2>
            <span className="hint">{t('terminal.hint')}</span>
            <FoldButton
              folded={folded === 'terminal'}
              what="terminal"
              onClick={() => change({ folded: folded === 'terminal' ? 'none' : 'terminal' })}
            />
          </div>
          <TerminalPane />
        </section>
      </div>
      <Separator
        className="splitter splitter-cols"
        aria-orientation="vertical"
        aria-label={t('workspace.resizeWidth')}
        aria-valuenow={drawnWidth ?? width ?? MIN_WIDTH}
        aria-valuemin={MIN_WIDTH}
        aria-valuemax={Math.max(MIN_WIDTH, Math.round(window.innerWidth * 0.5))}
        data-testid="split-cols"
        onKeyDown={widthKeys}
        onDoubleClick={() => change({ hidden: true })}
        onMove={(x) => resizeWidth(x)}
      />
    </div>
  );
}

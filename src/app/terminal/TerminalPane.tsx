// The terminal's pane: a title and the lazily loaded xterm view.
import { lazy, Suspense } from 'react';

const TerminalView = lazy(() => import('./TerminalView.tsx'));

export function TerminalPane() {
  return (
    <Suspense fallback={<div className="terminal-host is-loading">Starting the terminal…</div>}>
      <TerminalView />
    </Suspense>
  );
}

// The terminal's pane: a title and the lazily loaded xterm view.
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/i18n.ts';

const TerminalView = lazy(() => import('./TerminalView.tsx'));

export function TerminalPane() {
  const t = useT();
  return (
    <Suspense fallback={<div className="terminal-host is-loading">{t('terminal.starting')}</div>}>
      <TerminalView />
    </Suspense>
  );
}

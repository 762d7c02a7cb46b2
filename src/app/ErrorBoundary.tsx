// A crash while rendering (for instance an engine value of an unexpected shape) shows a readable
// message instead of a blank page: the engine is being finished while this screen is built.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { tNow } from './i18n/i18n.ts';

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The lab screen crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <main className="status-page" role="alert" data-testid="crash">
        <h1>{tNow('crash.title')}</h1>
        <p>{tNow('crash.text')}</p>
        <pre>{error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {tNow('crash.reload')}
        </button>
      </main>
    );
  }
}

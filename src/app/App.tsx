import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LabScreen } from './LabScreen.tsx';
import { useHashRoute } from './route.ts';

export function App() {
  const route = useHashRoute();
  if (route.path !== '/' && route.path !== '/playground') {
    return (
      <main className="status-page">
        <h1>Nothing here</h1>
        <p>
          There is no page at <code>#{route.path}</code>.{' '}
          <a href="#/playground">Open the playground</a>.
        </p>
      </main>
    );
  }
  const fixture = route.params.get('fixture') === '1';
  const preset = route.params.get('preset');
  const key = fixture ? 'fixture' : `engine:${preset ?? ''}`;
  // The key gives the fixture and the engine separate screens (and store starts) when switching.
  return (
    <ErrorBoundary key={key}>
      <LabScreen fixture={fixture} preset={preset} />
    </ErrorBoundary>
  );
}

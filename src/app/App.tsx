// The app's routes: `#/` the lessons, `#/lessons/<id>?step=N` a lesson on the lab screen,
// `#/playground` the lab on its own.
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LabScreen } from './LabScreen.tsx';
import { Home } from './lessons/Home.tsx';
import { LessonScreen } from './lessons/LessonScreen.tsx';
import { lessonRoute, useHashRoute } from './route.ts';
import { useT } from './i18n/i18n.ts';

export function App() {
  const route = useHashRoute();
  const t = useT();
  if (route.path === '/') return <Home />;
  const lesson = lessonRoute(route);
  if (lesson !== null) return <LessonScreen key={lesson.id} id={lesson.id} step={lesson.step} />;
  if (route.path !== '/playground') {
    return (
      <main className="status-page">
        <h1>{t('app.nothingHere')}</h1>
        <p>
          {t.rich('app.noPage', { path: <code>#{route.path}</code> })}{' '}
          <a href="#/">{t('app.seeLessons')}</a> {t('app.or')}{' '}
          <a href="#/playground">{t('app.openPlayground')}</a>.
        </p>
      </main>
    );
  }
  const fixture = route.params.get('fixture') === '1';
  // `?bench=1`: the frame benchmark's ten-node, 100-pod cluster (npm run bench:frames).
  const bench = route.params.get('bench') === '1';
  const preset = route.params.get('preset');
  const key = fixture ? 'fixture' : bench ? 'bench' : `engine:${preset ?? ''}`;
  // The key gives the fixture and the engine separate screens (and store starts) when switching.
  return (
    <ErrorBoundary key={key}>
      <LabScreen fixture={fixture} preset={preset} bench={bench && !fixture} />
    </ErrorBoundary>
  );
}

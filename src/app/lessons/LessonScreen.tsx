// `#/lessons/<id>?step=N`: loads the lesson's folder, then shows the lab screen with the player.
// The step in the URL is the player's step: the links and arrows change the URL, and the player
// follows it (so a reload or a shared link lands on the same step).
import { useEffect, useState } from 'react';
import type { Lesson } from '../../lessons/types.ts';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { LabScreen } from '../LabScreen.tsx';
import { clampStep, usePlayer } from './playerStore.ts';
import { useT } from '../i18n/i18n.ts';
import './lessons.css';

type Loading =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly lesson: Lesson }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly message: string };

export function LessonScreen({ id, step }: { readonly id: string; readonly step: number }) {
  const t = useT();
  const [state, setState] = useState<Loading>({ kind: 'loading' });
  // The step the session was built up to: fixed when the lesson opens, not when the URL moves.
  const [firstStep, setFirstStep] = useState(step);

  useEffect(() => {
    let live = true;
    import('./catalog.ts')
      .then((catalog) => catalog.loadLesson(id))
      .then(
        (loaded) => {
          if (!live) return;
          if (loaded === null) setState({ kind: 'missing' });
          else if (loaded.lesson === null)
            setState({
              kind: 'failed',
              message: loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'),
            });
          else {
            const at = clampStep(loaded.lesson, step);
            usePlayer.getState().open(loaded.lesson, at);
            setFirstStep(at);
            setState({ kind: 'ready', lesson: loaded.lesson });
          }
        },
        (error: unknown) => {
          if (live) setState({ kind: 'failed', message: String(error) });
        },
      );
    return () => {
      live = false;
    };
    // The screen is keyed by the lesson (App), so this runs once; a new step is followed below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  useEffect(() => {
    if (state.kind === 'ready') usePlayer.getState().goTo(step);
  }, [state.kind, step]);

  if (state.kind === 'loading') return <main className="status-page">{t('lesson.loading')}</main>;
  if (state.kind === 'missing')
    return (
      <main className="status-page">
        <h1>{t('lesson.missing')}</h1>
        <p>
          {t.rich('lesson.missingText', { id: <code>{id}</code> })}{' '}
          <a href="#/">{t('app.seeLessons')}</a>.
        </p>
      </main>
    );
  if (state.kind === 'failed')
    return (
      <main className="status-page">
        <h1>{t('lesson.unreadable')}</h1>
        <pre>{state.message}</pre>
        <p>
          <a href="#/">{t('app.seeLessons')}</a>.
        </p>
      </main>
    );
  return (
    <ErrorBoundary key={`lesson:${id}`}>
      <LabScreen fixture={false} preset={null} lesson={{ lesson: state.lesson, step: firstStep }} />
    </ErrorBoundary>
  );
}

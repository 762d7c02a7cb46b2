// The first screen (`#/`): the lessons grouped by study note in the notes' order, each with its
// preset, its number of steps and the learner's progress, and the way into the playground.
import { useEffect, useState } from 'react';
import type { LessonSummary } from './lessonIndex.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useLanguage } from './language.ts';
import { groupByNote, NOTE_SOURCES } from './order.ts';
import { lessonProgress, passedCount, readProgress } from './progress.ts';
import { useT } from '../i18n/i18n.ts';
import './lessons.css';

type Index =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly lessons: readonly LessonSummary[]; readonly errors: number }
  | { readonly kind: 'failed'; readonly message: string };

export function Home() {
  const language = useLanguage((s) => s.language);
  const t = useT();
  const [index, setIndex] = useState<Index>({ kind: 'loading' });
  const [progress] = useState(readProgress);

  useEffect(() => {
    let live = true;
    // Computed by the build (vite.config.ts): no lesson is parsed on this screen.
    import('virtual:lesson-index').then(
      ({ default: { lessons, errors } }) => {
        if (live) setIndex({ kind: 'ready', lessons, errors });
      },
      (error: unknown) => {
        if (live) setIndex({ kind: 'failed', message: String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="home" data-testid="home">
      <header className="lab-header">
        <a className="brand" href="#/">
          {t('app.brand')}
        </a>
        <span className="screen-name">{t('app.lessons')}</span>
        <span className="header-spacer" />
        <LanguageSwitch />
      </header>
      <main className="home-body">
        <section className="home-intro">
          <p>{t('home.intro')}</p>
          <a className="button button-primary" href="#/playground" data-testid="open-playground">
            {t('home.openPlayground')}
          </a>
        </section>
        {index.kind === 'loading' && <p className="home-status">{t('home.loading')}</p>}
        {index.kind === 'failed' && (
          <p className="home-status" role="alert">
            {t('home.failed', { why: index.message })}
          </p>
        )}
        {index.kind === 'ready' && index.errors > 0 && (
          <p className="home-status" role="alert">
            {t.rich('home.problems', {
              n: index.errors,
              command: <code>npx k8s-lab lesson verify</code>,
            })}
          </p>
        )}
        {index.kind === 'ready' &&
          groupByNote(index.lessons).map((group) => (
            <section key={group.note} className="note-group" data-testid={`note-${group.note}`}>
              <h2>
                {t('home.note', { note: group.note })}
                {NOTE_SOURCES[group.note] !== undefined && (
                  <span className="note-source"> · {NOTE_SOURCES[group.note]![language]}</span>
                )}
              </h2>
              <ol className="lesson-list">
                {group.items.map((l) => {
                  const p = lessonProgress(progress, l.id);
                  const done = passedCount(p, l.stepIds);
                  const all = l.stepIds.length;
                  return (
                    <li key={l.id}>
                      <a
                        className="lesson-link"
                        href={`#/lessons/${l.id}${p.step > 1 ? `?step=${p.step}` : ''}`}
                        data-testid={`lesson-${l.id}`}
                      >
                        <span
                          className={
                            done === all ? 'tick is-done' : done > 0 ? 'tick is-part' : 'tick'
                          }
                          aria-label={t('home.progress', { done, all })}
                          title={t('home.progress', { done, all })}
                        >
                          {done === all ? '✓' : done > 0 ? '◐' : ''}
                        </span>
                        <span className="lesson-title" lang={language}>
                          {l.title[language]}
                        </span>
                        <span className="lesson-meta">
                          <code>{l.id}</code> · {l.preset} ·{' '}
                          {t(all === 1 ? 'home.step' : 'home.steps', { n: all })}
                          {done > 0 && done < all ? ` · ${done}/${all}` : ''}
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
      </main>
    </div>
  );
}

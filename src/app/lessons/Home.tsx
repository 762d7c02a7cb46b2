// The first screen (`#/`): the lessons grouped by study note in the notes' order, each with its
// preset, its number of steps and the learner's progress, and the way into the playground.
import { useEffect, useState } from 'react';
import type { LessonSummary } from './catalog.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useLanguage } from './language.ts';
import { groupByNote, NOTE_SOURCES } from './order.ts';
import { lessonProgress, passedCount, readProgress } from './progress.ts';
import './lessons.css';

type Index =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly lessons: readonly LessonSummary[]; readonly errors: number }
  | { readonly kind: 'failed'; readonly message: string };

export function Home() {
  const language = useLanguage((s) => s.language);
  const [index, setIndex] = useState<Index>({ kind: 'loading' });
  const [progress] = useState(readProgress);

  useEffect(() => {
    let live = true;
    import('./catalog.ts').then(
      (catalog) => {
        const { lessons, errors } = catalog.loadIndex();
        if (live) setIndex({ kind: 'ready', lessons, errors: errors.length });
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
          Kubernetes Service Lab
        </a>
        <span className="screen-name">Lessons</span>
        <span className="header-spacer" />
        <LanguageSwitch />
      </header>
      <main className="home-body">
        <section className="home-intro">
          <p>
            Each lesson follows a chapter of a study note on its own simulated cluster: run a step,
            watch the packet, and see the check turn green when the cluster shows the point.
          </p>
          <a className="button button-primary" href="#/playground" data-testid="open-playground">
            Open the playground
          </a>
        </section>
        {index.kind === 'loading' && <p className="home-status">Loading the lessons…</p>}
        {index.kind === 'failed' && (
          <p className="home-status" role="alert">
            The lessons could not be loaded: {index.message}
          </p>
        )}
        {index.kind === 'ready' && index.errors > 0 && (
          <p className="home-status" role="alert">
            {index.errors} problem(s) in the lesson files; `npx k8s-lab lesson verify` names them.
          </p>
        )}
        {index.kind === 'ready' &&
          groupByNote(index.lessons).map((group) => (
            <section key={group.note} className="note-group" data-testid={`note-${group.note}`}>
              <h2>
                Study note {group.note}
                {NOTE_SOURCES[group.note] !== undefined && (
                  <span className="note-source"> · {NOTE_SOURCES[group.note]}</span>
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
                          aria-label={`${done} of ${all} {all === 1 ? "step" : "steps"} shown`}
                          title={`${done} of ${all} {all === 1 ? "step" : "steps"} shown`}
                        >
                          {done === all ? '✓' : done > 0 ? '◐' : ''}
                        </span>
                        <span className="lesson-title" lang={language}>
                          {l.title[language]}
                        </span>
                        <span className="lesson-meta">
                          <code>{l.id}</code> · {l.preset} · {all} {all === 1 ? 'step' : 'steps'}
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

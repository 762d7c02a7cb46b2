// The lab screen: editor and terminal on the left, the cluster and its packet in the middle, the
// inspector on the right. Starting the session is the screen's one side effect. With a lesson open,
// the session is the lesson's and its player sits above the editor and terminal.
import { useEffect } from 'react';
import { Header } from './components/Header.tsx';
import { HopCaption } from './components/HopCaption.tsx';
import { Inspector } from './components/Inspector.tsx';
import { PlaybackBar } from './components/PlaybackBar.tsx';
import { RequestBar } from './components/RequestBar.tsx';
import { TopologyView } from './components/TopologyView.tsx';
import { sessionOpener } from './openSession.ts';
import { benchScenario, exposeBenchHooks, openBenchSession } from './benchSession.ts';
import { loadBalancerExample } from './scenarios/loadBalancerExample.ts';
import { nodePortExample } from './scenarios/nodePortExample.ts';
import { useLabStore } from './store/labStore.ts';
import { Workspace } from './editor/Workspace.tsx';
import { useWorkspaceLayout } from './editor/workspaceLayout.ts';
import { useProjectorKeys } from './useProjectorKeys.ts';
import type { Lesson } from '../lessons/types.ts';
import { LessonPanel } from './lessons/LessonPanel.tsx';
import { lessonOpener } from './lessons/lessonSession.ts';
import { usePlayer } from './lessons/playerStore.ts';
import { useLanguage } from './lessons/language.ts';
import { useT } from './i18n/i18n.ts';

export function LabScreen({
  fixture,
  preset,
  lesson = null,
  bench = false,
}: {
  readonly fixture: boolean;
  /** The frame benchmark's cluster (`?bench=1`): ten nodes, 100 pods. */
  readonly bench?: boolean;
  /** Another preset than the NodePort example's (`?preset=NAME`): a LoadBalancer example on it. */
  readonly preset: string | null;
  /** The lesson played on this screen, and the step its session is built up to. */
  readonly lesson?: { readonly lesson: Lesson; readonly step: number } | null;
}) {
  const start = useLabStore((s) => s.start);
  const tick = useLabStore((s) => s.tick);
  const projector = useLabStore((s) => s.projector);
  useProjectorKeys();
  // A lesson's column keeps its width when the editor and terminal fold away: the player is in it.
  const language = useLanguage((s) => s.language);
  const t = useT();
  const width = useWorkspaceLayout((s) => (s.hidden ? (lesson === null ? 28 : null) : s.width));

  useEffect(() => {
    if (lesson === null) return;
    const key = `lesson:${lesson.lesson.id}`;
    // preset and seed tell the store's scenario keeper that this opener builds that cluster.
    const first = {
      manifest: '',
      target: '',
      preset: lesson.lesson.preset,
      seed: lesson.lesson.seed,
    };
    void start(
      key,
      lessonOpener(lesson.lesson, lesson.step, (result) => usePlayer.getState().record(result)),
      first,
    );
  }, [start, lesson]);

  useEffect(() => {
    if (lesson !== null || !bench) return;
    void start('bench', openBenchSession, benchScenario);
    return exposeBenchHooks();
  }, [start, bench, lesson]);

  useEffect(() => {
    if (lesson !== null || bench) return;
    const scenario =
      fixture || preset === null || preset === nodePortExample.preset
        ? nodePortExample
        : loadBalancerExample(preset);
    void start(
      fixture ? 'fixture' : `engine:${scenario.preset}`,
      sessionOpener(scenario, fixture),
      scenario,
    );
  }, [start, fixture, preset, lesson, bench]);

  useEffect(() => {
    // Simulated time follows real time, one second per second.
    const timer = setInterval(() => tick(1), 1000);
    return () => clearInterval(timer);
  }, [tick]);

  return (
    <div
      className={`lab${projector ? ' is-projector' : ''}${lesson === null ? '' : ' has-lesson'}`}
      data-testid="lab"
    >
      <Header
        fixture={fixture}
        lessonTitle={lesson === null ? null : lesson.lesson.title[language]}
      />
      <main
        className="lab-body has-workspace"
        style={width === null ? undefined : { ['--workspace-width' as string]: `${width}px` }}
      >
        {lesson === null ? (
          <Workspace />
        ) : (
          <div className="lesson-column">
            <LessonPanel />
            <Workspace />
          </div>
        )}
        <section className="pane centre" aria-label={t('app.cluster')}>
          <RequestBar />
          <PlaybackBar />
          <TopologyView fixtureLink={fixture ? null : '#/playground?fixture=1'} />
          {projector && <HopCaption />}
        </section>
        <Inspector />
      </main>
    </div>
  );
}

// The lab screen: editor and terminal on the left, the cluster and its packet in the middle, the
// inspector on the right. Starting the session is the screen's one side effect.
import { useEffect } from 'react';
import { Header } from './components/Header.tsx';
import { HopCaption } from './components/HopCaption.tsx';
import { Inspector } from './components/Inspector.tsx';
import { PlaybackBar } from './components/PlaybackBar.tsx';
import { RequestBar } from './components/RequestBar.tsx';
import { TopologyView } from './components/TopologyView.tsx';
import { sessionOpener } from './openSession.ts';
import { loadBalancerExample } from './scenarios/loadBalancerExample.ts';
import { nodePortExample } from './scenarios/nodePortExample.ts';
import { useLabStore } from './store/labStore.ts';
import { Workspace } from './editor/Workspace.tsx';
import { useWorkspaceLayout } from './editor/workspaceLayout.ts';
import { useProjectorKeys } from './useProjectorKeys.ts';

export function LabScreen({
  fixture,
  preset,
}: {
  readonly fixture: boolean;
  /** Another preset than the NodePort example's (`?preset=NAME`): a LoadBalancer example on it. */
  readonly preset: string | null;
}) {
  const start = useLabStore((s) => s.start);
  const tick = useLabStore((s) => s.tick);
  const projector = useLabStore((s) => s.projector);
  useProjectorKeys();
  const width = useWorkspaceLayout((s) => (s.hidden ? 28 : s.width));

  useEffect(() => {
    const scenario =
      fixture || preset === null || preset === nodePortExample.preset
        ? nodePortExample
        : loadBalancerExample(preset);
    void start(
      fixture ? 'fixture' : `engine:${scenario.preset}`,
      sessionOpener(scenario, fixture),
      scenario,
    );
  }, [start, fixture, preset]);

  useEffect(() => {
    // Simulated time follows real time, one second per second.
    const timer = setInterval(() => tick(1), 1000);
    return () => clearInterval(timer);
  }, [tick]);

  return (
    <div className={projector ? 'lab is-projector' : 'lab'} data-testid="lab">
      <Header fixture={fixture} />
      <main
        className="lab-body has-workspace"
        style={width === null ? undefined : { ['--workspace-width' as string]: `${width}px` }}
      >
        <Workspace />
        <section className="pane centre" aria-label="Cluster">
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

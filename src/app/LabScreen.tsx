// The lab screen: editor on the left, the cluster and its packet in the middle, the inspector on
// the right. Starting the session is the screen's one side effect.
import { useEffect } from 'react';
import { EditorPane } from './components/EditorPane.tsx';
import { Header } from './components/Header.tsx';
import { Inspector } from './components/Inspector.tsx';
import { RequestBar } from './components/RequestBar.tsx';
import { TopologyView } from './components/TopologyView.tsx';
import { sessionOpener } from './openSession.ts';
import { nodePortExample } from './scenarios/nodePortExample.ts';
import { useLabStore } from './store/labStore.ts';

export function LabScreen({ fixture }: { readonly fixture: boolean }) {
  const start = useLabStore((s) => s.start);
  const tick = useLabStore((s) => s.tick);

  useEffect(() => {
    void start(
      fixture ? 'fixture' : 'engine',
      sessionOpener(nodePortExample, fixture),
      nodePortExample,
    );
  }, [start, fixture]);

  useEffect(() => {
    // Simulated time follows real time, one second per second.
    const timer = setInterval(() => tick(1), 1000);
    return () => clearInterval(timer);
  }, [tick]);

  return (
    <div className="lab">
      <Header fixture={fixture} />
      <main className="lab-body">
        <EditorPane />
        <section className="pane centre" aria-label="Cluster">
          <RequestBar />
          <TopologyView fixtureLink={fixture ? null : '#/playground?fixture=1'} />
        </section>
        <Inspector />
      </main>
    </div>
  );
}

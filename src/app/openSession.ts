// Where the lab's session comes from: the engine (in its worker), or (`?fixture=1`) recorded example
// values, so the topology can be worked on while the engine is unfinished. Both load lazily: the
// screen paints first and says "Starting the cluster" instead of waiting blank for the engine.
import { openEngineSession } from './scenario/engineSession.ts';
import type { LabSession } from './store/labSession.ts';

export function sessionOpener(
  scenario: { readonly preset: string; readonly seed: number },
  fixture: boolean,
): () => Promise<LabSession> {
  if (fixture) {
    return async () => (await import('./fixtureSession.ts')).createFixtureSession();
  }
  return () => openEngineSession(scenario.preset, scenario.seed);
}

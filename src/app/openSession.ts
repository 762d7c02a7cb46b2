// Where the lab's session comes from: the engine, or (`?fixture=1`) recorded example values, so the
// topology can be worked on while the engine is unfinished. Both load lazily: the screen paints
// first and says "Starting the cluster" instead of waiting blank for the engine's code.
import type { LabSession } from './store/labStore.ts';

export function sessionOpener(
  scenario: { readonly preset: string; readonly seed: number },
  fixture: boolean,
): () => Promise<LabSession> {
  if (fixture) {
    return async () => (await import('./fixtureSession.ts')).createFixtureSession();
  }
  return async () => {
    const engine = await import('../engine/index.ts');
    return engine.createSession({ preset: scenario.preset, seed: scenario.seed });
  };
}

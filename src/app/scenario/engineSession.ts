// A fresh engine session for a scenario's preset and seed (or a real cluster's dump), loaded lazily
// like the lab's first one (the first screen does not wait for the engine's code).
import type { LabSession } from '../store/labStore.ts';

export async function openEngineSession(
  preset: string,
  seed: number,
  clusterDump?: string,
): Promise<LabSession> {
  const engine = await import('../../engine/index.ts');
  return clusterDump === undefined
    ? engine.createSession({ preset, seed })
    : engine.createSession({ seed, clusterDump });
}

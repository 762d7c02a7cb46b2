// A fresh engine session for a scenario's preset and seed (or a real cluster's dump), in the
// engine's worker (the first screen does not wait for the engine's code, and the engine's work
// never holds the page's main thread).
import { openRemoteSession } from '../engineClient/remoteSession.ts';
import type { LabSession } from '../store/labSession.ts';

export function openEngineSession(
  preset: string,
  seed: number,
  clusterDump?: string,
): Promise<LabSession> {
  return openRemoteSession(
    clusterDump === undefined
      ? { kind: 'preset', preset, seed }
      : { kind: 'dump', seed, clusterDump },
  );
}

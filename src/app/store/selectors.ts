// Narrow reads of the lab store: each component subscribes to the few values it draws.
import type { Hop } from '../../engine/index.ts';
import { useLabStore } from './labStore.ts';

export function useSelectedHop(): { index: number; hop: Hop } | null {
  const index = useLabStore((s) => s.selectedHop);
  const hop = useLabStore((s) =>
    s.selectedHop === null ? undefined : s.trace?.hops[s.selectedHop],
  );
  return index === null || hop === undefined ? null : { index, hop };
}

export function useHops(): readonly Hop[] {
  return useLabStore((s) => s.trace?.hops ?? NO_HOPS);
}

const NO_HOPS: readonly Hop[] = [];

export function useIsReady(): boolean {
  return useLabStore((s) => s.status.kind === 'ready');
}

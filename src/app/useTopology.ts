// React owns the topology's lifecycle and nothing else: the factory draws, the store decides.
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { createTopology } from '../viz/topology.ts';
import { useLabStore } from './store/labStore.ts';

export function useTopology(svgRef: RefObject<SVGSVGElement | null>): void {
  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const store = useLabStore;
    const topology = createTopology(svg, {
      getView: () => store.getState().view,
      onSelect: (place) => store.getState().selectPlace(place),
      onHop: (index) => store.getState().followHop(index),
    });
    const { trace, selectedHop } = store.getState();
    if (trace !== null) {
      topology.play(trace);
      if (selectedHop !== null) topology.showHop(selectedHop);
    }
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.view !== previous.view) topology.update(state.view);
      if (state.playId !== previous.playId && state.trace !== null) {
        topology.play(state.trace);
        return;
      }
      const picked =
        state.hopSource === 'user' &&
        state.selectedHop !== null &&
        (state.selectedHop !== previous.selectedHop || previous.hopSource !== 'user');
      if (picked && state.selectedHop !== null) topology.showHop(state.selectedHop);
    });
    return () => {
      unsubscribe();
      topology.destroy();
    };
  }, [svgRef]);
}

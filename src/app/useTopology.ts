// React owns the topology's lifecycle and nothing else: the factory draws, the store decides.
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { controlCommand } from '../viz/controls.ts';
import { createTopology } from '../viz/topology.ts';
import { attachPlayer, useLabStore } from './store/labStore.ts';
import { tNow } from './i18n/i18n.ts';
import { useLanguage } from './lessons/language.ts';

export function useTopology(svgRef: RefObject<SVGSVGElement | null>): void {
  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const store = useLabStore;
    const topology = createTopology(svg, {
      getView: () => store.getState().view,
      getFacts: () => store.getState().facts,
      onSelect: (place) => store.getState().selectPlace(place),
      onHop: (index) => store.getState().followHop(index),
      onState: (state) => store.getState().setAnimState(state),
      onControl: (control) => store.getState().runCommand(controlCommand(control)),
      onPickPacket: (index) => store.getState().pickPacket(index),
      text: (key, params) => tNow(key, params),
    });
    attachPlayer({
      pause: () => topology.pause(),
      resume: () => topology.resume(),
      zoomBy: (factor) => topology.zoomBy(factor),
      fit: () => topology.fit(),
    });
    const { trace, selectedHop, speed, projector } = store.getState();
    topology.setSpeed(speed);
    topology.setProjector(projector);
    if (trace !== null) {
      topology.play(trace);
      if (selectedHop !== null) topology.showHop(selectedHop);
    }
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.speed !== previous.speed) topology.setSpeed(state.speed);
      if (state.projector !== previous.projector) topology.setProjector(state.projector);
      if (state.view !== previous.view || state.facts !== previous.facts) {
        topology.update(state.view, state.facts);
      }
      if (state.loadPlayId !== previous.loadPlayId && state.loadTraces !== null) {
        topology.playLoad(state.loadTraces);
      }
      if (state.pickedPacket !== previous.pickedPacket) topology.pickPacket(state.pickedPacket);
      if (state.playId !== previous.playId && state.trace !== null) {
        topology.play(state.trace);
        return;
      }
      // One of a load's packets was chosen: its whole way is drawn, the packet at its last hop.
      if (state.pickedPacket !== null && state.trace !== null && state.trace !== previous.trace) {
        topology.showTrace(state.trace, state.selectedHop ?? state.trace.hops.length - 1);
        return;
      }
      const picked =
        state.hopSource === 'user' &&
        state.selectedHop !== null &&
        (state.selectedHop !== previous.selectedHop || previous.hopSource !== 'user');
      if (picked && state.selectedHop !== null) topology.showHop(state.selectedHop);
    });
    // Another language: the drawing's words and the shown packet's caption are drawn again.
    const offLanguage = useLanguage.subscribe((now, before) => {
      if (now.language === before.language) return;
      const state = store.getState();
      topology.update(state.view, state.facts);
      if (state.trace !== null && state.selectedHop !== null && state.animState !== 'playing')
        topology.showHop(state.selectedHop);
    });
    return () => {
      offLanguage();
      unsubscribe();
      attachPlayer(null);
      topology.destroy();
    };
  }, [svgRef]);
}

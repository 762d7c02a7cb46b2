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
    // A new view alone (time passing, an apply) is drawn in a task of its own, after the screens
    // it changed have rendered: a large cluster's redraw and React's render then hold the page in
    // two shorter tasks, not one long one. A packet to fly is drawn on the view it needs at once.
    let redraw: ReturnType<typeof setTimeout> | null = null;
    const drawNow = () => {
      if (redraw !== null) clearTimeout(redraw);
      redraw = null;
      topology.update(store.getState().view, store.getState().facts);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.speed !== previous.speed) topology.setSpeed(state.speed);
      if (state.projector !== previous.projector) topology.setProjector(state.projector);
      const flies =
        state.playId !== previous.playId ||
        state.loadPlayId !== previous.loadPlayId ||
        state.trace !== previous.trace;
      if (state.view !== previous.view || state.facts !== previous.facts) {
        if (flies) drawNow();
        else redraw ??= setTimeout(drawNow, 0);
      } else if (flies && redraw !== null) drawNow();
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
      if (redraw !== null) clearTimeout(redraw);
      offLanguage();
      unsubscribe();
      attachPlayer(null);
      topology.destroy();
    };
  }, [svgRef]);
}

// A lesson step's highlights on the topology: which nodes, pods, node-port badges and VIP badges
// the step points at. Matching is pure (tested); the hook marks the drawn elements with a
// `data-lesson-highlight` attribute, which the drawing code never touches, so a redraw keeps it and
// elements drawn later (a pod that starts) get it on the next pass.
import { useEffect } from 'react';
import type { ClusterView } from '../../engine/index.ts';
import type { Highlight } from '../../lessons/types.ts';
import { useLabStore } from '../store/labStore.ts';
import { usePlayer } from './playerStore.ts';

export interface HighlightTargets {
  readonly nodes: ReadonlySet<string>;
  /** Pod ids ("namespace/name") of the view that the step's pod prefixes name. */
  readonly pods: ReadonlySet<string>;
  /** Node-port badge labels ("30000", "53/UDP") of the highlighted Services. */
  readonly nodePorts: ReadonlySet<string>;
  /** Load-balancer and external addresses of the highlighted Services (VIP badges). */
  readonly addresses: ReadonlySet<string>;
}

const split = (ref: string): [string | null, string] => {
  const slash = ref.indexOf('/');
  return slash < 0 ? [null, ref] : [ref.slice(0, slash), ref.slice(slash + 1)];
};

/** What the highlight names in this view (names the cluster does not have match nothing). */
export function highlightTargets(h: Highlight, view: ClusterView | null): HighlightTargets {
  const nodes = new Set(h.nodes);
  const pods = new Set<string>();
  const nodePorts = new Set<string>();
  const addresses = new Set<string>();
  if (view !== null) {
    for (const ref of h.pods) {
      const [ns, prefix] = split(ref);
      for (const p of view.pods)
        if ((ns === null || ns === p.namespace) && p.name.startsWith(prefix))
          pods.add(`${p.namespace}/${p.name}`);
    }
    for (const ref of h.services) {
      const [ns, name] = split(ref);
      for (const s of view.services) {
        if (s.name !== name || (ns !== null && s.namespace !== ns)) continue;
        for (const p of s.ports)
          if (p.nodePort !== null)
            nodePorts.add(
              p.protocol === 'TCP' ? String(p.nodePort) : `${p.nodePort}/${p.protocol}`,
            );
        for (const a of s.externalAddresses) addresses.add(a);
      }
    }
  }
  return { nodes, pods, nodePorts, addresses };
}

/** Whether a drawn element is one of the targets (by the attributes the drawing gives it). */
export function isTarget(el: Element, t: HighlightTargets): boolean {
  const node = el.getAttribute('data-node');
  if (node !== null) return t.nodes.has(node);
  const pod = el.getAttribute('data-pod');
  if (pod !== null) return t.pods.has(pod);
  const vip = el.getAttribute('data-vip');
  if (vip !== null) return t.addresses.has(vip);
  if (el.classList.contains('node-port'))
    return t.nodePorts.has(el.querySelector('text')?.textContent ?? '');
  return false;
}

const MARKED = '[data-node], [data-pod], [data-vip], g.node-port';

function mark(svg: SVGSVGElement, targets: HighlightTargets | null): void {
  for (const el of svg.querySelectorAll(MARKED)) {
    const on = targets !== null && isTarget(el, targets);
    if (on !== el.hasAttribute('data-lesson-highlight'))
      el.toggleAttribute('data-lesson-highlight', on);
  }
}

/** Marks the current step's highlights on the topology while a lesson is open. */
export function useLessonHighlight(): void {
  useEffect(() => {
    let frame = 0;
    let observer: MutationObserver | null = null;
    const svg = () => document.querySelector<SVGSVGElement>('svg[data-testid="topology"]');
    const apply = () => {
      frame = 0;
      const el = svg();
      if (el === null) return;
      const { lesson, step } = usePlayer.getState();
      const h = lesson?.steps[step - 1]?.highlight ?? null;
      mark(el, h === null ? null : highlightTargets(h, useLabStore.getState().view));
      if (observer === null) {
        // The drawing adds and removes elements as the cluster changes: mark again after it.
        observer = new MutationObserver(schedule);
        observer.observe(el, { childList: true, subtree: true });
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(apply);
    };
    schedule();
    const offPlayer = usePlayer.subscribe(schedule);
    const offLab = useLabStore.subscribe((s, before) => {
      if (s.view !== before.view) schedule();
    });
    return () => {
      offPlayer();
      offLab();
      observer?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
      const el = svg();
      if (el !== null) mark(el, null);
    };
  }, []);
}

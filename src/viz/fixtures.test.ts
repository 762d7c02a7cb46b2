// The fixtures are hand-written JSON: these checks keep them true to the engine's types, since
// the fixture session casts them.
import { describe, expect, it } from 'vitest';
import { createSession } from '../engine/index.ts';
import type { ClusterView, HopAction, Trace } from '../engine/index.ts';
import traceJson from './__fixtures__/nodeport-trace.json';
import viewJson from './__fixtures__/nodeport-view.json';
import { layoutTopology } from './layout.ts';

const ACTIONS: readonly HopAction[] = [
  'send',
  'route',
  'arp',
  'dnat',
  'snat',
  'encap',
  'decap',
  'forward',
  'proxy',
  'deliver',
  'reject',
  'drop',
  'reply',
  'un-dnat',
  'un-snat',
  'dns',
];

const trace = traceJson as unknown as Trace;
const view = viewJson as unknown as ClusterView;

describe('the NodePort fixtures', () => {
  it('use only hop actions the engine defines', () => {
    for (const hop of trace.hops) expect(ACTIONS).toContain(hop.action);
  });

  it('name only places the topology draws', () => {
    const layout = layoutTopology(view, { width: 1000, height: 800 });
    for (const hop of trace.hops) expect(layout.places.has(hop.at), hop.at).toBe(true);
  });

  it('carry every field of the view the engine builds now', () => {
    const keys = (o: object) => Object.keys(o).sort();
    const session = createSession({ preset: view.preset, seed: 1 });
    const real = session.view();
    for (const [mine, theirs] of [
      [view.nodes[0], real.nodes[0]],
      [view.pods[0], real.pods[0]],
      [view.services[0], real.services[0]],
    ] as const) {
      expect(mine && keys(mine)).toEqual(theirs && keys(theirs));
    }
  });

  it('deliver to the pod named in servedBy', () => {
    const deliver = trace.hops.find((h) => h.action === 'deliver' && h.at.startsWith('pod/'));
    expect(deliver?.at).toBe(`pod/${trace.servedBy?.pod ?? ''}`);
  });
});

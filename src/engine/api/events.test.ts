import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSession } from '../session.ts';
import { createRandom } from '../util/random.ts';
import { deleteObject, listObjects, type Cluster } from './cluster.ts';
import { nanosHex, recordEvent, type KubeEvent } from './events.ts';
import type { KubeObject } from './objects.ts';

describe('event names', () => {
  it('spell milliseconds * 10^6 + a revision in hex exactly, past 2^53', () => {
    // 2025-01-06T10:00:00Z and revision 4711: the product is far beyond a double's integers.
    expect(nanosHex(1736157600000, 4711)).toBe((1736157600000n * 1000000n + 4711n).toString(16));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4102444800000 }),
        fc.integer({ min: 0, max: 999999 }),
        (millis, extra) =>
          nanosHex(millis, extra) === (BigInt(millis) * 1000000n + BigInt(extra)).toString(16),
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('event aggregation', () => {
  const ctx = { random: createRandom(5) };
  const pod = (uid: string) =>
    ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `p-${uid}`, namespace: 'default', uid },
    }) as unknown as KubeObject;
  const record = (c: Cluster, about: KubeObject, message = 'Back-off restarting') =>
    recordEvent(c, ctx, about, 'Warning', 'BackOff', message, { component: 'kubelet' });
  // The events about the test's own pods (the preset's pods have events of their own).
  const events = (c: Cluster) =>
    listObjects<KubeEvent>(c, 'Event')
      .filter((e) => e.involvedObject.uid.length === 1)
      .map((e) => `${e.involvedObject.uid} ${e.count}`);

  it('counts a repeat into its event in each history, whatever other histories recorded', () => {
    const base = createSession({ preset: 'lab', seed: 1 }).cluster();
    const a = pod('a');
    const once = record(base, a);
    const twice = record(once, a);
    // Another history from the same start: its own first event, then its own repeat.
    const other = record(record(base, pod('b')), a);
    expect(events(twice)).toEqual(['a 2']);
    expect(events(other).sort()).toEqual(['a 1', 'b 1']);
    expect(events(record(other, a)).sort()).toEqual(['a 2', 'b 1']);
    // Back in the first history: the repeat still lands on its event there.
    expect(events(record(twice, a))).toEqual(['a 3']);
  });

  it('starts a new event when the one it would count into was deleted', () => {
    const base = createSession({ preset: 'lab', seed: 1 }).cluster();
    const a = pod('a');
    const once = record(base, a);
    const event = listObjects<KubeEvent>(once, 'Event').find((e) => e.involvedObject.uid === 'a');
    const gone = deleteObject(once, event!);
    const again = record(gone, a);
    expect(events(again)).toEqual(['a 1']);
    expect(listObjects<KubeEvent>(again, 'Event')[0]!.metadata.name).not.toBe(event!.metadata.name);
  });

  it('counts into an event the store got some other way (an applied or imported Event)', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.apply(
      'apiVersion: v1\nkind: Event\nmetadata:\n  name: x.1\ninvolvedObject:\n  kind: Pod\n  name: p-z\n  namespace: default\n  uid: z\nreason: BackOff\nmessage: Back-off restarting\ntype: Warning\ncount: 4\n',
    );
    const c = record(s.cluster(), pod('z'));
    expect(listObjects<KubeEvent>(c, 'Event').filter((e) => e.involvedObject.uid === 'z')).toEqual([
      expect.objectContaining({ count: 5, metadata: expect.objectContaining({ name: 'x.1' }) }),
    ]);
  });
});

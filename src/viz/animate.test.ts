import { describe, expect, it } from 'vitest';
import type { Hop, Trace } from '../engine/index.ts';
import { clampSpeed, stopMark } from './animate.ts';

const at = (action: Hop['action']): Hop => ({
  at: 'node/worker-1',
  action,
  packet: { proto: 'TCP', src: '10.0.0.1:4', dst: '10.0.0.11:31999', outer: null },
  rule: null,
  note: '',
});

const trace = (verdict: Trace['verdict'], hops: Hop[]): Trace => ({
  verdict,
  response: null,
  servedBy: null,
  clientSeenByPod: null,
  nodes: [],
  hops,
});

describe('stopMark', () => {
  it('marks a reject, a drop, and a drop that makes the client time out', () => {
    expect(stopMark(trace('refused', [at('send'), at('reject')]), 1)).toBe('REJECT');
    expect(stopMark(trace('unreachable', [at('drop')]), 0)).toBe('DROP');
    expect(stopMark(trace('timeout', [at('send'), at('drop')]), 1)).toBe('DROP · timeout');
    expect(stopMark(trace('delivered', [at('send'), at('deliver')]), 1)).toBeNull();
    expect(stopMark(trace('delivered', []), 3)).toBeNull();
  });
});

describe('clampSpeed', () => {
  it('keeps the speed between 0.25x and 4x', () => {
    expect(clampSpeed(8)).toBe(4);
    expect(clampSpeed(0.1)).toBe(0.25);
    expect(clampSpeed(2)).toBe(2);
    expect(clampSpeed(Number.NaN)).toBe(1);
  });
});

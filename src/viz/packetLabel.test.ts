import { describe, expect, it } from 'vitest';
import type { Hop } from '../engine/index.ts';
import { packetLabel } from './packetLabel.ts';

const send: Hop = {
  at: 'client/host',
  action: 'send',
  packet: { proto: 'TCP', src: '192.168.1.1:5000', dst: '192.168.1.102:30000', outer: null },
  rule: null,
  note: '',
};

const dnat: Hop = {
  ...send,
  at: 'node/w2-k8s',
  action: 'dnat',
  packet: { ...send.packet, dst: '172.16.132.4:80' },
};

function text(line: readonly { text: string }[] | undefined): string {
  return (line ?? []).map((p) => p.text).join('');
}

describe('packetLabel', () => {
  it('shows a plain src -> dst line when nothing was rewritten', () => {
    const label = packetLabel(send, null);
    expect(label.caption).toBe('send at host · TCP');
    expect(label.lines).toHaveLength(1);
    expect(text(label.lines[0])).toBe('192.168.1.1:5000 -> 192.168.1.102:30000');
  });

  it('strikes the old destination right above the new one on DNAT', () => {
    const label = packetLabel(dnat, send);
    const [old, now] = label.lines;
    expect(old?.find((p) => p.kind === 'old')?.text).toBe('192.168.1.102:30000');
    expect(now?.find((p) => p.kind === 'new')?.text).toBe('172.16.132.4:80');
    // Same column: the struck address sits over its replacement.
    expect(text(old).indexOf('192.168.1.102')).toBe(text(now).indexOf('172.16.132.4'));
  });

  it('does not call a reply a rewrite: swapped addresses are not struck through', () => {
    const reply: Hop = {
      ...send,
      at: 'pod/default/web',
      action: 'reply',
      reply: true,
      packet: { ...send.packet, src: send.packet.dst, dst: send.packet.src },
    };
    const label = packetLabel(reply, send);
    expect(label.reply).toBe(true);
    expect(label.lines.flat().some((p) => p.kind === 'old')).toBe(false);
  });

  it('shows the outer header as new on encap and struck through on decap', () => {
    const outer = { src: '192.168.1.102', dst: '192.168.1.103', kind: 'ipip' as const };
    const encap: Hop = { ...dnat, action: 'encap', packet: { ...dnat.packet, outer } };
    const decap: Hop = { ...encap, at: 'node/w3-k8s', action: 'decap', packet: dnat.packet };
    const wrapped = packetLabel(encap, dnat);
    expect(wrapped.lines[0]).toEqual([
      { text: 'outer ipip  192.168.1.102 -> 192.168.1.103', kind: 'new' },
    ]);
    expect(packetLabel(decap, encap).lines[0]?.[0]?.kind).toBe('old');
  });
});

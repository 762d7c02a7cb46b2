// What the label beside the flying packet says at one hop: the packet's addresses, with a
// rewritten address shown as "old struck through, new highlighted" (compared to the hop before).
import type { Hop, HopAction, Packet } from '../engine/index.ts';
import { vizText } from './text.ts';

export type LabelPartKind = 'plain' | 'old' | 'new' | 'muted';

export interface LabelPart {
  readonly text: string;
  readonly kind: LabelPartKind;
}

export interface PacketLabel {
  /** e.g. "DNAT at w2-k8s" */
  readonly caption: string;
  readonly lines: readonly (readonly LabelPart[])[];
  readonly reply: boolean;
}

/** Hops that rewrite an address in place: the ones whose change we spell out. */
const REWRITES: ReadonlySet<HopAction> = new Set<HopAction>([
  'dnat',
  'snat',
  'un-dnat',
  'un-snat',
  'proxy',
]);

/** "client/host" -> "host", "pod/default/web-1" -> "web-1". */
export function placeName(at: string): string {
  const slash = at.lastIndexOf('/');
  return slash < 0 ? at : at.slice(slash + 1);
}

function outerLine(before: Packet['outer'], now: Packet['outer']): LabelPart[] | null {
  if (now !== null) {
    const text = `${vizText('viz.outer')} ${now.kind}  ${now.src} -> ${now.dst}`;
    // A header that just appeared (encap) is news.
    return [{ text, kind: before === null ? 'new' : 'muted' }];
  }
  if (before !== null) {
    // Just removed (decap): show what went away.
    return [
      {
        text: `${vizText('viz.outer')} ${before.kind}  ${before.src} -> ${before.dst}`,
        kind: 'old',
      },
    ];
  }
  return null;
}

const ARROW = ' -> ';

/**
 * The rewritten addresses, struck through, each placed right above the address that replaced it
 * (the label is set in a monospace font, so spaces align columns).
 */
function oldLine(before: Packet, now: Packet): LabelPart[] | null {
  const srcChanged = before.src !== now.src;
  const dstChanged = before.dst !== now.dst;
  if (!srcChanged && !dstChanged) return null;
  const parts: LabelPart[] = [];
  if (srcChanged) parts.push({ text: before.src, kind: 'old' });
  if (dstChanged) {
    const used = srcChanged ? before.src.length : 0;
    const column = now.src.length + ARROW.length;
    parts.push({ text: ' '.repeat(Math.max(column - used, 2)), kind: 'plain' });
    parts.push({ text: before.dst, kind: 'old' });
  }
  return parts;
}

function mainLine(before: Packet, now: Packet, rewrite: boolean): LabelPart[] {
  const kind = (changed: boolean): LabelPartKind => (rewrite && changed ? 'new' : 'plain');
  return [
    { text: now.src, kind: kind(before.src !== now.src) },
    { text: ARROW, kind: 'muted' },
    { text: now.dst, kind: kind(before.dst !== now.dst) },
  ];
}

export function packetLabel(hop: Hop, previous: Hop | null): PacketLabel {
  const before = previous?.packet ?? hop.packet;
  const rewrite = REWRITES.has(hop.action);
  const lines: LabelPart[][] = [];
  const outer = outerLine(previous?.packet.outer ?? null, hop.packet.outer);
  if (outer !== null) lines.push(outer);
  const old = rewrite ? oldLine(before, hop.packet) : null;
  if (old !== null) lines.push(old);
  lines.push(mainLine(before, hop.packet, rewrite));
  return {
    caption: vizText('viz.caption', {
      action: vizText(`viz.action.${hop.action}`),
      place: placeName(hop.at),
      proto: hop.packet.proto,
    }),
    lines,
    reply: hop.reply === true,
  };
}

// The words the drawing itself shows (not names or addresses): English by default, or whatever
// translate function the app hands createTopology in its options (TopologyOptions.text). The app's
// catalog (src/app/i18n/ui.ts) has the same keys; viz imports nothing from the app.
import type { HopAction } from '../engine/index.ts';

export type VizKey =
  | 'viz.topology'
  | 'viz.loadBalancer'
  | 'viz.notScheduled'
  | 'viz.noAppPods'
  | 'viz.poweredOff'
  | 'viz.controlPlane'
  | 'viz.systemPod'
  | 'viz.systemPods'
  | 'viz.morePod'
  | 'viz.morePods'
  | 'viz.deletePod'
  | 'viz.power'
  | 'viz.request'
  | 'viz.requestTitle'
  | 'viz.caption'
  | 'viz.outer'
  | 'viz.timeout'
  | `viz.action.${HopAction}`;

export type VizText = (key: VizKey, params?: Readonly<Record<string, string | number>>) => string;

const ACTIONS: Readonly<Record<HopAction, string>> = {
  send: 'send',
  route: 'route',
  arp: 'ARP',
  dnat: 'DNAT',
  snat: 'SNAT',
  encap: 'encapsulate',
  decap: 'decapsulate',
  forward: 'forward',
  proxy: 'proxy',
  deliver: 'deliver',
  reject: 'reject',
  drop: 'drop',
  reply: 'reply',
  'un-dnat': 'un-DNAT',
  'un-snat': 'un-SNAT',
  dns: 'DNS',
};

export const VIZ_EN: Readonly<Record<VizKey, string>> = {
  'viz.topology': 'Cluster topology',
  'viz.loadBalancer': 'load balancer',
  'viz.notScheduled': 'not scheduled',
  'viz.noAppPods': 'no app pods',
  'viz.poweredOff': 'powered off',
  'viz.controlPlane': 'control plane',
  'viz.systemPod': '+{n} system pod',
  'viz.systemPods': '+{n} system pods',
  'viz.morePod': '+{n} more pod',
  'viz.morePods': '+{n} more pods',
  'viz.deletePod': 'Delete pod {pod}',
  'viz.power': 'Power of {node}',
  'viz.request': 'Request {n}',
  'viz.requestTitle': 'Request {n}: show its hops',
  'viz.caption': '{action} at {place} · {proto}',
  'viz.outer': 'outer',
  'viz.timeout': 'timeout',
  ...(Object.fromEntries(Object.entries(ACTIONS).map(([k, v]) => [`viz.action.${k}`, v])) as Record<
    `viz.action.${HopAction}`,
    string
  >),
};

export const englishText: VizText = (key, params) =>
  VIZ_EN[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params?.[name] === undefined ? whole : String(params[name]),
  );

let current: VizText = englishText;

/** The drawing's words through the translate function in use. */
export function vizText(key: VizKey, params?: Readonly<Record<string, string | number>>): string {
  return current(key, params);
}

/** Sets the translate function (createTopology does, from its options). */
export function setVizText(text: VizText | undefined): void {
  current = text ?? englishText;
}

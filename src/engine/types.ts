// The values the engine hands to its clients (the CLI, the browser, lessons, tests).
// Everything here is plain data: JSON-serialisable, readonly, no classes.
import type { NoteMessage } from './messages/notes.ts';

/** One packet as it leaves a hop, after any rewrite (cli.md "lab trace JSON"). */
export interface Packet {
  readonly proto: 'TCP' | 'UDP' | 'ICMP';
  /** "IP:PORT" (or just "IP" for ICMP) */
  readonly src: string;
  readonly dst: string;
  /** The outer header on overlay hops (VXLAN, IP-in-IP); null elsewhere. */
  readonly outer: {
    readonly src: string;
    readonly dst: string;
    readonly kind: 'vxlan' | 'ipip';
  } | null;
}

export type HopAction =
  | 'send'
  | 'route'
  | 'arp'
  | 'dnat'
  | 'snat'
  | 'encap'
  | 'decap'
  | 'forward'
  | 'proxy'
  | 'deliver'
  | 'reject'
  | 'drop'
  | 'reply'
  | 'un-dnat'
  | 'un-snat'
  | 'dns';

export interface Hop {
  /** "client/laptop" | "lb/NAME" | "node/NAME" | "pod/NS/NAME" */
  readonly at: string;
  readonly action: HopAction;
  readonly packet: Packet;
  /** The rule or table entry that decided this hop (an iptables-save line, a route, a conntrack entry). */
  readonly rule: string | null;
  /** One sentence for the learner, in English (what the CLI prints). */
  readonly note: string;
  /**
   * The same sentence as a message of the note catalog (`messages/notes.ts`), for clients that show
   * it in another language. Not part of the CLI's `--json` line.
   */
  readonly msg?: NoteMessage;
  /** The chain walk that led to `rule` (iptables-save lines, in order), when rules decided the hop. */
  readonly walk?: readonly string[];
  /** True on the hops of the reply direction. */
  readonly reply?: boolean;
}

export type Verdict = 'delivered' | 'refused' | 'timeout' | 'dns-error' | 'unreachable';

export interface Trace {
  readonly verdict: Verdict;
  readonly response: string | null;
  readonly servedBy: {
    readonly pod: string;
    readonly node: string;
    readonly container: string;
  } | null;
  readonly clientSeenByPod: string | null;
  readonly nodes: readonly string[];
  readonly hops: readonly Hop[];
}

export interface LoadResult {
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  readonly byPod: Readonly<Record<string, number>>;
  readonly byNode: Readonly<Record<string, number>>;
}

/** What one shell command produced (cli.md `--json` line). */
export interface CommandResult {
  readonly command: string;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly trace?: Trace;
  readonly load?: LoadResult;
  /**
   * `lab load`: every request's trace, in the order sent (the browser flies them as packets).
   * Not printed: the CLI's `--json` line leaves it out.
   */
  readonly traces?: readonly Trace[];
}

/** The cluster as the topology draws it. Built by `clusterView(cluster)`. */
export interface ClusterView {
  readonly preset: string;
  readonly version: string;
  readonly clients: readonly { readonly name: string; readonly ip: string }[];
  readonly nodes: readonly NodeView[];
  readonly pods: readonly PodView[];
  readonly services: readonly ServiceView[];
}

export interface NodeView {
  readonly name: string;
  readonly ip: string;
  readonly podCIDR: string;
  readonly role: 'control-plane' | 'worker';
  /** The node's Ready condition is True. */
  readonly ready: boolean;
  /** Switched off with `lab node down`. */
  readonly poweredOff: boolean;
  /** Node ports open on this node (kube-proxy programs every Service's nodePort on every node). */
  readonly nodePorts: readonly {
    readonly port: number;
    readonly protocol: string;
    readonly service: string;
  }[];
}

export interface PodView {
  readonly namespace: string;
  readonly name: string;
  readonly ip: string | null;
  readonly node: string | null;
  readonly labels: Readonly<Record<string, string>>;
  readonly ready: boolean;
  /** What kubectl's STATUS column says: Running, ContainerCreating, Terminating, ... */
  readonly phase: string;
  /** System pods (kube-system, CNI, MetalLB) are drawn smaller. */
  readonly system: boolean;
  /** The containers' images, in spec order. */
  readonly images: readonly string[];
  /** Runs an ingress-nginx controller (an L7 proxy for Ingress objects). */
  readonly ingressController: boolean;
}

export interface ServiceView {
  readonly namespace: string;
  readonly name: string;
  readonly type: string;
  readonly clusterIP: string | null;
  readonly ports: readonly {
    readonly name: string | null;
    readonly port: number;
    readonly protocol: string;
    readonly nodePort: number | null;
  }[];
  /** LoadBalancer ingress addresses (IP or hostname) and externalIPs. */
  readonly externalAddresses: readonly string[];
  /**
   * What answers for the first load-balancer address: MetalLB (layer 2 with the node whose speaker
   * answers ARP, or BGP), a cloud balancer (its name), minikube tunnel; null when none does yet.
   */
  readonly loadBalancer: {
    readonly kind: string;
    readonly address: string;
    /** The speaker node (MetalLB layer 2) or the cloud balancer's name. */
    readonly by: string | null;
  } | null;
}

/** A YAML or API error tied to a line of the text the user applied (1-based). */
export interface SourceError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

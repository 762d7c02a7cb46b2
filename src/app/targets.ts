// Who can send a request and what it can call: the request bar's choices, from the cluster view.
// Pure functions; the store runs the command they build.
import type { ClusterView, Message, ServiceView } from '../engine/index.ts';
import type { UiKey } from './i18n/ui.ts';

export interface Sender {
  /** "client/NAME" | "pod/NS/NAME" | "node/NAME" */
  readonly id: string;
  readonly label: string;
  readonly kind: 'client' | 'pod' | 'node';
}

export interface TargetChoice {
  readonly url: string;
  /** What the address is, e.g. "NodePort default/web on worker-1". */
  readonly label: string;
  /** The same, as a message of the UI catalog (for the reader's language). */
  readonly says: Message<UiKey>;
  readonly group: 'node port' | 'load balancer' | 'cluster IP' | 'DNS name';
}

/** Outside machines first (the preset's own order: the first is the learner's), nodes, pods. */
export function sendersOf(view: ClusterView | null): Sender[] {
  if (view === null) return [];
  const clients = view.clients.map((c): Sender => ({
    id: `client/${c.name}`,
    label: `${c.name} (${c.ip})`,
    kind: 'client',
  }));
  const nodes = view.nodes.map((n): Sender => ({
    id: `node/${n.name}`,
    label: `${n.name} (${n.ip})`,
    kind: 'node',
  }));
  const nodeIps = new Set(view.nodes.map((n) => n.ip));
  const pods = view.pods
    // hostNetwork pods share their node's address: the node is the sender to pick for them.
    .filter((p) => p.phase === 'Running' && p.ip !== null && !nodeIps.has(p.ip))
    .sort((a, b) => Number(a.system) - Number(b.system) || (a.name < b.name ? -1 : 1))
    .map((p): Sender => ({
      id: `pod/${p.namespace}/${p.name}`,
      label: `${p.namespace}/${p.name} (${p.ip ?? ''})`,
      kind: 'pod',
    }));
  return [...clients, ...nodes, ...pods];
}

/**
 * The shell line that traces `curl URL` from the sender (cli.md `lab trace [--from CLIENT]`).
 * The preset's first outside machine is the shell's own, so it needs no --from.
 */
export function traceCommand(view: ClusterView | null, sender: string, url: string): string {
  const first = view?.clients[0]?.name;
  const target = url.trim();
  if (sender === '' || sender === `client/${first ?? ''}`) return `lab trace curl ${target}`;
  const from = sender.startsWith('client/') ? sender.slice('client/'.length) : sender;
  return `lab trace --from ${from} curl ${target}`;
}

function http(host: string, port: number): string {
  return port === 80 ? `http://${host}` : `http://${host}:${port}`;
}

/** What answers at a Service's external address: the balancer's kind and who runs it. */
function externalLabel(s: ServiceView, address: string): string {
  const id = `${s.namespace}/${s.name}`;
  const lb = s.loadBalancer;
  // The view does not say whether another address is a second ingress or an externalIP.
  if (lb === null || lb.address !== address) return `external address of ${id}`;
  if (lb.kind === 'metallb-l2') return `MetalLB VIP of ${id} (speaker on ${lb.by ?? 'no node'})`;
  if (lb.kind === 'metallb-bgp') return `MetalLB VIP of ${id} (BGP)`;
  if (lb.kind === 'minikube-tunnel') return `minikube tunnel to ${id}`;
  return `load balancer of ${id}`;
}

/** externalLabel as a message. */
function externalSays(s: ServiceView, address: string): Message<UiKey> {
  const service = `${s.namespace}/${s.name}`;
  const lb = s.loadBalancer;
  if (lb === null || lb.address !== address) return { key: 'target.external', params: { service } };
  if (lb.kind === 'metallb-l2')
    return lb.by === null
      ? { key: 'target.metallbL2None', params: { service } }
      : { key: 'target.metallbL2', params: { service, node: lb.by } };
  if (lb.kind === 'metallb-bgp') return { key: 'target.metallbBgp', params: { service } };
  if (lb.kind === 'minikube-tunnel') return { key: 'target.tunnel', params: { service } };
  return { key: 'target.loadBalancer', params: { service } };
}

function tcpPorts(s: ServiceView): ServiceView['ports'] {
  return s.ports.filter((p) => p.protocol === 'TCP');
}

const SYSTEM = new Set(['kube-system', 'kube-flannel', 'metallb-system', 'calico-system']);

/**
 * Addresses the sender can call: every node's IP with each node port, each load-balancer and
 * external address (kube-proxy programs them on every node, so pods reach them too), and from inside the cluster (a pod or a node) ClusterIPs; from a pod also DNS names
 * (short in its own namespace, NAME.NS elsewhere), which only cluster DNS resolves.
 */
export function targetsFor(view: ClusterView | null, sender: string): TargetChoice[] {
  if (view === null) return [];
  // The API server's own Service speaks HTTPS only; curl http:// to it teaches nothing.
  const services = view.services.filter(
    (s) => !SYSTEM.has(s.namespace) && !(s.namespace === 'default' && s.name === 'kubernetes'),
  );
  const out: TargetChoice[] = [];
  for (const s of services) {
    for (const p of tcpPorts(s)) {
      if (p.nodePort === null) continue;
      for (const n of view.nodes) {
        out.push({
          url: http(n.ip, p.nodePort),
          label: `node port of ${s.namespace}/${s.name} on ${n.name}`,
          says: {
            key: 'target.nodePort',
            params: { service: `${s.namespace}/${s.name}`, node: n.name },
          },
          group: 'node port',
        });
      }
    }
  }
  for (const s of services) {
    for (const address of s.externalAddresses) {
      for (const p of tcpPorts(s)) {
        out.push({
          url: http(address, p.port),
          label: externalLabel(s, address),
          says: externalSays(s, address),
          group: 'load balancer',
        });
      }
    }
  }
  if (sender.startsWith('pod/') || sender.startsWith('node/')) {
    for (const s of services) {
      if (s.clusterIP === null || s.clusterIP === 'None') continue;
      for (const p of tcpPorts(s)) {
        out.push({
          url: http(s.clusterIP, p.port),
          label: `cluster IP of ${s.namespace}/${s.name}`,
          says: { key: 'target.clusterIP', params: { service: `${s.namespace}/${s.name}` } },
          group: 'cluster IP',
        });
      }
    }
  }
  if (sender.startsWith('pod/')) {
    const namespace = sender.split('/')[1] ?? 'default';
    for (const s of services) {
      const name = s.namespace === namespace ? s.name : `${s.name}.${s.namespace}`;
      for (const p of tcpPorts(s)) {
        out.push({
          url: http(name, p.port),
          label: `${s.namespace}/${s.name} by name`,
          says: { key: 'target.byName', params: { service: `${s.namespace}/${s.name}` } },
          group: 'DNS name',
        });
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((t) => (seen.has(t.url) ? false : (seen.add(t.url), true)));
}

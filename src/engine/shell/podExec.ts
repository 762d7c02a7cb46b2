// What a command run by `kubectl exec` prints inside a pod's container, for the commands that need
// no network: env/printenv, hostname, cat /etc/resolv.conf and /etc/hosts, ip addr. The files are
// the kubelet's (and the container runtime's) as a pod would see them (reference §5.2, §5.3, §6).
import { listObjects, type Cluster, type Ctx } from '../api/cluster.ts';
import type { Container, Pod, Service } from '../api/objects.ts';
import { cidrSize, intToIp, parseCidr } from '../net/ipv4.ts';
import { fnv32a } from '../util/hash.ts';
import { createRandom } from '../util/random.ts';
import { fail, ok, type Output } from './context.ts';
import { DNS_COMMANDS, dnsCommand } from './dnsTools.ts';

/**
 * kubelet envvars.go makeEnvVariableName: upper case, '-' to '_', nothing else (its TODO notes
 * leading digits are not handled), so a port named "80-8080" gives ..._SERVICE_PORT_80_8080.
 * Reference §5.3 also maps '.' and prefixes '_' before a digit; upstream does neither.
 */
const envName = (s: string) => s.toUpperCase().replace(/-/g, '_');

/** kubelet envvars.go FromServices: host, ports, then the docker-link variables. */
function serviceVariables(svc: Service): [string, string][] {
  const ip = svc.spec.clusterIP!;
  const prefix = envName(svc.metadata.name);
  const ports = svc.spec.ports ?? [];
  const out: [string, string][] = [[`${prefix}_SERVICE_HOST`, ip]];
  if (ports[0]) out.push([`${prefix}_SERVICE_PORT`, String(ports[0].port)]);
  for (const p of ports)
    if (p.name) out.push([`${prefix}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
  ports.forEach((p, i) => {
    const proto = (p.protocol || 'TCP').toLowerCase();
    const url = `${proto}://${ip}:${p.port}`;
    if (i === 0) out.push([`${prefix}_PORT`, url]);
    const pp = `${prefix}_PORT_${p.port}_${proto.toUpperCase()}`;
    out.push([pp, url], [`${pp}_PROTO`, proto], [`${pp}_PORT`, String(p.port)], [`${pp}_ADDR`, ip]);
  });
  return out;
}

/** When the container started: the kubelet took its Service snapshot then (§5.3). */
function containerStart(pod: Pod, container: Container): string {
  const statuses = (pod.status.containerStatuses ?? []) as {
    name: string;
    state?: { running?: { startedAt?: string } };
  }[];
  const started = statuses.find((s) => s.name === container.name)?.state?.running?.startedAt;
  return started ?? String(pod.status.startTime ?? pod.metadata.creationTimestamp);
}

/**
 * The container's environment. The image's PATH comes first and HOME last as the runtime adds them;
 * kubelet's variables come in between in an order real clusters do not fix (a Go map), here grouped
 * per Service. Image-specific variables (NGINX_VERSION, ...) are not modelled.
 */
export function containerEnv(cluster: Cluster, pod: Pod, container: Container): string[] {
  const ns = pod.metadata.namespace!;
  const started = containerStart(pod, container);
  const links = pod.spec.enableServiceLinks !== false;
  const services = listObjects<Service>(cluster, 'Service').filter(
    (s) =>
      ((links && s.metadata.namespace === ns) ||
        (s.metadata.namespace === 'default' && s.metadata.name === 'kubernetes')) &&
      s.spec.type !== 'ExternalName' &&
      !!s.spec.clusterIP &&
      s.spec.clusterIP !== 'None' &&
      s.metadata.creationTimestamp <= started,
  );
  const declared = ((container.env ?? []) as { name: string; value?: string }[]).map(
    (e): [string, string] => [e.name, e.value ?? ''],
  );
  const fromServices = services
    .flatMap(serviceVariables)
    .filter(([k]) => !declared.some(([d]) => d === k));
  const hostname = (pod.spec.hostname as string | undefined) ?? pod.metadata.name;
  return [
    'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    `HOSTNAME=${hostname}`,
    ...[...declared, ...fromServices].map(([k, v]) => `${k}=${v}`),
    'HOME=/root',
  ];
}

/**
 * /etc/resolv.conf for dnsPolicy ClusterFirst (§5.2). containerd writes search, nameserver,
 * options; dockershim (the v1.20 preset's docker runtime) wrote nameserver first. The node's own
 * search domains, appended by kubelet, are not modelled.
 */
export function resolvConf(cluster: Cluster, pod: Pod): string {
  const ns = pod.metadata.namespace!;
  const search = `search ${ns}.svc.cluster.local svc.cluster.local cluster.local`;
  const nameserver = 'nameserver 10.96.0.10';
  const options = 'options ndots:5';
  const lines =
    cluster.preset.minor >= 24 ? [search, nameserver, options] : [nameserver, search, options];
  return lines.join('\n') + '\n';
}

/** kubelet's managedHostsFileContent (pkg/kubelet/kubelet_pods.go). */
export function hostsFile(pod: Pod): string {
  const hostname = (pod.spec.hostname as string | undefined) ?? pod.metadata.name;
  const subdomain = pod.spec.subdomain as string | undefined;
  const ip = pod.status.podIP ?? '';
  const fqdn = subdomain
    ? `${hostname}.${subdomain}.${pod.metadata.namespace}.svc.cluster.local\t`
    : '';
  return [
    '# Kubernetes-managed hosts file.',
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'fe00::0\tip6-mcastprefix',
    'fe00::1\tip6-allnodes',
    'fe00::2\tip6-allrouters',
    `${ip}\t${fqdn}${hostname}`,
    '',
  ].join('\n');
}

/**
 * `ip addr` in iproute2's layout (busybox's `ip` prints less; which one an image ships is not
 * modelled). flannel gives eth0 an address in the node's /24 with MTU 1450 (VXLAN); Calico a /32
 * with MTU 1440 (IPIP). The MAC address and the peer's interface index are random on a real node;
 * here they come from a hash of the pod so they stay put; the IPv6 link-local address follows from
 * the MAC (EUI-64). The trailing spaces after "group default" and "scope host/link" are iproute2's
 * as remembered, not checked against a capture.
 */
export function ipAddr(cluster: Cluster, pod: Pod): string {
  const ip = pod.status.podIP ?? '';
  const node = cluster.preset.nodes.find((n) => n.name === pod.spec.nodeName);
  const flannel = cluster.preset.podNetwork === 'flannel-vxlan';
  const h = fnv32a(`${pod.metadata.uid}/eth0`);
  const mac = [
    '0a',
    ...[0, 8, 16, 24, 4].map((s) => ((h >>> s) & 0xff).toString(16).padStart(2, '0')),
  ].join(':');
  const peer = 4 + (h % 20);
  const m = mac.split(':').map((x) => parseInt(x, 16));
  const eui = [m[0]! ^ 2, m[1]!, m[2]!, 0xff, 0xfe, m[3]!, m[4]!, m[5]!];
  const groups = [0, 2, 4, 6].map((i) => ((eui[i]! << 8) | eui[i + 1]!).toString(16));
  let inet = `${ip}/32 scope global eth0`;
  if (flannel && node) {
    const cidr = parseCidr(node.podCIDR);
    inet = `${ip}/${cidr.bits} brd ${intToIp(cidr.base + cidrSize(cidr) - 1)} scope global eth0`;
  }
  return [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
    '       valid_lft forever preferred_lft forever',
    '    inet6 ::1/128 scope host ',
    '       valid_lft forever preferred_lft forever',
    `2: eth0@if${peer}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ${flannel ? 1450 : 1440} qdisc noqueue state UP group default `,
    `    link/ether ${mac} brd ff:ff:ff:ff:ff:ff link-netnsid 0`,
    `    inet ${inet}`,
    '       valid_lft forever preferred_lft forever',
    `    inet6 fe80::${groups.join(':')}/64 scope link `,
    '       valid_lft forever preferred_lft forever',
    '',
  ].join('\n');
}

const NETWORK_COMMANDS = new Set(['curl', 'wget', 'ping', 'nc', 'telnet']);

/** Runs CMD in the container and returns what the terminal shows. */
export function execInPod(
  cluster: Cluster,
  pod: Pod,
  container: Container,
  command: readonly string[],
  ctx?: Ctx,
): Output {
  const [cmd = '', ...args] = command;
  const base = cmd.split('/').pop()!;
  if (DNS_COMMANDS.has(base)) {
    // Without the session's generator, one seeded from the cluster's state keeps the run pure.
    const { lookups: _, ...out } = dnsCommand(
      cluster,
      pod,
      container,
      command,
      ctx ?? {
        random: createRandom(cluster.now + cluster.revision),
      },
    );
    return out;
  }
  if (pod.spec.hostNetwork === true && ['cat', 'ip', 'hostname'].includes(base)) {
    // A host-network pod sees the node's files and interfaces, which the simulator does not model.
    return fail(`lab: '${command.join(' ')}' in a host-network pod is not simulated yet`);
  }
  if (base === 'env' || (base === 'printenv' && args.length === 0))
    return ok(containerEnv(cluster, pod, container).join('\n') + '\n');
  if (base === 'printenv') {
    const env = containerEnv(cluster, pod, container);
    const found = args.map((a) => env.find((l) => l.startsWith(`${a}=`))?.slice(a.length + 1));
    const out = found
      .filter((v) => v !== undefined)
      .map((v) => v + '\n')
      .join('');
    return { stdout: out, stderr: '', exitCode: found.every((v) => v !== undefined) ? 0 : 1 };
  }
  if (base === 'hostname')
    return ok(`${(pod.spec.hostname as string | undefined) ?? pod.metadata.name}\n`);
  if (base === 'cat' && args.length === 1 && args[0] === '/etc/resolv.conf')
    return ok(resolvConf(cluster, pod));
  if (base === 'cat' && args.length === 1 && args[0] === '/etc/hosts') return ok(hostsFile(pod));
  if (base === 'ip' && ['addr', 'a', 'address'].includes(args[0] ?? '') && args.length === 1)
    return ok(ipAddr(cluster, pod));
  if (NETWORK_COMMANDS.has(base)) {
    return fail(
      `lab: '${base}' inside a pod is not available yet in this simulator; run it from your machine instead`,
    );
  }
  return fail(`lab: '${command.join(' ')}' inside a pod is not simulated yet`);
}

// `kubectl cluster-info` (pkg/cmd/clusterinfo): the API server, then every kube-system Service
// labelled kubernetes.io/cluster-service=true, named by its kubernetes.io/name label. The colours
// are go-colortext escape codes written whether or not stdout is a terminal (only TERM=dumb stops
// them), so a script's output keeps them too.
import { listObjects } from '../../api/cluster.ts';
import type { Service } from '../../api/objects.ts';
import { fail, ok, type Output, type ShellState } from '../context.ts';

const GREEN = '\u001b[0;32m';
const YELLOW = '\u001b[0;33m';
const RESET = '\u001b[0m';

const line = (name: string, link: string) =>
  `${GREEN}${name}${RESET} is running at ${YELLOW}${link}${RESET}\n`;

export function clusterInfo(state: ShellState, args: readonly string[]): Output {
  if (args[0] === 'dump') return fail('lab: kubectl cluster-info dump is not simulated');
  const preset = state.cluster.preset;
  const cp = preset.nodes.find((n) => n.controlPlane)!;
  const host = `https://${cp.ip}:6443`;
  // "Kubernetes master" until kubectl v1.20 renamed it (release believed to be v1.20; not pinned).
  let out = line(preset.minor >= 20 ? 'Kubernetes control plane' : 'Kubernetes master', host);
  const services = listObjects<Service>(state.cluster, 'Service', 'kube-system').filter(
    (s) => s.metadata.labels?.['kubernetes.io/cluster-service'] === 'true',
  );
  for (const s of services) {
    const ingress = (s.status.loadBalancer.ingress ?? []) as { ip?: string; hostname?: string }[];
    let link: string;
    if (ingress[0]) {
      const ip = ingress[0].ip || ingress[0].hostname || '';
      link = (s.spec.ports ?? []).map((p) => `http://${ip}:${p.port} `).join('');
    } else {
      const port = s.spec.ports?.[0];
      const scheme = port && (port.name === 'https' || port.port === 443) ? 'https' : '';
      // utilnet.JoinSchemeNamePort: [scheme:]name[:portName]
      const name = [scheme, s.metadata.name, port?.name ?? ''].filter(Boolean).join(':');
      link = `${host}/api/v1/namespaces/kube-system/services/${name}/proxy`;
    }
    out += line(s.metadata.labels?.['kubernetes.io/name'] || s.metadata.name, link);
  }
  return ok(
    `${out}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`,
  );
}

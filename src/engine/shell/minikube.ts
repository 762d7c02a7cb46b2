// The minikube commands the study notes use (spec/presets.md, minikube preset): ip, service,
// service list, ssh, tunnel, addons enable|disable|configure metallb. On other presets `minikube`
// is not installed.
import { createObject, deleteObject, getObject, listObjects } from '../api/cluster.ts';
import { keyOf, type Service } from '../api/objects.ts';
import { startTunnel } from '../controllers/minikubeTunnel.ts';
import { reconcile } from '../controllers/reconcile.ts';
import { isIPv4 } from '../net/ipv4.ts';
import {
  MINIKUBE_METALLB_IMAGES,
  minikubeMetallbAddon,
  minikubeMetallbConfig,
} from '../presets/metallbSystem.ts';
import { fail, ok, type Output, type ShellState } from './context.ts';

/** minikube's tables (olekukonko/tablewriter): `|`-framed, headers centred, cells left-aligned. */
function frame(header: readonly string[], cellRows: readonly (readonly string[])[]): string {
  // A cell with several lines (a multi-port Service's ports and URLs) takes as many table lines,
  // the other cells blank on the extra ones, as tablewriter prints it.
  const rows = cellRows.flatMap((r) => {
    const parts = r.map((c) => c.split('\n'));
    const height = Math.max(...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, k) => parts.map((p) => p[k] ?? ''));
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const centre = (text: string, w: number) => {
    const left = Math.floor((w - text.length) / 2);
    return ' '.repeat(left) + text + ' '.repeat(w - text.length - left);
  };
  const line = (cells: readonly string[], align: (t: string, w: number) => string) =>
    `| ${cells.map((c, i) => align(c, widths[i]!)).join(' | ')} |`;
  return (
    [
      rule,
      line(header, centre),
      rule,
      ...rows.map((r) => line(r, (t, w) => t.padEnd(w))),
      rule,
    ].join('\n') + '\n'
  );
}

function nodeIP(state: ShellState): string {
  return state.cluster.preset.nodes[0]!.ip;
}

function serviceUrls(state: ShellState, svc: Service): string[] {
  return (svc.spec.ports ?? [])
    .filter((p) => p.nodePort)
    .map((p) => `http://${nodeIP(state)}:${p.nodePort}`);
}

function service(state: ShellState, args: readonly string[]): Output {
  const url = args.includes('--url');
  const nsIndex = args.findIndex((a) => a === '-n' || a === '--namespace');
  const ns = nsIndex >= 0 ? (args[nsIndex + 1] ?? 'default') : 'default';
  const words = args.filter((a, i) => !a.startsWith('-') && (nsIndex < 0 || i !== nsIndex + 1));
  if (words[0] === 'list') {
    const rows = listObjects<Service>(state.cluster, 'Service').map((s) => {
      const urls = serviceUrls(state, s);
      const target = (s.spec.ports ?? [])
        .filter((p) => p.nodePort)
        .map((p) => `${p.name ? `${p.name}/` : ''}${p.targetPort}`);
      return [
        s.metadata.namespace!,
        s.metadata.name,
        urls.length ? target.join('\n') : 'No node port',
        urls.join('\n'),
      ];
    });
    return ok(frame(['NAMESPACE', 'NAME', 'TARGET PORT', 'URL'], rows));
  }
  const name = words[0];
  if (!name)
    return fail('❌  Exiting due to MK_USAGE: You must specify service name(s) or --all', 64);
  const svc = getObject<Service>(state.cluster, 'Service', ns, name);
  if (!svc)
    return fail(
      `\n❌  Exiting due to SVC_NOT_FOUND: Service '${name}' was not found in '${ns}' namespace.\nYou may select another namespace by using 'minikube service ${name} -n <namespace>'. Or list out all the services using 'minikube service list'`,
      1,
    );
  const urls = serviceUrls(state, svc);
  if (urls.length === 0) {
    return fail(`😿  service ${ns}/${name} has no node port`, 0);
  }
  if (url) return ok(urls.map((u) => `${u}\n`).join(''));
  const rows = (svc.spec.ports ?? [])
    .filter((p) => p.nodePort)
    .map((p, i) => [
      i === 0 ? ns : '',
      i === 0 ? name : '',
      `${p.name ? `${p.name}/` : ''}${p.targetPort}`,
      urls[i]!,
    ]);
  return ok(
    `${frame(['NAMESPACE', 'NAME', 'TARGET PORT', 'URL'], rows)}🎉  Opening service ${ns}/${name} in default browser...\n`,
  );
}

/**
 * `minikube tunnel` (docker driver on macOS/Windows, kic ssh tunnel): it keeps running for the rest
 * of the session; its start-up lines, then one ssh forward per LoadBalancer Service, privileged
 * ports (below 1024) announced first because they need sudo.
 */
function tunnel(state: ShellState): Output {
  state.cluster = startTunnel(state.cluster, state.ctx);
  const lines = [
    '✅  Tunnel successfully started',
    '',
    '📌  NOTE: Please do not close this terminal as this process must stay alive for the tunnel to be accessible ...',
    '',
  ];
  for (const svc of listObjects<Service>(state.cluster, 'Service')) {
    if (svc.spec.type !== 'LoadBalancer') continue;
    const privileged = (svc.spec.ports ?? []).map((p) => p.port).filter((p) => p < 1024);
    if (privileged.length)
      lines.push(
        `❗  The service/ingress ${svc.metadata.name} requires privileged ports to be exposed: [${privileged.join(' ')}]`,
        '🔑  sudo permission will be asked for it.',
      );
    lines.push(`🏃  Starting tunnel for service ${svc.metadata.name}.`);
  }
  return ok(`${lines.join('\n')}\n`);
}

function metallbEnabled(state: ShellState): boolean {
  return state.cluster.objects.has('Deployment/metallb-system/controller');
}

/** `minikube addons enable|disable|configure metallb` (addons list is not simulated). */
function addons(state: ShellState, args: readonly string[], stdin: string | undefined): Output {
  const [verb, name] = args;
  if (name !== 'metallb' || !['enable', 'disable', 'configure'].includes(verb ?? ''))
    return fail(
      `lab: only \`minikube addons enable|disable|configure metallb\` is simulated here`,
      1,
    );
  const using = (order: readonly ('controller' | 'speaker')[]) =>
    order.map((c) => `    ▪ Using image ${MINIKUBE_METALLB_IMAGES[c]}\n`).join('');
  if (verb === 'enable') {
    if (!metallbEnabled(state))
      for (const obj of minikubeMetallbAddon(state.cluster.preset.minor))
        if (!state.cluster.objects.has(keyOf(obj)))
          [state.cluster] = createObject(state.cluster, state.ctx, obj);
    state.cluster = reconcile(state.cluster, state.ctx);
    return ok(
      '❗  metallb is a 3rd party addon and is not maintained or verified by minikube maintainers, enable at your own risk.\n' +
        '❗  metallb does not currently have an associated maintainer.\n' +
        using(['controller', 'speaker']) +
        "🌟  The 'metallb' addon is enabled\n",
    );
  }
  if (verb === 'disable') {
    // kubectl delete of the addon's manifest: the namespace goes, and everything in it with it.
    for (const obj of [...state.cluster.objects.values()])
      if (obj.metadata.namespace === 'metallb-system' || keyOf(obj) === 'Namespace//metallb-system')
        state.cluster = deleteObject(state.cluster, obj);
    state.cluster = reconcile(state.cluster, state.ctx);
    return ok(`🌑  "The 'metallb' addon is disabled"\n`);
  }
  // configure: two prompts answered on standard input (a terminal echoes the answers).
  const answers = (stdin ?? '').split('\n').map((l) => l.trim());
  const [start, end] = answers;
  if (!start || !end)
    return fail(
      'lab: `minikube addons configure metallb` asks for two addresses; give them on standard input, e.g.\nminikube addons configure metallb <<EOF\n192.168.49.100\n192.168.49.120\nEOF',
      1,
    );
  const prompts = `-- Enter Load Balancer Start IP: ${start}\n-- Enter Load Balancer End IP: ${end}\n`;
  if (!isIPv4(start) || !isIPv4(end))
    // Unverified wording: minikube validates the addresses with net.ParseIP before saving them.
    return fail(`${prompts}❌  Exiting due to MK_USAGE: invalid IP address`, 1);
  if (metallbEnabled(state)) {
    const cm = minikubeMetallbConfig(start, end);
    const old = state.cluster.objects.get(keyOf(cm));
    if (old) state.cluster = deleteObject(state.cluster, old);
    [state.cluster] = createObject(state.cluster, state.ctx, cm);
    state.cluster = reconcile(state.cluster, state.ctx);
  }
  return ok(
    `${prompts}${using(['speaker', 'controller'])}✅  metallb was successfully configured\n`,
  );
}

export function minikube(
  state: ShellState,
  args: readonly string[],
  ssh: (args: readonly string[]) => Output,
  stdin?: string,
): Output {
  if (state.cluster.preset.name !== 'minikube')
    return fail('bash: minikube: command not found', 127);
  const [sub, ...rest] = args;
  switch (sub) {
    case 'ip':
      return ok(`${nodeIP(state)}\n`);
    case 'tunnel':
      return tunnel(state);
    case 'addons':
      return addons(state, rest, stdin);
    case 'service':
      return service(state, rest);
    case 'ssh': {
      const command = rest[0] === '--' ? rest.slice(1) : rest;
      if (command.length === 0)
        return fail(
          'lab: an interactive minikube ssh session is not available here; give a command, e.g. minikube ssh -- iptables-save -t nat',
          1,
        );
      return ssh(['minikube', ...command]);
    }
    default:
      return fail(
        `Error: unknown command "${sub ?? ''}" for "minikube"\nRun 'minikube --help' for usage.`,
        1,
      );
  }
}

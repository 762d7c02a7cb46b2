// The minikube commands the study notes use (spec/presets.md, minikube preset): ip, service,
// service list, ssh. On other presets `minikube` is not installed.
import { getObject, listObjects } from '../api/cluster.ts';
import type { Service } from '../api/objects.ts';
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

export function minikube(
  state: ShellState,
  args: readonly string[],
  ssh: (args: readonly string[]) => Output,
): Output {
  if (state.cluster.preset.name !== 'minikube')
    return fail('bash: minikube: command not found', 127);
  const [sub, ...rest] = args;
  switch (sub) {
    case 'ip':
      return ok(`${nodeIP(state)}\n`);
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

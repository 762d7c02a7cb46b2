// Commands that send traffic: curl, `lab trace`, `lab load`, `lab clients`, and `ssh NODE ...`.
import type { Trace } from '../types.ts';
import { traceTcp } from '../net/trace.ts';
import { isIPv4 } from '../net/ipv4.ts';
import { compileNodeRules } from '../proxy/compile.ts';
import { iptablesSave } from '../proxy/rule.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from './context.ts';
import { renderTable } from './table.ts';
import { asctime } from '../util/dates.ts';

const CURL_FLAGS = {
  '-s': { name: 'silent', value: false },
  '--silent': { name: 'silent', value: false },
  '-v': { name: 'verbose', value: false },
  '-I': { name: 'head', value: false },
  '-k': { name: 'insecure', value: false },
  '-m': { name: 'max-time', value: true },
  '--max-time': { name: 'max-time', value: true },
  '-H': { name: 'header', value: true },
};

interface Target {
  readonly host: string;
  readonly port: number;
  readonly path: string;
}

function parseUrl(url: string): Target | null {
  const m = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
  if (!m) return null;
  return {
    host: m[2]!,
    port: m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80,
    path: m[4] ?? '/',
  };
}

/** An outside machine by name (default: the preset's first, the learner's own). */
function client(state: ShellState, name: string | undefined) {
  const clients = state.cluster.preset.clients;
  const found = name
    ? clients.find((c) => c.name === name || `client/${c.name}` === name)
    : clients[0];
  return found ?? null;
}

function curlOutcome(trace: Trace, t: Target, maxTime: string | undefined): Output {
  switch (trace.verdict) {
    case 'delivered':
      return ok(trace.response ?? '');
    case 'refused':
      return fail(
        `curl: (7) Failed to connect to ${t.host} port ${t.port} after 0 ms: Couldn't connect to server`,
        7,
      );
    case 'timeout':
      return maxTime
        ? fail(
            `curl: (28) Connection timed out after ${Number(maxTime) * 1000 + 1} milliseconds`,
            28,
          )
        : fail(
            `curl: (28) Failed to connect to ${t.host} port ${t.port} after 134218 ms: Couldn't connect to server`,
            28,
          );
    default:
      return fail(`curl: (6) Could not resolve host: ${t.host}`, 6);
  }
}

/** curl from an outside machine: one new TCP connection per call. */
export function curl(state: ShellState, args: readonly string[], from?: string): Output {
  const flags = parseFlags(args, CURL_FLAGS);
  if (flags.unknown.length)
    return fail(
      `curl: option ${flags.unknown[0]}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`,
      2,
    );
  const url = flags.positional[0];
  if (!url) return fail("curl: try 'curl --help' or 'curl --manual' for more information", 2);
  const t = parseUrl(url);
  if (!t) return fail(`curl: (3) URL rejected: Malformed input to a URL function`, 3);
  const c = client(state, from);
  if (!c) return fail(`lab: unknown client "${from}"; see 'lab clients'`, 2);
  if (!isIPv4(t.host)) return { ...fail(`curl: (6) Could not resolve host: ${t.host}`, 6) };
  const trace = traceTcp(state.cluster, state.ctx, {
    from: `client/${c.name}`,
    srcIP: c.ip,
    dstIP: t.host,
    dstPort: t.port,
  });
  return { ...curlOutcome(trace, t, flags.values.get('max-time')), trace };
}

function hopLines(trace: Trace): string {
  const rows = trace.hops.map((h, i) => [
    String(i + 1),
    h.at,
    h.action,
    `${h.packet.src} -> ${h.packet.dst}${h.packet.outer ? ` [${h.packet.outer.kind} ${h.packet.outer.src} -> ${h.packet.outer.dst}]` : ''}`,
  ]);
  const out: string[] = [];
  const table = renderTable(['#', 'AT', 'ACTION', 'PACKET'], rows).split('\n');
  out.push(table[0]!);
  trace.hops.forEach((h, i) => {
    out.push(table[i + 1]!);
    if (h.rule) out.push(`      rule: ${h.rule}`);
  });
  const summary = [`verdict: ${trace.verdict}`];
  if (trace.servedBy) summary.push(`served by ${trace.servedBy.pod} on ${trace.servedBy.node}`);
  if (trace.clientSeenByPod) summary.push(`the pod saw the client as ${trace.clientSeenByPod}`);
  return `${out.join('\n')}\n${summary.join('; ')}\n`;
}

/** `lab trace [--from CLIENT] curl ...` */
export function labTrace(state: ShellState, args: readonly string[]): Output {
  let from: string | undefined;
  let rest = [...args];
  if (rest[0] === '--from') {
    from = rest[1];
    rest = rest.slice(2);
  }
  if (rest[0] !== 'curl')
    return fail(
      'lab trace: this version traces `curl URL` from an outside machine; usage: lab trace [--from CLIENT] curl URL',
      2,
    );
  const result = curl(state, rest.slice(1), from);
  if (!result.trace) return result;
  return { ...result, stdout: hopLines(result.trace) + result.stdout };
}

/** `lab load -n N [--keepalive] [--from CLIENT] URL` */
export function labLoad(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    '-n': { name: 'n', value: true },
    '--keepalive': { name: 'keepalive', value: false },
    '--from': { name: 'from', value: true },
  });
  const n = Number(flags.values.get('n') ?? 100);
  const url = flags.positional[0];
  if (!url || !Number.isInteger(n) || n < 1 || n > 10000)
    return fail('usage: lab load -n N [--keepalive] [--from CLIENT] URL (1 <= N <= 10000)', 2);
  const t = parseUrl(url);
  const c = client(state, flags.values.get('from'));
  if (!t || !c || !isIPv4(t.host)) return fail(`lab load: cannot reach ${url}`, 2);
  const byPod: Record<string, number> = {};
  const byNode: Record<string, number> = {};
  let okCount = 0;
  // With keep-alive every request rides the first connection, pinned to the endpoint chosen for
  // its first packet (reference §4); without it each request is a new connection and a new draw.
  let pinned: Trace | null = null;
  for (let i = 0; i < n; i++) {
    const trace: Trace =
      flags.values.get('keepalive') === 'true' && pinned
        ? pinned
        : traceTcp(state.cluster, state.ctx, {
            from: `client/${c.name}`,
            srcIP: c.ip,
            dstIP: t.host,
            dstPort: t.port,
          });
    pinned ??= trace;
    if (trace.verdict === 'delivered' && trace.servedBy) {
      okCount++;
      byPod[trace.servedBy.pod] = (byPod[trace.servedBy.pod] ?? 0) + 1;
      byNode[trace.servedBy.node] = (byNode[trace.servedBy.node] ?? 0) + 1;
    }
  }
  const load = { total: n, ok: okCount, failed: n - okCount, byPod, byNode };
  const rows = Object.entries(byPod)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([pod, count]) => [
      pod,
      state.cluster.objects.get(`Pod/${pod}`)?.spec
        ? String(
            (state.cluster.objects.get(`Pod/${pod}`)!.spec as { nodeName?: string }).nodeName ?? '',
          )
        : '',
      String(count),
    ]);
  const text = `${n} requests, ${okCount} answered, ${n - okCount} failed\n${rows.length ? renderTable(['POD', 'NODE', 'REQUESTS'], rows) : ''}`;
  return { ...ok(text), load };
}

export function labClients(state: ShellState): Output {
  return ok(
    renderTable(
      ['NAME', 'ADDRESS'],
      state.cluster.preset.clients.map((c) => [c.name, c.ip]),
    ),
  );
}

/** `ssh NODE iptables-save [-t TABLE]` and `ssh NODE hostname`. */
export function ssh(state: ShellState, args: readonly string[]): Output {
  const [nodeName, cmd, ...rest] = args;
  const node = state.cluster.preset.nodes.find((n) => n.name === nodeName || n.ip === nodeName);
  if (!nodeName) return fail('usage: ssh NODE COMMAND...', 255);
  if (!node)
    return fail(`ssh: Could not resolve hostname ${nodeName}: Name or service not known`, 255);
  switch (cmd) {
    case 'hostname':
      return ok(`${node.name}\n`);
    case 'iptables-save':
    case 'sudo': {
      const words = cmd === 'sudo' ? rest.slice(1) : rest;
      if (cmd === 'sudo' && rest[0] !== 'iptables-save')
        return fail(`bash: ${rest[0] ?? ''}: command not found`, 127);
      const ti = words.indexOf('-t');
      const only = ti >= 0 ? words[ti + 1] : undefined;
      const rules = compileNodeRules(state.cluster, node.name);
      const tables = [rules.nat, rules.filter].filter((t) => !only || t.name === only);
      if (only && tables.length === 0)
        return fail(`iptables-save: Unable to initialize table '${only}'`, 1);
      return ok(
        iptablesSave(tables, state.cluster.preset.iptablesVersion, asctime(state.cluster.now)),
      );
    }
    case undefined:
      return fail(
        'lab: an interactive ssh session is not available here; give a command, e.g. ssh w1-k8s iptables-save',
        255,
      );
    default:
      return fail(`bash: ${cmd}: command not found`, 127);
  }
}

// Evaluates a lesson's checks: on the step's command results (output, trace, load) or on the cluster,
// read through kubectl's JSON output without letting simulated time pass (svc, endpoints, podsReady,
// deployment). Each answer says in one line what was seen, pass or fail.
import type { CommandResult, Hop } from '../engine/index.ts';
import { numberMatches, showNumber, showText, textMatches } from './match.ts';
import type {
  Check,
  DeploymentCheck,
  EndpointsCheck,
  LoadCheck,
  NumberMatch,
  OutputCheck,
  PodsReadyCheck,
  SvcCheck,
  TextMatch,
  TraceCheck,
} from './types.ts';

/** What a check may ask of the cluster: a command run without time passing (Session.read). */
export interface CheckTarget {
  read(line: string): CommandResult;
}

export interface CheckOutcome {
  readonly pass: boolean;
  /** What the check saw, in one line. */
  readonly reason: string;
}

const pass = (reason: string): CheckOutcome => ({ pass: true, reason });
const fail = (reason: string): CheckOutcome => ({ pass: false, reason });

/** Runs every comparison and keeps the first failure, or all the successes joined. */
function all(outcomes: readonly (CheckOutcome | null)[], subject = ''): CheckOutcome {
  const done = outcomes.filter((o): o is CheckOutcome => o !== null);
  const o = done.find((x) => !x.pass) ?? pass(done.map((x) => x.reason).join('; '));
  return subject ? { pass: o.pass, reason: `${subject}: ${o.reason}` } : o;
}

function text(what: string, m: TextMatch | undefined, value: string | null): CheckOutcome | null {
  if (m === undefined) return null;
  return textMatches(m, value)
    ? pass(`${what} ${value}`)
    : fail(`${what} ${value ?? '(none)'}, want ${showText(m)}`);
}

function count(what: string, m: NumberMatch | undefined, value: number): CheckOutcome | null {
  if (m === undefined) return null;
  return numberMatches(m, value)
    ? pass(`${what} ${value}`)
    : fail(`${what} ${value}, want ${showNumber(m)}`);
}

/**
 * The latest result of the step, or the latest whose command is `command` or starts with it and
 * more words (`kubectl apply` finds `kubectl apply -f x.yaml`; `curl URL` does not find `curl URL/ip`).
 */
function latest(
  results: readonly CommandResult[],
  command: string | undefined,
  has: (r: CommandResult) => boolean = () => true,
): CommandResult | undefined {
  return results.findLast(
    (r) =>
      has(r) &&
      (command === undefined || r.command === command || r.command.startsWith(`${command} `)),
  );
}

export function evaluateCheck(
  check: Check,
  target: CheckTarget,
  results: readonly CommandResult[],
): CheckOutcome {
  if ('output' in check) return output(check.output, results);
  if ('trace' in check) return trace(check.trace, results);
  if ('load' in check) return load(check.load, results);
  if ('svc' in check) return svc(check.svc, target);
  if ('endpoints' in check) return endpoints(check.endpoints, target);
  if ('podsReady' in check) return podsReady(check.podsReady, target);
  return deployment(check.deployment, target);
}

function output(c: OutputCheck, results: readonly CommandResult[]): CheckOutcome {
  const r = latest(results, c.command);
  if (!r) return fail(c.command ? `no command "${c.command}..." ran` : 'no command ran');
  const shown = c.stream ? r[c.stream] : r.stdout + r.stderr;
  const where = `${c.stream ?? 'output'} of "${r.command}"`;
  const firstLine = shown.split('\n')[0] ?? '';
  return all([
    c.exitCode === undefined
      ? null
      : r.exitCode === c.exitCode
        ? pass(`"${r.command}" exited ${r.exitCode}`)
        : fail(`"${r.command}" exited ${r.exitCode}, want ${c.exitCode}`),
    c.equals === undefined
      ? null
      : shown === c.equals
        ? pass(`${where} is as expected`)
        : fail(`${where} is ${JSON.stringify(shown)}, want ${JSON.stringify(c.equals)}`),
    c.contains === undefined
      ? null
      : shown.includes(c.contains)
        ? pass(`${where} contains ${JSON.stringify(c.contains)}`)
        : fail(
            `${where} lacks ${JSON.stringify(c.contains)}; it begins ${JSON.stringify(firstLine)}`,
          ),
    c.notContains === undefined
      ? null
      : !shown.includes(c.notContains)
        ? pass(`${where} has no ${JSON.stringify(c.notContains)}`)
        : fail(`${where} contains ${JSON.stringify(c.notContains)}`),
    c.matches === undefined
      ? null
      : textMatches(c.matches, shown)
        ? pass(`${where} matches ${showText(c.matches)}`)
        : fail(
            `${where} does not match ${showText(c.matches)}; it begins ${JSON.stringify(firstLine)}`,
          ),
  ]);
}

/** True when `want` appears in `actions` in order, other actions allowed between. */
function inOrder(actions: readonly string[], want: readonly string[]): boolean {
  let i = 0;
  for (const a of actions) if (a === want[i]) i++;
  return i === want.length;
}

function trace(c: TraceCheck, results: readonly CommandResult[]): CheckOutcome {
  const r = latest(results, c.command, (x) => x.trace !== undefined);
  const t = r?.trace;
  if (!t) return fail('no lab trace ran in this step');
  const request = t.hops.filter((h: Hop) => !h.reply);
  const actions = request.map((h) => h.action);
  const rules = request.flatMap((h) => (h.rule === null ? [] : [h.rule]));
  return all([
    text('verdict', c.verdict, t.verdict),
    text('served by', c.servedBy, t.servedBy?.pod ?? null),
    text('served on', c.servedOn, t.servedBy?.node ?? null),
    text('the pod saw', c.clientSeenByPod, t.clientSeenByPod),
    count('nodes crossed', c.nodesCrossed, t.nodes.length),
    text('entered at', c.entryNode, t.nodes[0] ?? null),
    c.decidedBy === undefined
      ? null
      : rules.some((rule) => textMatches(c.decidedBy!, rule))
        ? pass(`decided by ${rules.find((rule) => textMatches(c.decidedBy!, rule))}`)
        : fail(`no hop's rule matches ${showText(c.decidedBy)}`),
    c.hops === undefined
      ? null
      : inOrder(actions, c.hops)
        ? pass(`hops ${c.hops.join(' > ')}`)
        : fail(`hops are ${actions.join(' > ')}, want ${c.hops.join(' > ')} in this order`),
    c.noHops === undefined
      ? null
      : c.noHops.some((a) => actions.includes(a as Hop['action']))
        ? fail(`hops are ${actions.join(' > ')}, want no ${c.noHops.join(', ')}`)
        : pass(`no ${c.noHops.join(', ')}`),
    text('response', c.response, t.response),
  ]);
}

function load(c: LoadCheck, results: readonly CommandResult[]): CheckOutcome {
  const r = latest(results, c.command, (x) => x.load !== undefined);
  const l = r?.load;
  if (!l) return fail('no lab load ran in this step');
  const pods = Object.keys(l.byPod);
  const stray = c.allFrom === undefined ? [] : pods.filter((p) => !textMatches(c.allFrom!, p));
  return all([
    count('ok', c.ok, l.ok),
    count('failed', c.failed, l.failed),
    count('pods answering', c.pods, pods.length),
    c.allFrom === undefined
      ? null
      : stray.length
        ? fail(`${stray.join(', ')} answered, want only ${showText(c.allFrom)}`)
        : pass(`every answer from ${showText(c.allFrom)}`),
  ]);
}

/** An object as `kubectl get ... -o json` prints it, or null when the API server has none. */
function getJson<T>(target: CheckTarget, args: string): T | null {
  const r = target.read(`kubectl get ${args} -o json`);
  if (r.exitCode !== 0) return null;
  return JSON.parse(r.stdout) as T;
}

interface SvcJson {
  spec: {
    type?: string;
    externalIPs?: string[];
    externalName?: string;
    ports?: { nodePort?: number }[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

/** kubectl get svc's EXTERNAL-IP column (kubectl printers.go getServiceExternalIP). */
function externalIPColumn(s: SvcJson): string {
  const external = s.spec.externalIPs ?? [];
  switch (s.spec.type) {
    case 'ExternalName':
      return s.spec.externalName ?? '<none>';
    case 'LoadBalancer': {
      const lb = (s.status?.loadBalancer?.ingress ?? []).flatMap((i) =>
        i.ip ? [i.ip] : i.hostname ? [i.hostname] : [],
      );
      const all = [...lb, ...external];
      return all.length ? all.join(',') : '<pending>';
    }
    default:
      return external.length ? external.join(',') : '<none>';
  }
}

function svc(c: SvcCheck, target: CheckTarget): CheckOutcome {
  const ns = c.namespace ?? 'default';
  const s = getJson<SvcJson>(target, `service ${c.name} -n ${ns}`);
  const name = `service ${ns}/${c.name}`;
  if (c.exists === false) return s ? fail(`${name} exists`) : pass(`${name} does not exist`);
  if (!s) return fail(`${name} does not exist`);
  const nodePorts = (s.spec.ports ?? []).map((p) => p.nodePort);
  return all(
    [
      text('type', c.type, s.spec.type ?? 'ClusterIP'),
      text('EXTERNAL-IP', c.externalIP, externalIPColumn(s)),
      c.nodePort === undefined
        ? null
        : nodePorts.length &&
            nodePorts.every((p) => p !== undefined && numberMatches(c.nodePort!, p))
          ? pass(`nodePort ${nodePorts.join(',')}`)
          : fail(
              `nodePort ${nodePorts.map((p) => p ?? 'none').join(',')}, want ${showNumber(c.nodePort)}`,
            ),
    ],
    name,
  );
}

function endpoints(c: EndpointsCheck, target: CheckTarget): CheckOutcome {
  const ns = c.namespace ?? 'default';
  const e = getJson<{ subsets?: { addresses?: unknown[]; notReadyAddresses?: unknown[] }[] }>(
    target,
    `endpoints ${c.service} -n ${ns}`,
  );
  if (!e) return fail(`no Endpoints ${ns}/${c.service}`);
  const subsets = e.subsets ?? [];
  const ready = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
  const notReady = subsets.reduce((n, s) => n + (s.notReadyAddresses?.length ?? 0), 0);
  return all([
    count(`${c.service} ready endpoints`, c.ready, ready),
    count(`${c.service} not-ready endpoints`, c.notReady, notReady),
  ]);
}

interface PodJson {
  metadata: { deletionTimestamp?: string };
  status: { phase?: string; conditions?: { type: string; status: string }[] };
}

function podsReady(c: PodsReadyCheck, target: CheckTarget): CheckOutcome {
  const ns = c.namespace ?? 'default';
  const list = getJson<{ items: PodJson[] }>(target, `pods -n ${ns} -l ${c.selector}`);
  if (!list) return fail(`cannot list pods with ${c.selector} in ${ns}`);
  const ready = list.items.filter(
    (p) =>
      p.metadata.deletionTimestamp === undefined &&
      p.status.phase === 'Running' &&
      p.status.conditions?.some((k) => k.type === 'Ready' && k.status === 'True'),
  ).length;
  return count(`ready pods with ${c.selector}`, c.count, ready)!;
}

function deployment(c: DeploymentCheck, target: CheckTarget): CheckOutcome {
  const ns = c.namespace ?? 'default';
  const d = getJson<{ spec: { replicas?: number }; status?: { readyReplicas?: number } }>(
    target,
    `deployment ${c.name} -n ${ns}`,
  );
  const name = `deployment ${ns}/${c.name}`;
  if (c.exists === false) return d ? fail(`${name} exists`) : pass(`${name} does not exist`);
  if (!d) return fail(`${name} does not exist`);
  return all(
    [
      count('replicas', c.replicas, d.spec.replicas ?? 1),
      count('ready', c.readyReplicas, d.status?.readyReplicas ?? 0),
    ],
    name,
  );
}

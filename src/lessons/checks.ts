// Evaluates a lesson's checks: on the step's command results (output, trace, load) or on the cluster,
// read through kubectl's JSON output without letting simulated time pass (svc, endpoints, podsReady,
// deployment). Each answer says in one line what was seen, pass or fail.
import type { CommandResult, Hop, MessageParam } from '../engine/index.ts';
// The one formatting function, from its own module: a value import of the engine's index would put
// the whole engine in the browser's first download (the lesson player imports this file).
import { format } from '../engine/messages/format.ts';
import { numberMatches, showNumber, showText, textMatches } from './match.ts';
import { CHECK_EN, type CheckKey, type CheckMessage } from './messages.ts';
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
  /** What the check saw, in one line (English). */
  readonly reason: string;
  /** The same as a message of `messages.ts`, for the player's language. */
  readonly says?: CheckMessage;
}

type Params = Readonly<Record<string, MessageParam>>;

const english = (m: CheckMessage) => format((k) => CHECK_EN[k as CheckKey], m);
const say = (key: CheckKey, params?: Params): CheckMessage => (params ? { key, params } : { key });
const outcome = (ok: boolean, says: CheckMessage): CheckOutcome => ({
  pass: ok,
  reason: english(says),
  says,
});
const pass = (key: CheckKey, params?: Params) => outcome(true, say(key, params));
const fail = (key: CheckKey, params?: Params) => outcome(false, say(key, params));

/** Runs every comparison and keeps the first failure, or all the successes joined. */
function all(outcomes: readonly (CheckOutcome | null)[], subject?: MessageParam): CheckOutcome {
  const done = outcomes.filter((o): o is CheckOutcome => o !== null);
  const failed = done.find((x) => !x.pass);
  // Every outcome made here carries its message.
  const joined = (failed ? [failed] : done)
    .map((x) => x.says!)
    .reduceRight<CheckMessage | null>(
      (rest, m) => (rest === null ? m : say('check.and', { a: m, b: rest })),
      null,
    );
  if (joined === null) return { pass: true, reason: '' };
  return outcome(
    failed === undefined,
    subject === undefined ? joined : say('check.subject', { subject, reason: joined }),
  );
}

const what = (key: CheckKey, params?: Params) => say(key, params);

function text(
  label: MessageParam,
  m: TextMatch | undefined,
  value: string | null,
): CheckOutcome | null {
  if (m === undefined) return null;
  return textMatches(m, value)
    ? pass('check.is', { what: label, value: value ?? '' })
    : fail('check.isWant', { what: label, value: value ?? say('check.none'), want: showText(m) });
}

function count(
  label: MessageParam,
  m: NumberMatch | undefined,
  value: number,
): CheckOutcome | null {
  if (m === undefined) return null;
  return numberMatches(m, value)
    ? pass('check.is', { what: label, value })
    : fail('check.isWant', { what: label, value, want: showNumber(m) });
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
  if (!r)
    return c.command
      ? fail('check.noCommandNamed', { command: c.command })
      : fail('check.noCommand');
  const shown = c.stream ? r[c.stream] : r.stdout + r.stderr;
  const where = say('check.where', { stream: c.stream ?? say('check.output'), command: r.command });
  const first = JSON.stringify(shown.split('\n')[0] ?? '');
  const code = { command: r.command, code: r.exitCode };
  return all([
    c.exitCode === undefined
      ? null
      : r.exitCode === c.exitCode
        ? pass('check.exited', code)
        : fail('check.exitedWant', { ...code, want: c.exitCode }),
    c.equals === undefined
      ? null
      : shown === c.equals
        ? pass('check.asExpected', { where })
        : fail('check.isNot', {
            where,
            shown: JSON.stringify(shown),
            want: JSON.stringify(c.equals),
          }),
    c.contains === undefined
      ? null
      : shown.includes(c.contains)
        ? pass('check.contains', { where, text: JSON.stringify(c.contains) })
        : fail('check.lacks', { where, text: JSON.stringify(c.contains), first }),
    c.notContains === undefined
      ? null
      : !shown.includes(c.notContains)
        ? pass('check.hasNo', { where, text: JSON.stringify(c.notContains) })
        : fail('check.contains', { where, text: JSON.stringify(c.notContains) }),
    c.matches === undefined
      ? null
      : textMatches(c.matches, shown)
        ? pass('check.matches', { where, pattern: showText(c.matches) })
        : fail('check.noMatch', { where, pattern: showText(c.matches), first }),
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
  if (!t) return fail('check.noTrace');
  const request = t.hops.filter((h: Hop) => !h.reply);
  const actions = request.map((h) => h.action);
  const rules = request.flatMap((h) => (h.rule === null ? [] : [h.rule]));
  return all([
    text(what('check.what.verdict'), c.verdict, t.verdict),
    text(what('check.what.servedBy'), c.servedBy, t.servedBy?.pod ?? null),
    text(what('check.what.servedOn'), c.servedOn, t.servedBy?.node ?? null),
    text(what('check.what.seen'), c.clientSeenByPod, t.clientSeenByPod),
    count(what('check.what.nodes'), c.nodesCrossed, t.nodes.length),
    text(what('check.what.entry'), c.entryNode, t.nodes[0] ?? null),
    c.decidedBy === undefined
      ? null
      : rules.some((rule) => textMatches(c.decidedBy!, rule))
        ? pass('check.decidedBy', {
            rule: rules.find((rule) => textMatches(c.decidedBy!, rule)) ?? '',
          })
        : fail('check.noRule', { pattern: showText(c.decidedBy) }),
    c.hops === undefined
      ? null
      : inOrder(actions, c.hops)
        ? pass('check.hops', { hops: c.hops.join(' > ') })
        : fail('check.hopsWant', { hops: actions.join(' > '), want: c.hops.join(' > ') }),
    c.noHops === undefined
      ? null
      : c.noHops.some((a) => actions.includes(a as Hop['action']))
        ? fail('check.hopsWantNo', { hops: actions.join(' > '), no: c.noHops.join(', ') })
        : pass('check.noHops', { no: c.noHops.join(', ') }),
    text(what('check.what.response'), c.response, t.response),
  ]);
}

function load(c: LoadCheck, results: readonly CommandResult[]): CheckOutcome {
  const r = latest(results, c.command, (x) => x.load !== undefined);
  const l = r?.load;
  if (!l) return fail('check.noLoad');
  const pods = Object.keys(l.byPod);
  const stray = c.allFrom === undefined ? [] : pods.filter((p) => !textMatches(c.allFrom!, p));
  return all([
    count(what('check.what.ok'), c.ok, l.ok),
    count(what('check.what.failed'), c.failed, l.failed),
    count(what('check.what.pods'), c.pods, pods.length),
    c.allFrom === undefined
      ? null
      : stray.length
        ? fail('check.stray', { pods: stray.join(', '), want: showText(c.allFrom) })
        : pass('check.allFrom', { want: showText(c.allFrom) }),
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
  const name = say('check.service', { name: `${ns}/${c.name}` });
  if (c.exists === false)
    return s ? fail('check.exists', { name }) : pass('check.notExists', { name });
  if (!s) return fail('check.notExists', { name });
  const nodePorts = (s.spec.ports ?? []).map((p) => p.nodePort);
  return all(
    [
      text(what('check.what.type'), c.type, s.spec.type ?? 'ClusterIP'),
      text('EXTERNAL-IP', c.externalIP, externalIPColumn(s)),
      c.nodePort === undefined
        ? null
        : nodePorts.length &&
            nodePorts.every((p) => p !== undefined && numberMatches(c.nodePort!, p))
          ? pass('check.is', { what: 'nodePort', value: nodePorts.join(',') })
          : fail('check.isWant', {
              what: 'nodePort',
              value: nodePorts.map((p) => p ?? 'none').join(','),
              want: showNumber(c.nodePort),
            }),
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
  if (!e) return fail('check.noEndpoints', { name: `${ns}/${c.service}` });
  const subsets = e.subsets ?? [];
  const ready = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
  const notReady = subsets.reduce((n, s) => n + (s.notReadyAddresses?.length ?? 0), 0);
  return all([
    count(what('check.what.readyEndpoints', { service: c.service }), c.ready, ready),
    count(what('check.what.notReadyEndpoints', { service: c.service }), c.notReady, notReady),
  ]);
}

interface PodJson {
  metadata: { deletionTimestamp?: string };
  status: { phase?: string; conditions?: { type: string; status: string }[] };
}

function podsReady(c: PodsReadyCheck, target: CheckTarget): CheckOutcome {
  const ns = c.namespace ?? 'default';
  const list = getJson<{ items: PodJson[] }>(target, `pods -n ${ns} -l ${c.selector}`);
  if (!list) return fail('check.cannotList', { selector: c.selector, namespace: ns });
  const ready = list.items.filter(
    (p) =>
      p.metadata.deletionTimestamp === undefined &&
      p.status.phase === 'Running' &&
      p.status.conditions?.some((k) => k.type === 'Ready' && k.status === 'True'),
  ).length;
  return count(what('check.what.readyPods', { selector: c.selector }), c.count, ready)!;
}

function deployment(c: DeploymentCheck, target: CheckTarget): CheckOutcome {
  const ns = c.namespace ?? 'default';
  const d = getJson<{ spec: { replicas?: number }; status?: { readyReplicas?: number } }>(
    target,
    `deployment ${c.name} -n ${ns}`,
  );
  const name = say('check.deployment', { name: `${ns}/${c.name}` });
  if (c.exists === false)
    return d ? fail('check.exists', { name }) : pass('check.notExists', { name });
  if (!d) return fail('check.notExists', { name });
  return all(
    [
      count(what('check.what.replicas'), c.replicas, d.spec.replicas ?? 1),
      count(what('check.what.ready'), c.readyReplicas, d.status?.readyReplicas ?? 0),
    ],
    name,
  );
}

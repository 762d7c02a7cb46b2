// The API server's create and update of one object: defaulting, validation, allocation, storage
// (reference §1). Returns the stored object or the field errors a real server would return.
import { own } from '../util/own.ts';
import { labelErrors } from './labels.ts';
import {
  allocateClusterIP,
  allocateNodePort,
  checkClusterIPRequest,
  checkNodePortRequest,
  NODE_PORT_MAX,
  NODE_PORT_MIN,
} from './allocators.ts';
import {
  createObject,
  getObject,
  sameContent,
  updateObject,
  type Cluster,
  type Ctx,
} from './cluster.ts';
import { forbidden, invalid, type FieldError } from './fieldErrors.ts';
import { KIND_RULES } from './kindRules.ts';
import { dns1123Subdomain, dns1123Label, pathSegmentName } from './names.ts';
import { keyOf, type KubeObject, type ObjectMeta, type Service } from './objects.ts';
import { defaultServiceSpec, validateService } from './service.ts';
import {
  defaultDeploymentSpec,
  defaultPodSpec,
  validateDeployment,
  validatePod,
  validateSelectorUpdate,
} from './workload.ts';
import { createAndStartPod } from '../controllers/podLifecycle.ts';
import type { Pod } from './objects.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export type AdmitResult =
  | {
      readonly ok: true;
      readonly cluster: Cluster;
      readonly object: KubeObject;
      readonly changed: boolean;
    }
  | {
      readonly ok: false;
      readonly errors: readonly FieldError[];
      readonly internal?: string;
      /** The body could not be decoded (BadRequest: "Secret in version ... cannot be handled"). */
      readonly decodeError?: string;
    };

interface Input {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: Obj;
  readonly body: Obj;
}

function inputMeta(input: Input, namespace: string | undefined): ObjectMeta {
  const m = input.metadata;
  return {
    name: String(m.name ?? ''),
    ...(namespace ? { namespace } : {}),
    uid: '',
    resourceVersion: '',
    creationTimestamp: '',
    ...(isObj(m.labels) ? { labels: m.labels as Record<string, string> } : {}),
    ...(isObj(m.annotations) ? { annotations: m.annotations as Record<string, string> } : {}),
  };
}

/**
 * The values other Services hold (the store's index of ClusterIPs and node ports), plus those this
 * admission has just taken. `except` is the Service being updated: what it holds is its own.
 */
class Taken<T extends string | number> {
  private readonly mine = new Set<T>();
  constructor(
    private readonly cluster: Cluster,
    private readonly prefix: 'ip' | 'port',
    private readonly except?: string,
  ) {}
  has(value: T): boolean {
    if (this.mine.has(value)) return true;
    const holders = this.cluster.objects.servicesHolding(`${this.prefix}:${value}`);
    if (!holders) return false;
    return holders.size > (this.except !== undefined && holders.has(this.except) ? 1 : 0);
  }
  add(value: T): void {
    this.mine.add(value);
  }
}

const usedNodePorts = (cluster: Cluster, live: Service | undefined): Taken<number> =>
  new Taken<number>(cluster, 'port', live ? keyOf(live) : undefined);

const needsHealthCheck = (spec: { type?: unknown; externalTrafficPolicy?: unknown }) =>
  spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';

/**
 * healthCheckNodePort (reference §1.10): allocated from the node-port range when a Service becomes
 * LoadBalancer with Local policy, kept while it stays so, dropped when it leaves (the registry's
 * dropTypeDependentFields clears an unchanged one), refused anywhere else.
 */
function healthCheckPort(
  spec: Obj,
  live: Service | undefined,
  used: Taken<number>,
  ctx: Ctx,
): number | null | FieldError[] {
  const requested = typeof spec.healthCheckNodePort === 'number' ? spec.healthCheckNodePort : 0;
  const had =
    live && needsHealthCheck(live.spec) && typeof live.spec.healthCheckNodePort === 'number'
      ? live.spec.healthCheckNodePort
      : 0;
  if (!needsHealthCheck(spec)) {
    if (requested === 0 || requested === had) return null;
    return [
      invalid(
        'spec.healthCheckNodePort',
        requested,
        "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
      ),
    ];
  }
  if (had) {
    if (requested !== 0 && requested !== had)
      return [forbidden('spec.healthCheckNodePort', 'field is immutable')];
    return had;
  }
  if (requested !== 0) {
    const problem = checkNodePortRequest(requested, used);
    if (problem === 'allocated')
      return [invalid('spec.healthCheckNodePort', requested, 'provided port is already allocated')];
    if (problem === 'range')
      return [
        invalid(
          'spec.healthCheckNodePort',
          requested,
          `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`,
        ),
      ];
    used.add(requested);
    return requested;
  }
  const n = allocateNodePort(used, ctx.random);
  if (n === null)
    return [{ type: 'Internal error', field: 'spec.healthCheckNodePort', detail: 'range is full' }];
  used.add(n);
  return n;
}

/** ClusterIP and nodePort allocation for a Service being created or updated. */
function allocateService(
  cluster: Cluster,
  ctx: Ctx,
  spec: Obj,
  live: Service | undefined,
): FieldError[] | Obj {
  const out: Obj = { ...spec };
  const type = spec.type;
  if (type !== 'ExternalName' && spec.clusterIP !== 'None') {
    if (live?.spec.clusterIP && live.spec.clusterIP !== 'None') {
      const requested = spec.clusterIP;
      if (typeof requested === 'string' && requested !== '' && requested !== live.spec.clusterIP) {
        return [invalid('spec.clusterIPs[0]', [requested], 'may not change once set')];
      }
      out.clusterIP = live.spec.clusterIP;
      out.clusterIPs = live.spec.clusterIPs ?? [live.spec.clusterIP];
    } else {
      const used = new Taken<string>(cluster, 'ip');
      const cidr = cluster.preset.serviceCIDR;
      const requested = spec.clusterIP;
      if (typeof requested === 'string' && requested !== '') {
        const problem = checkClusterIPRequest(requested, cidr, used);
        if (problem) {
          const why =
            problem === 'allocated'
              ? 'provided IP is already allocated'
              : `provided IP is not in the valid range. The range of valid IPs is ${cidr}`;
          return [
            invalid('spec.clusterIPs', [requested], `failed to allocate IP ${requested}: ${why}`),
          ];
        }
        out.clusterIP = requested;
      } else {
        const ip = allocateClusterIP(cidr, used, ctx.random);
        if (!ip)
          return [{ type: 'Internal error', field: 'spec.clusterIPs', detail: 'range is full' }];
        out.clusterIP = ip;
      }
      out.clusterIPs = [out.clusterIP];
    }
  }
  const wantsNodePorts =
    type === 'NodePort' ||
    (type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
  if (Array.isArray(spec.ports) && (type === 'NodePort' || type === 'LoadBalancer')) {
    const used = usedNodePorts(cluster, live);
    const errors: FieldError[] = [];
    const byPortNumber = new Map<number, number>();
    const ports = spec.ports.map((p: unknown, i: number) => {
      if (!isObj(p)) return p;
      const port: Obj = { ...p };
      const keep = live?.spec.ports?.find(
        (lp) => lp.port === p.port && lp.protocol === p.protocol,
      )?.nodePort;
      if (typeof p.nodePort === 'number' && p.nodePort !== 0) {
        if (p.nodePort !== keep) {
          const problem = checkNodePortRequest(p.nodePort, used);
          if (problem === 'allocated')
            errors.push(
              invalid(
                `spec.ports[${i}].nodePort`,
                p.nodePort,
                'provided port is already allocated',
              ),
            );
          if (problem === 'range') {
            errors.push(
              invalid(
                `spec.ports[${i}].nodePort`,
                p.nodePort,
                `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`,
              ),
            );
          }
        }
        used.add(p.nodePort);
        byPortNumber.set(Number(p.port), p.nodePort);
      } else if (keep) {
        port.nodePort = keep;
      } else if (wantsNodePorts) {
        // Two entries with the same port number (53/TCP and 53/UDP) share one nodePort (§1.4).
        const shared = byPortNumber.get(Number(p.port));
        const n = shared ?? allocateNodePort(used, ctx.random);
        if (n === null) return port;
        port.nodePort = n;
        used.add(n);
        byPortNumber.set(Number(p.port), n);
      }
      return port;
    });
    if (errors.length) return errors;
    out.ports = ports;
    const health = healthCheckPort(spec, live, used, ctx);
    if (Array.isArray(health)) return health;
    if (health === null) delete out.healthCheckNodePort;
    else out.healthCheckNodePort = health;
  } else if (Array.isArray(spec.ports)) {
    const health = healthCheckPort(spec, live, usedNodePorts(cluster, live), ctx);
    if (Array.isArray(health)) return health;
    delete out.healthCheckNodePort;
    out.ports = spec.ports.map((p: unknown) => {
      if (!isObj(p)) return p;
      const { nodePort: _dropped, ...rest } = p;
      return rest;
    });
  }
  return out;
}

function admitService(
  cluster: Cluster,
  ctx: Ctx,
  input: Input,
  ns: string,
  live: Service | undefined,
): AdmitResult {
  const meta = inputMeta(input, ns);
  const spec = defaultServiceSpec(
    isObj(input.body.spec) ? input.body.spec : {},
    cluster.preset.minor,
  );
  // ValidateServiceUpdate: the ClusterIP immutability errors come first, then ValidateService's.
  const requested = spec.clusterIP;
  const changed =
    live?.spec.clusterIP &&
    live.spec.clusterIP !== 'None' &&
    spec.type !== 'ExternalName' &&
    typeof requested === 'string' &&
    requested !== '' &&
    requested !== live.spec.clusterIP;
  const errors = [
    ...(changed ? [invalid('spec.clusterIPs[0]', [requested], 'may not change once set')] : []),
    ...validateService(meta.name, spec),
  ];
  if (errors.length) return { ok: false, errors };
  // The allocator refuses dual-stack on single-stack clusters (registry alloc.go
  // initIPFamilyFields); headless selectorless Services default to it and are exempt. Before v1.21
  // the IPv6DualStack gate was off and the field was dropped instead.
  const headlessSelectorless = spec.clusterIP === 'None' && !isObj(spec.selector);
  if (
    cluster.preset.minor >= 21 &&
    spec.ipFamilyPolicy === 'RequireDualStack' &&
    !headlessSelectorless
  ) {
    return {
      ok: false,
      errors: [
        invalid(
          'spec.ipFamilyPolicy',
          'RequireDualStack',
          'this cluster is not configured for dual-stack services',
        ),
      ],
    };
  }
  const allocated = allocateService(cluster, ctx, spec, live);
  if (Array.isArray(allocated)) return { ok: false, errors: allocated };
  const object = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta,
    spec: allocated,
    status: live?.status ?? { loadBalancer: {} },
  };
  return store(cluster, ctx, object, live);
}

function admitDeployment(
  cluster: Cluster,
  ctx: Ctx,
  input: Input,
  ns: string,
  live: KubeObject | undefined,
): AdmitResult {
  const meta = inputMeta(input, ns);
  const spec = defaultDeploymentSpec(isObj(input.body.spec) ? input.body.spec : {});
  const errors = validateDeployment(meta.name, spec);
  if (live) errors.push(...validateSelectorUpdate((live.spec as Obj).selector, spec.selector));
  if (errors.length) return { ok: false, errors };
  const generation = live
    ? Number(live.metadata.generation ?? 1) + (sameContent(live.spec, spec) ? 0 : 1)
    : 1;
  const object = {
    apiVersion: input.apiVersion,
    kind: input.kind,
    metadata: { ...meta, generation },
    spec,
    ...(live?.status ? { status: live.status } : {}),
  };
  return store(cluster, ctx, object, live);
}

function admitPod(
  cluster: Cluster,
  ctx: Ctx,
  input: Input,
  ns: string,
  live: KubeObject | undefined,
): AdmitResult {
  const meta = inputMeta(input, ns);
  const spec = defaultPodSpec(isObj(input.body.spec) ? input.body.spec : {});
  const errors = validatePod(meta.name, spec);
  if (errors.length) return { ok: false, errors };
  if (live) return { ok: true, cluster, object: live, changed: false };
  const [next, pod] = createAndStartPod(cluster, ctx, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta,
    spec: spec as Pod['spec'],
    status: { phase: 'Pending' },
  });
  return { ok: true, cluster: next, object: pod, changed: true };
}

const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

function nameErrors(kind: string, name: string): FieldError[] {
  if (kind === 'Namespace') return dns1123Label('metadata.name', name);
  if (RBAC_KINDS.has(kind)) return pathSegmentName('metadata.name', name);
  return dns1123Subdomain('metadata.name', name);
}

/** Every other kind: its row of KIND_RULES (defaulting, validation, stored version), then storage. */
function admitGeneric(
  cluster: Cluster,
  ctx: Ctx,
  input: Input,
  ns: string | undefined,
  live: KubeObject | undefined,
): AdmitResult {
  const meta = inputMeta(input, ns);
  const { apiVersion: _a, kind: _k, metadata: _m, status: _s, ...sent } = input.body;
  const rule = own(KIND_RULES, input.kind);
  const ruled = rule ? rule(sent, input.apiVersion, meta.name) : { body: sent, errors: [] };
  if (ruled.decodeError) return { ok: false, errors: [], decodeError: ruled.decodeError };
  const errors = [...nameErrors(input.kind, meta.name), ...ruled.errors];
  if (errors.length) return { ok: false, errors };
  // From v1.21 the API server labels every namespace with its own name.
  const nsLabel =
    input.kind === 'Namespace' && cluster.preset.minor >= 21
      ? { labels: { ...meta.labels, 'kubernetes.io/metadata.name': meta.name } }
      : {};
  const object = {
    apiVersion: ruled.apiVersion ?? input.apiVersion,
    kind: input.kind,
    metadata: { ...meta, ...nsLabel },
    ...ruled.body,
    ...(input.kind === 'Namespace'
      ? { spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } }
      : {}),
  };
  return store(cluster, ctx, object, live);
}

/**
 * Labels or annotations after an apply: what the server or controllers added stays
 * (deployment.kubernetes.io/revision, ...); what the user applied overrides; what the user applied
 * last time and dropped now is removed (kubectl's three-way merge, reduced to metadata maps).
 */
function mergeMap(
  live: Readonly<Record<string, string>> | undefined,
  applied: Readonly<Record<string, string>> | undefined,
  previouslyApplied: readonly string[],
): Record<string, string> | undefined {
  const out: Record<string, string> = { ...live };
  for (const k of previouslyApplied) if (!(k in (applied ?? {}))) delete out[k];
  Object.assign(out, applied);
  return Object.keys(out).length ? out : undefined;
}

function previouslyApplied(live: KubeObject, field: 'labels' | 'annotations'): string[] {
  const text = live.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
  if (!text) return [];
  try {
    const last = JSON.parse(text) as {
      metadata?: Record<string, Record<string, string> | undefined>;
    };
    return Object.keys(last.metadata?.[field] ?? {});
  } catch {
    return [];
  }
}

/** Stores a new object, or the update of `live` keeping its identity fields. */
function store(
  cluster: Cluster,
  ctx: Ctx,
  object: KubeObject,
  live: KubeObject | undefined,
): AdmitResult {
  if (!live) {
    const [next, stored] = createObject(cluster, ctx, object);
    return { ok: true, cluster: next, object: stored, changed: true };
  }
  const labels = mergeMap(
    live.metadata.labels,
    object.metadata.labels,
    previouslyApplied(live, 'labels'),
  );
  const annotations = mergeMap(
    live.metadata.annotations,
    object.metadata.annotations,
    previouslyApplied(live, 'annotations'),
  );
  const { labels: _l, annotations: _a, ...rest } = object.metadata;
  const merged = {
    ...object,
    metadata: {
      ...rest,
      ...(labels ? { labels } : {}),
      ...(annotations ? { annotations } : {}),
      uid: live.metadata.uid,
      resourceVersion: live.metadata.resourceVersion,
      creationTimestamp: live.metadata.creationTimestamp,
      ...(live.metadata.ownerReferences ? { ownerReferences: live.metadata.ownerReferences } : {}),
    },
  };
  const [next, stored] = updateObject(cluster, merged);
  return { ok: true, cluster: next, object: stored, changed: stored !== live };
}

/** Creates (no `live`) or updates an object of a kind the server serves. */
export function admit(
  cluster: Cluster,
  ctx: Ctx,
  input: Input,
  namespace: string | undefined,
): AdmitResult {
  const live = getObject(cluster, input.kind, namespace, String(input.metadata.name ?? ''));
  const result = admitKind(cluster, ctx, input, namespace, live);
  // ValidateObjectMeta checks every kind's labels, after its name and before its spec.
  const labels = labelErrors(input.metadata.labels);
  if (!labels.length || (!result.ok && result.decodeError)) return result;
  const errors = result.ok ? [] : result.errors;
  const meta = errors.filter((e) => e.field.startsWith('metadata.'));
  const rest = errors.filter((e) => !e.field.startsWith('metadata.'));
  return { ok: false, errors: [...meta, ...labels, ...rest] };
}

function admitKind(
  cluster: Cluster,
  ctx: Ctx,
  input: Input,
  namespace: string | undefined,
  live: KubeObject | undefined,
): AdmitResult {
  switch (input.kind) {
    case 'Service':
      return admitService(cluster, ctx, input, namespace!, live as Service | undefined);
    case 'Deployment':
    case 'ReplicaSet':
      return admitDeployment(cluster, ctx, input, namespace!, live);
    case 'Pod':
      return admitPod(cluster, ctx, input, namespace!, live);
    default:
      return admitGeneric(cluster, ctx, input, namespace, live);
  }
}

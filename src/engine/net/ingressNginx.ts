// The ingress-nginx data plane (reference §8.2): which Ingresses a controller pod serves, the
// nginx servers and locations it builds from them (controller.go createServers/getBackendServers,
// template.go buildLocation/buildProxyPass, nginx.tmpl), and what one HTTP request meets: a proxied
// upstream pod with nginx's request headers, or one of nginx's own pages (404, 503, 308).
import { getObject, listObjects, type Cluster } from '../api/cluster.ts';
import type { EndpointSlice, KubeObject, Pod, Service } from '../api/objects.ts';
import { ipToInt } from './ipv4.ts';
import { nginxPage, nginxPageHeaders, type NginxBuild } from './nginxPages.ts';
import { note, type NoteMessage } from '../messages/notes.ts';

// ---------------------------------------------------------------------------------------------
// The controller image

const CONTROLLER_IMAGES = [
  'k8s.gcr.io/ingress-nginx/controller',
  'registry.k8s.io/ingress-nginx/controller',
  'gcr.io/k8s-staging-ingress-nginx/controller',
  'quay.io/kubernetes-ingress-controller/nginx-ingress-controller',
  'quay.io/kubernetes-ingress-controller/nginx-ingress-controller-amd64',
  'gcr.io/google_containers/nginx-ingress-controller',
  'k8s.gcr.io/nginx-ingress-controller',
  'registry.k8s.io/nginx-ingress-controller',
];

/** The image name without tag and digest: "registry.k8s.io/ingress-nginx/controller". */
function imageName(image: string): string {
  const noDigest = image.split('@')[0] ?? '';
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

/** Asked for every request a pod answers: the few images a cluster runs are remembered. */
const controllerImages = new Map<string, boolean>();

export function isIngressControllerImage(image: string): boolean {
  let is = controllerImages.get(image);
  if (is === undefined) {
    is = CONTROLLER_IMAGES.includes(imageName(image));
    if (controllerImages.size < 1000) controllerImages.set(image, is);
  }
  return is;
}

/** "v1.8.0", "0.30.0", "v1.15.1@sha256:…" → the version; null for "latest" or no tag. */
export function controllerVersion(
  image: string,
): { major: number; minor: number; patch: number } | null {
  const noDigest = image.split('@')[0] ?? '';
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  if (colon <= slash) return null;
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(noDigest.slice(colon + 1));
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

type Version = NonNullable<ReturnType<typeof controllerVersion>>;
const atLeast = (v: Version, major: number, minor: number) =>
  v.major > major || (v.major === major && v.minor >= minor);

/**
 * The nginx each controller release ships (from the releases' `nginx version:` banners where seen:
 * 0.34.1 → 1.19.1 in kubernetes/ingress-nginx#5973; 0.30.0 → 1.17.8; v1.x releases 1.19-1.25, hidden
 * anyway). ShowServerTokens defaulted to true in 0.x config.go and to false in v1.x (the release that
 * flipped it was not pinned: assumed v1.0). The bgcolor attribute is assumed gone from nginx 1.19 on.
 */
export function controllerNginx(image: string): NginxBuild {
  const v = controllerVersion(image) ?? { major: 1, minor: 8, patch: 0 };
  const version =
    v.major >= 1
      ? atLeast(v, 1, 4)
        ? '1.21.6'
        : '1.19.10'
      : atLeast(v, 0, 34)
        ? '1.19.1'
        : '1.17.8';
  const [maj, min] = version.split('.').map(Number) as [number, number];
  return { version, serverTokens: v.major === 0, bgcolor: maj === 1 && min < 19 };
}

/** The fake certificate nginx serves on 443 when no TLS secret matches (internal/net/ssl/ssl.go). */
export const FAKE_CERT_SUBJECT = 'O=Acme Co, CN=Kubernetes Ingress Controller Fake Certificate';
export const FAKE_CERT_ISSUER = FAKE_CERT_SUBJECT;

// ---------------------------------------------------------------------------------------------
// The controller's flags

interface ControllerConfig {
  readonly version: Version;
  readonly ingressClass: string;
  readonly controllerClass: string;
  readonly watchWithoutClass: boolean;
  readonly annotationsPrefix: string;
  readonly publishService: string | null;
  readonly defaultBackendService: string | null;
  readonly nginx: NginxBuild;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { fieldRef?: { fieldPath?: string } };
}

/** `$(VAR)` in args expanded from the container's env (the kubelet's expansion). */
function expand(arg: string, pod: Pod, env: readonly EnvVar[]): string {
  return arg.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name: string) => {
    const e = env.find((x) => x.name === name);
    if (!e) return whole;
    if (e.value !== undefined) return e.value;
    const path = e.valueFrom?.fieldRef?.fieldPath;
    if (path === 'metadata.namespace') return pod.metadata.namespace ?? '';
    if (path === 'metadata.name') return pod.metadata.name;
    return whole;
  });
}

/** The controller container of a pod, if it runs one. */
export function controllerContainer(pod: Pod) {
  return pod.spec.containers.find((c) => isIngressControllerImage(c.image));
}

/** The flags of pkg/flags/flags.go the data plane cares about, read from the container's args. */
export function controllerConfig(pod: Pod): ControllerConfig | null {
  const c = controllerContainer(pod);
  if (!c) return null;
  const env = (c.env as EnvVar[] | undefined) ?? [];
  const words = [...((c.command as string[] | undefined) ?? []), ...((c.args as string[]) ?? [])];
  const flags = new Map<string, string>();
  for (const w of words.map((a) => expand(String(a), pod, env))) {
    const m = /^--?([a-z0-9-]+)(?:=(.*))?$/.exec(w);
    if (m) flags.set(m[1]!, m[2] ?? 'true');
  }
  return {
    version: controllerVersion(c.image) ?? { major: 1, minor: 8, patch: 0 },
    ingressClass: flags.get('ingress-class') ?? 'nginx',
    controllerClass: flags.get('controller-class') ?? 'k8s.io/ingress-nginx',
    watchWithoutClass: flags.get('watch-ingress-without-class') === 'true',
    annotationsPrefix: flags.get('annotations-prefix') ?? 'nginx.ingress.kubernetes.io',
    publishService: flags.get('publish-service') ?? null,
    defaultBackendService: flags.get('default-backend-service') ?? null,
    nginx: controllerNginx(c.image),
  };
}

// ---------------------------------------------------------------------------------------------
// Ingress objects (stored as networking.k8s.io/v1, api/ingress.ts)

interface ServiceBackend {
  readonly name?: string;
  readonly port?: { readonly number?: number; readonly name?: string };
}
interface IngressPath {
  readonly path?: string;
  readonly pathType?: string;
  readonly backend?: { readonly service?: ServiceBackend };
}
export interface Ingress extends KubeObject {
  readonly spec: {
    readonly ingressClassName?: string;
    readonly defaultBackend?: { readonly service?: ServiceBackend };
    readonly tls?: readonly { readonly hosts?: readonly string[]; readonly secretName?: string }[];
    readonly rules?: readonly {
      readonly host?: string;
      readonly http?: { readonly paths?: readonly IngressPath[] };
    }[];
  };
}
interface IngressClass extends KubeObject {
  readonly spec?: { readonly controller?: string };
}

const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';

/**
 * Is `ing` one of this controller's? 0.x (class.IsValid): the legacy annotation must equal
 * --ingress-class, and an Ingress without it is served when that class is "nginx" (the default).
 * v1.x: spec.ingressClassName naming an IngressClass whose controller is --controller-class, the
 * annotation equal to --ingress-class, or no class at all with --watch-ingress-without-class or a
 * default IngressClass of ours.
 */
export function servesIngress(cluster: Cluster, cfg: ControllerConfig, ing: Ingress): boolean {
  const annotation = ing.metadata.annotations?.[CLASS_ANNOTATION];
  const className = ing.spec.ingressClassName;
  if (cfg.version.major === 0) {
    if (annotation !== undefined && annotation !== '') return annotation === cfg.ingressClass;
    // 0.30+ read spec.ingressClassName (Kubernetes 1.18) by name; an approximation of IngressClass support.
    if (className !== undefined) return className === cfg.ingressClass;
    return cfg.ingressClass === 'nginx';
  }
  const ours = listObjects<IngressClass>(cluster, 'IngressClass').filter(
    (ic) => ic.spec?.controller === cfg.controllerClass,
  );
  if (className !== undefined) return ours.some((ic) => ic.metadata.name === className);
  if (annotation !== undefined && annotation !== '') return annotation === cfg.ingressClass;
  return (
    cfg.watchWithoutClass ||
    ours.some((ic) => ic.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true')
  );
}

/** The Ingresses the controller serves, oldest first (the store sorts by creationTimestamp). */
export function servedIngresses(cluster: Cluster, cfg: ControllerConfig): Ingress[] {
  return listObjects<Ingress>(cluster, 'Ingress')
    .filter((ing) => servesIngress(cluster, cfg, ing))
    .sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp));
}

// ---------------------------------------------------------------------------------------------
// Servers and locations

interface Location {
  /** The path nginx's location carries (after the Prefix split). */
  readonly path: string;
  readonly exact: boolean;
  readonly ingress: Ingress | null;
  /** null: the built-in default backend (404). */
  readonly backend: { readonly namespace: string; readonly service: ServiceBackend } | null;
  readonly rewriteTarget: string;
  readonly useRegex: boolean;
  readonly serviceUpstream: boolean;
  readonly pathType: string;
  /** The root placeholder every server starts with (IsDefBackend): a rule's `/` replaces it. */
  readonly isDefBackend: boolean;
}

interface Server {
  readonly hostname: string;
  readonly locations: Location[];
  readonly tls: boolean;
}

const DEFAULT_SERVER = '_';

function annotations(ing: Ingress, cfg: ControllerConfig) {
  const a = ing.metadata.annotations ?? {};
  const p = cfg.annotationsPrefix;
  return {
    rewriteTarget: a[`${p}/rewrite-target`] ?? '',
    useRegex: a[`${p}/use-regex`] === 'true',
    serviceUpstream: a[`${p}/service-upstream`] === 'true',
    sslRedirect: a[`${p}/ssl-redirect`] !== 'false',
  };
}

/** Prefix paths became an exact location plus a `path/` prefix from controller 0.41 on (assumed). */
function splitsPrefix(cfg: ControllerConfig): boolean {
  return atLeast(cfg.version, 0, 41);
}

function buildServers(cluster: Cluster, cfg: ControllerConfig): Map<string, Server> {
  const servers = new Map<string, Server>();
  const rootDefault = (backend: Location['backend'], ing: Ingress | null): Location => ({
    path: '/',
    exact: false,
    ingress: ing,
    backend,
    rewriteTarget: '',
    useRegex: false,
    serviceUpstream: false,
    pathType: 'Prefix',
    isDefBackend: true,
  });
  servers.set(DEFAULT_SERVER, {
    hostname: DEFAULT_SERVER,
    locations: [rootDefault(null, null)],
    tls: false,
  });
  const ings = servedIngresses(cluster, cfg);
  // createServers: a server per host, its root location on the Ingress's default backend if any.
  for (const ing of ings) {
    const ns = ing.metadata.namespace ?? 'default';
    const def = ing.spec.defaultBackend?.service
      ? { namespace: ns, service: ing.spec.defaultBackend.service }
      : null;
    const rules = ing.spec.rules ?? [];
    if (def && rules.length === 0) {
      const catchAll = servers.get(DEFAULT_SERVER)!;
      if (catchAll.locations[0]?.backend === null) catchAll.locations[0] = rootDefault(def, ing);
    }
    for (const rule of rules) {
      const host = rule.host || DEFAULT_SERVER;
      if (!servers.has(host))
        servers.set(host, { hostname: host, locations: [rootDefault(def, ing)], tls: false });
    }
  }
  for (const ing of ings) {
    const ns = ing.metadata.namespace ?? 'default';
    const ann = annotations(ing, cfg);
    for (const t of ing.spec.tls ?? []) {
      for (const h of t.hosts ?? []) {
        const s = servers.get(h);
        if (s && ann.sslRedirect) servers.set(h, { ...s, tls: true });
      }
    }
    for (const rule of ing.spec.rules ?? []) {
      const server = servers.get(rule.host || DEFAULT_SERVER)!;
      for (const p of rule.http?.paths ?? []) {
        if (!p.backend?.service) continue;
        const pathType = p.pathType ?? 'ImplementationSpecific';
        const path = p.path && p.path !== '' ? p.path : '/';
        const i = server.locations.findIndex(
          (l) => l.path === path && (l.isDefBackend || l.pathType === pathType),
        );
        const loc: Location = {
          path,
          exact: pathType === 'Exact' && splitsPrefix(cfg),
          ingress: ing,
          backend: { namespace: ns, service: p.backend.service },
          rewriteTarget: ann.rewriteTarget,
          useRegex: ann.useRegex,
          serviceUpstream: ann.serviceUpstream,
          pathType,
          isDefBackend: false,
        };
        const existing = i >= 0 ? server.locations[i] : undefined;
        // "Location already configured": the first Ingress (and its first path) keeps it; only the
        // root default-backend placeholder gives way.
        if (existing?.isDefBackend) server.locations[i] = loc;
        else if (!existing) server.locations.push(loc);
      }
    }
  }
  for (const s of servers.values()) {
    const locs: Location[] = [];
    for (const l of s.locations) {
      if (splitsPrefix(cfg) && l.pathType === 'Prefix' && l.path !== '/' && !l.exact) {
        locs.push({ ...l, exact: true });
        locs.push({ ...l, path: l.path.endsWith('/') ? l.path : `${l.path}/` });
      } else locs.push(l);
    }
    // Longest path first (a stable sort on descending path, then on descending length).
    locs.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
    locs.sort((a, b) => b.path.length - a.path.length);
    s.locations.splice(0, s.locations.length, ...locs);
  }
  return servers;
}

/** enforceRegexModifier: one rewrite-target or use-regex location makes the whole server regex. */
function enforceRegex(server: Server): boolean {
  return server.locations.some((l) => l.useRegex || l.rewriteTarget !== '');
}

/** buildLocation: the location line as nginx.conf shows it. */
export function locationText(path: string, exact: boolean, regex: boolean): string {
  if (regex) return `~* "^${path}"`;
  return exact ? `= ${path}` : path;
}

function regexOf(path: string, flags: string): RegExp | null {
  try {
    return new RegExp(path, flags);
  } catch {
    return null;
  }
}

/** nginx's location choice: exact, then longest prefix; in a regex server, the first regex. */
function matchLocation(server: Server, uri: string): Location | undefined {
  if (enforceRegex(server)) {
    return server.locations.find((l) => regexOf(`^${l.path}`, 'i')?.test(uri) ?? false);
  }
  const exact = server.locations.find((l) => l.exact && l.path === uri);
  if (exact) return exact;
  return server.locations
    .filter((l) => !l.exact && uri.startsWith(l.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** buildServerName: `*.foo.com` is the regex `~^(?<subdomain>[\w-]+)\.foo\.com$`: one label. */
function hostMatches(serverName: string, host: string): boolean {
  if (!serverName.startsWith('*.')) return serverName === host;
  const rest = serverName.slice(2).replace(/\./g, '\\.');
  return new RegExp(`^[\\w-]+\\.${rest}$`).test(host);
}

function pickServer(servers: Map<string, Server>, host: string): Server {
  const h = host.toLowerCase();
  const exact = servers.get(h);
  if (exact && h !== DEFAULT_SERVER) return exact;
  for (const s of servers.values())
    if (s.hostname.startsWith('*.') && hostMatches(s.hostname, h)) return s;
  return servers.get(DEFAULT_SERVER)!;
}

/** nginx's `rewrite "(?i)<path>" <target> break;`: the whole URI becomes the target, $n filled. */
export function rewriteUri(path: string, target: string, uri: string): string {
  if (target === '' || path === target) return uri;
  const re = regexOf(path, 'i');
  const m = re?.exec(uri);
  if (!m) return uri;
  return target.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Upstreams

interface Upstream {
  readonly key: string;
  readonly servicePort: string;
  readonly endpoints: readonly { ip: string; port: number; pod: string }[];
  readonly service: Service | undefined;
}

function servicePortOf(svc: Service, b: ServiceBackend) {
  return (svc.spec.ports ?? []).find((p) =>
    b.port?.number !== undefined ? p.port === b.port.number : p.name === b.port?.name,
  );
}

function upstreamOf(cluster: Cluster, namespace: string, b: ServiceBackend): Upstream {
  const name = b.name ?? '';
  const portText = b.port?.number !== undefined ? String(b.port.number) : (b.port?.name ?? '');
  const key = `${namespace}-${name}-${portText}`;
  const svc = getObject<Service>(cluster, 'Service', namespace, name);
  if (!svc) return { key, servicePort: portText, endpoints: [], service: undefined };
  const sp = servicePortOf(svc, b);
  if (!sp) return { key, servicePort: portText, endpoints: [], service: svc };
  const slices = listObjects<EndpointSlice>(cluster, 'EndpointSlice', namespace).filter(
    (s) => s.metadata.labels?.['kubernetes.io/service-name'] === name,
  );
  const endpoints: { ip: string; port: number; pod: string }[] = [];
  for (const s of slices) {
    const port = (s.ports ?? []).find((p) => p.name === (sp.name ?? ''));
    if (!port) continue;
    for (const e of s.endpoints ?? []) {
      if (e.conditions.ready === false) continue;
      for (const ip of e.addresses) {
        const pod = e.targetRef ? `${e.targetRef.namespace}/${e.targetRef.name}` : '';
        if (!endpoints.some((x) => x.ip === ip && x.port === port.port))
          endpoints.push({ ip, port: port.port, pod });
      }
    }
  }
  endpoints.sort((a, b) => ipToInt(a.ip) - ipToInt(b.ip) || a.port - b.port);
  return { key, servicePort: portText, endpoints, service: svc };
}

// ---------------------------------------------------------------------------------------------
// One request

export interface HttpRequest {
  readonly scheme: 'http' | 'https';
  /** The Host header without its port. */
  readonly host: string;
  /** The port written in the Host header, when the client wrote one (curl does for :30100). */
  readonly hostPort?: number;
  readonly path: string;
  readonly method: string;
  /** The source IP the controller pod saw. */
  readonly remoteAddr: string;
  readonly headers: readonly [string, string][];
}

export type IngressDecision =
  | {
      kind: 'proxy';
      ingress: string;
      rule: string;
      service: string;
      servicePort: string;
      upstream: string;
      upstreamPod: string;
      upstreamPath: string;
      requestHeaders: [string, string][];
    }
  | {
      kind: 'response';
      status: number;
      headers: [string, string][];
      body: string;
      /** Why nginx answers itself (the trace's note). */
      reason: NoteMessage;
    };

export interface Balancer {
  next(upstreamKey: string, count: number): number;
}

/** 32 hex characters, as nginx's $request_id. */
function requestId(random: { int(n: number): number }): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += random.int(16).toString(16);
  return s;
}

/** A deterministic stand-in for a seeded source: FNV-1a over the request and the clock. */
function derivedRandom(seed: string): { int(n: number): number } {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return {
    int(n) {
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      h = (h + 0x6d2b79f5) >>> 0;
      return h % n;
    },
  };
}

const header = (req: HttpRequest, name: string) =>
  req.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

/**
 * nginx.tmpl's proxy_set_header lines (use-forwarded-headers off), in order; headers whose value is
 * empty are not sent (Upgrade, Connection with upstream keepalive on, X-Original-Forwarded-For
 * without an incoming X-Forwarded-For). The client's other headers follow, minus those replaced.
 */
export function upstreamHeaders(req: HttpRequest, reqId: string): [string, string][] {
  const hostHeader = req.hostPort !== undefined ? `${req.host}:${req.hostPort}` : req.host;
  const bestHost = header(req, 'Host') ?? hostHeader;
  const scheme = req.scheme;
  const port = scheme === 'https' ? '443' : '80';
  const set: [string, string | undefined][] = [
    ['Host', bestHost],
    ['Upgrade', header(req, 'Upgrade')],
    ['Connection', undefined],
    ['X-Request-ID', header(req, 'X-Request-ID') ?? reqId],
    ['X-Real-IP', req.remoteAddr],
    ['X-Forwarded-For', req.remoteAddr],
    ['X-Forwarded-Host', bestHost],
    ['X-Forwarded-Port', port],
    ['X-Forwarded-Proto', scheme],
    ['X-Forwarded-Scheme', scheme],
    ['X-Scheme', scheme],
    ['X-Original-Forwarded-For', header(req, 'X-Forwarded-For')],
    ['Proxy', undefined],
  ];
  const names = new Set(set.map(([k]) => k.toLowerCase()));
  const out = set.filter((h): h is [string, string] => h[1] !== undefined && h[1] !== '');
  for (const [k, v] of req.headers) if (!names.has(k.toLowerCase())) out.push([k, v]);
  return out;
}

/** The nginx location of a rule as the learner reads it: host, location line, pathType. */
function ruleText(server: Server, loc: Location): string {
  const host = server.hostname === DEFAULT_SERVER ? '*' : server.hostname;
  return `${host} location ${locationText(loc.path, loc.exact, enforceRegex(server))} (${loc.pathType})`;
}

function nginxResponse(
  cluster: Cluster,
  cfg: ControllerConfig,
  req: HttpRequest,
  status: number,
  reason: NoteMessage,
  location?: string,
): IngressDecision {
  const body = nginxPage(status, cfg.nginx, header(req, 'User-Agent'));
  return {
    kind: 'response',
    status,
    headers: nginxPageHeaders(cfg.nginx, body, cluster.now, location),
    body,
    reason,
  };
}

/** What the controller pod's nginx does with one request. */
export function routeRequest(
  cluster: Cluster,
  controllerPod: Pod,
  req: HttpRequest,
  balancer: Balancer,
  random?: { int(n: number): number },
): IngressDecision {
  const cfg = controllerConfig(controllerPod);
  if (!cfg) {
    return {
      kind: 'response',
      status: 502,
      headers: [],
      body: '',
      reason: note('trace.ingress.noController', { pod: controllerPod.metadata.name }),
    };
  }
  const servers = buildServers(cluster, cfg);
  const server = pickServer(servers, req.host);
  const [uri, query] = splitQuery(req.path);
  const loc = matchLocation(server, uri);
  if (!loc || !loc.backend) {
    if (cfg.defaultBackendService) {
      // --default-backend-service: the built-in 404 is replaced by that Service's pods.
      const [ns, name] = cfg.defaultBackendService.split('/');
      return proxyTo(
        cluster,
        cfg,
        req,
        balancer,
        random,
        server,
        loc,
        { namespace: ns ?? 'default', service: { name: name ?? '', port: { number: 80 } } },
        uri,
        query,
      );
    }
    return nginxResponse(
      cluster,
      cfg,
      req,
      404,
      note('trace.ingress.noRule', { host: req.host, path: uri }),
    );
  }
  if (server.tls && req.scheme === 'http') {
    const host = header(req, 'Host') ?? (req.hostPort ? `${req.host}:${req.hostPort}` : req.host);
    return nginxResponse(
      cluster,
      cfg,
      req,
      308,
      note('trace.ingress.sslRedirect', { host: server.hostname }),
      `https://${host}${req.path}`,
    );
  }
  return proxyTo(cluster, cfg, req, balancer, random, server, loc, loc.backend, uri, query);
}

function splitQuery(path: string): [string, string] {
  const i = path.indexOf('?');
  return i < 0 ? [path || '/', ''] : [path.slice(0, i) || '/', path.slice(i)];
}

function proxyTo(
  cluster: Cluster,
  cfg: ControllerConfig,
  req: HttpRequest,
  balancer: Balancer,
  random: { int(n: number): number } | undefined,
  server: Server,
  loc: Location | undefined,
  backend: NonNullable<Location['backend']>,
  uri: string,
  query: string,
): IngressDecision {
  const up = upstreamOf(cluster, backend.namespace, backend.service);
  const svcName = `${backend.namespace}/${backend.service.name ?? ''}`;
  const ingName = loc?.ingress
    ? `${loc.ingress.metadata.namespace}/${loc.ingress.metadata.name}`
    : '';
  if (!up.service) {
    return nginxResponse(
      cluster,
      cfg,
      req,
      503,
      note('trace.ingress.noService', { service: svcName }),
    );
  }
  const rewritten = loc ? rewriteUri(loc.path, loc.rewriteTarget, uri) : uri;
  const upstreamPath = rewritten + (rewritten.includes('?') ? '' : query);
  const rid =
    header(req, 'X-Request-ID') ??
    requestId(random ?? derivedRandom(`${cluster.now}|${req.remoteAddr}|${req.host}|${req.path}`));
  const common = {
    kind: 'proxy' as const,
    ingress: ingName,
    rule: loc ? ruleText(server, loc) : `${server.hostname} default backend`,
    service: svcName,
    servicePort: up.servicePort,
    upstreamPath,
    requestHeaders: upstreamHeaders(req, rid),
  };
  if (loc?.serviceUpstream) {
    const sp = servicePortOf(up.service, backend.service);
    return {
      ...common,
      upstream: `${up.service.spec.clusterIP ?? ''}:${sp?.port ?? ''}`,
      upstreamPod: '',
    };
  }
  if (up.endpoints.length === 0) {
    return nginxResponse(
      cluster,
      cfg,
      req,
      503,
      note('trace.ingress.noEndpoints', { service: svcName }),
    );
  }
  const i = balancer.next(up.key, up.endpoints.length) % up.endpoints.length;
  const ep = up.endpoints[i]!;
  return { ...common, upstream: `${ep.ip}:${ep.port}`, upstreamPod: ep.pod };
}

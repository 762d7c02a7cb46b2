// What a container answers, chosen by its image (spec/cli.md "Workloads"). A table, not branches:
// add an image by adding a row.
import { own } from '../util/own.ts';
import type { Container, Pod } from '../api/objects.ts';

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
  /** Response headers, where the program's are known (nginx serving a static file). */
  readonly headers?: readonly (readonly [string, string])[];
}

/**
 * Seconds a container takes to stop after SIGTERM. Servers such as nginx exit at once; a shell
 * running `sleep` as PID 1 ignores SIGTERM and is killed when the grace period ends.
 */
export function stopSeconds(container: Container): number {
  return behaviourOf(container).listens?.length === 0 ? 30 : 1;
}

/** The HTTP request a container receives, as far as the programs here look at it. */
export interface HttpRequest {
  /** The source address the pod saw (after any SNAT). */
  readonly clientIP: string;
  readonly method: string;
  readonly path: string;
  /** The Host header (without a default port). */
  readonly host: string;
  readonly headers: readonly (readonly [string, string])[];
}

export interface ImageBehaviour {
  /** Matches the image's repository path, without registry prefix or tag. */
  readonly pattern: RegExp;
  /** Ports the program listens on, whether or not containerPort declares them; null = the declared ones. */
  readonly listens: readonly number[] | null;
  readonly http: ((pod: Pod, clientIP: string, request?: HttpRequest) => HttpAnswer) | null;
  /** The exit code of the image's default command when it ends on its own; absent for servers. */
  readonly defaultExit?: number;
  /**
   * The network tools the image ships (absent: a general-purpose image with curl, wget and ping).
   * busybox-based images have busybox's wget, ping and nslookup applets and no curl.
   */
  readonly tools?: readonly NetworkTool[];
  /**
   * A backend the program calls on every HTTP request (host and port from its environment), as the
   * counter app calls Redis: the request then has a second leg.
   */
  readonly calls?: (env: ReadonlyMap<string, string>) => { host: string; port: number } | null;
  /** Speaks a protocol other than HTTP on its port (curl then reads garbage). */
  readonly protocol?: 'redis';
}

export type NetworkTool = 'curl' | 'wget' | 'ping' | 'nslookup' | 'dig';

const BUSYBOX_TOOLS: readonly NetworkTool[] = ['wget', 'ping', 'nslookup'];

/** Whether `tool` is on the container's PATH. */
export function hasTool(container: Container, tool: NetworkTool): boolean {
  // Tags that name the tool added on top of a base image (alicek106/ubuntu:curl).
  const tag = imageTag(container.image);
  if (tag !== null && tag.split(/[-_.]/).includes(tool)) return true;
  const tools = behaviourOf(container).tools;
  return tools ? tools.includes(tool) : tool !== 'dig' && tool !== 'nslookup';
}

/** A program that serves until stopped (it listens on a port), as opposed to one that finishes. */
export function isServer(container: Container): boolean {
  const listens = behaviourOf(container).listens;
  return listens === null ? (container.ports?.length ?? 0) > 0 : listens.length > 0;
}

/** The exit code if this container's process ends right after it starts, else null. */
export function exitsAfterStart(container: Container): number | null {
  if (container.command !== undefined || container.args !== undefined) return null;
  return behaviourOf(container).defaultExit ?? null;
}

const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/**
 * What registry.k8s.io/echoserver answers: the client address nginx saw, the request line and the
 * headers (lower-cased, sorted). Version 1.10 starts with the pod's hostname; 1.4 does not.
 */
function echoserver(pod: Pod, clientIP: string, request?: HttpRequest): HttpAnswer {
  const image = pod.spec.containers.find((c) => /echoserver/.test(c.image))?.image ?? '';
  const tag = image.split('@')[0]!.split(':').slice(1).pop() ?? '';
  const [major = 1, minor = 4] = tag.split('.').map(Number);
  const newer = major > 1 || minor >= 10;
  const path = request?.path ?? '/';
  const [uriPath, query = ''] = path.split('?') as [string, string?];
  const hostHeader = request?.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? '';
  const uri = `http://${hostHeader.split(':')[0]}:8080${path}`;
  const headers = [...(request?.headers ?? [])]
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!newer) {
    return {
      status: 200,
      body:
        'CLIENT VALUES:\n' +
        `client_address=${clientIP}\n` +
        `command=${request?.method ?? 'GET'}\n` +
        `real path=${uriPath}\n` +
        `query=${query || 'nil'}\n` +
        'request_version=1.1\n' +
        `request_uri=${uri}\n\n` +
        'SERVER VALUES:\n' +
        'server_version=nginx: 1.10.0 - lua: 10001\n\n' +
        'HEADERS RECEIVED:\n' +
        headers.map(([k, v]) => `${k}=${v}\n`).join('') +
        'BODY:\n' +
        '-no body in request-',
    };
  }
  return {
    status: 200,
    body:
      `\n\nHostname: ${pod.metadata.name}\n\n` +
      'Pod Information:\n\t-no pod information available-\n\n' +
      'Server values:\n\tserver_version=nginx: 1.13.3 - lua: 10008\n\n' +
      'Request Information:\n' +
      `\tclient_address=${clientIP}\n` +
      `\tmethod=${request?.method ?? 'GET'}\n` +
      `\treal path=${uriPath}\n` +
      `\tquery=${query}\n` +
      '\trequest_version=1.1\n' +
      '\trequest_scheme=http\n' +
      `\trequest_uri=${uri}\n\n` +
      'Request Headers:\n' +
      headers.map(([k, v]) => `\t${k}=${v}\n`).join('') +
      '\nRequest Body:\n\t-no body in request-\n\n',
  };
}

/**
 * The nginx image's build per tag: the release and the date its welcome page was built into the
 * image (Last-Modified and the ETag `"<hex mtime>-<hex size>"` come from it). Untagged means the
 * latest image of the presets' era. Dates are the releases' days, not the images' exact build times.
 */
const NGINX_BUILDS: Readonly<Record<string, { version: string; built: string }>> = {
  '': { version: '1.27.3', built: '2024-11-26T15:55:00Z' },
  latest: { version: '1.27.3', built: '2024-11-26T15:55:00Z' },
  '1.27': { version: '1.27.3', built: '2024-11-26T15:55:00Z' },
  '1.26': { version: '1.26.2', built: '2024-08-14T12:36:00Z' },
  '1.25': { version: '1.25.5', built: '2024-04-16T15:02:00Z' },
  '1.24': { version: '1.24.0', built: '2023-04-11T15:29:00Z' },
  '1.23': { version: '1.23.4', built: '2023-03-28T15:01:00Z' },
  '1.19': { version: '1.19.10', built: '2021-04-13T15:13:00Z' },
};

/** The welcome page with the headers nginx sends for it (server_tokens on, as the image ships). */
/** nginx's answer depends on its image alone: computed once per image. */
const nginxAnswers = new Map<string, HttpAnswer>();

function nginxWelcome(pod: Pod): HttpAnswer {
  const image = pod.spec.containers.find((c) => /(^|\/)nginx(:|@|$)/.test(c.image))?.image ?? '';
  let answer = nginxAnswers.get(image);
  if (!answer) nginxAnswers.set(image, (answer = nginxAnswerFor(image)));
  return answer;
}

function nginxAnswerFor(image: string): HttpAnswer {
  const tag = image.split('@')[0]!.split(':').slice(1).pop() ?? '';
  const build = own(NGINX_BUILDS, tag) ??
    own(NGINX_BUILDS, tag.split('.').slice(0, 2).join('.')) ?? {
      version: /^\d+\.\d+\.\d+$/.test(tag) ? tag : '1.27.3',
      built: '2024-11-26T15:55:00Z',
    };
  const built = Date.parse(build.built);
  const size = new TextEncoder().encode(NGINX_WELCOME).length;
  return {
    status: 200,
    body: NGINX_WELCOME,
    headers: [
      ['Server', `nginx/${build.version}`],
      ['Content-Type', 'text/html'],
      ['Content-Length', String(size)],
      ['Last-Modified', new Date(built).toUTCString()],
      ['Connection', 'keep-alive'],
      ['ETag', `"${(built / 1000).toString(16)}-${size.toString(16)}"`],
      ['Accept-Ranges', 'bytes'],
    ],
  };
}

const hostname = (pod: Pod): HttpAnswer => ({ status: 200, body: `${pod.metadata.name}\n` });

export const IMAGES: readonly ImageBehaviour[] = [
  { pattern: /(^|\/)echo-hname$/, listens: [80], http: hostname },
  { pattern: /^alicek106\/rr-test$/, listens: [80], http: hostname },
  // nginx answering with the request method and its own address ($server_addr: the pod IP). The
  // line is as the k8sInfra book's screenshots show it; the image's nginx.conf was not available.
  {
    pattern: /(^|\/)echo-ip$/,
    listens: [80],
    http: (pod, _client, request) => ({
      status: 200,
      body: `request_method : ${request?.method ?? 'GET'} | ip_dest: ${pod.status.podIP ?? ''}\n`,
    }),
  },
  {
    pattern: /(^|\/)kubia$/,
    listens: [8080],
    http: (pod) => ({ status: 200, body: `You've hit ${pod.metadata.name}\n` }),
  },
  { pattern: /(^|\/)nginx$/, listens: [80], http: nginxWelcome },
  { pattern: /(^|\/)redis$/, listens: [6379], http: null, protocol: 'redis' },
  // The e2e echo server (nginx + lua) prints the request back; tags from 1.10 use the newer page.
  { pattern: /(^|\/)echoserver$/, listens: [8080], http: echoserver },
  // The counter app of subicura's guide: on port 3000, each request increments the key "count" in
  // the Redis at REDIS_HOST:REDIS_PORT and answers with the new value. Alpine-based. (The exact
  // response text was not available; the number alone is shown.)
  {
    pattern: /^subicura\/counter$/,
    listens: [3000],
    http: null,
    tools: ['wget', 'ping', 'nslookup'],
    calls: (env) => ({
      host: env.get('REDIS_HOST') ?? 'localhost',
      port: Number(env.get('REDIS_PORT') ?? 6379),
    }),
  },
  // Their default command is a shell, which reads an empty stdin and exits 0: without a `command`
  // such a pod completes, restarts and ends in CrashLoopBackOff.
  {
    pattern: /(^|\/)(busybox|alpine)$/,
    listens: [],
    http: null,
    defaultExit: 0,
    tools: BUSYBOX_TOOLS,
  },
  // The distribution images ship neither curl nor ping until installed.
  { pattern: /(^|\/)(ubuntu|debian)$/, listens: [], http: null, defaultExit: 0, tools: [] },
  // curl with no URL prints its usage hint and exits 2; the image is Alpine with busybox's applets.
  {
    pattern: /(^|\/)curl$/,
    listens: [],
    http: null,
    defaultExit: 2,
    tools: ['curl', ...BUSYBOX_TOOLS],
  },
  {
    pattern:
      /(^|\/)(kube-proxy|etcd|kube-apiserver|kube-controller-manager|kube-scheduler|flannel|node)$/,
    listens: [],
    http: null,
  },
  { pattern: /(^|\/)coredns$/, listens: [53, 8080, 8181, 9153], http: null },
];

/** "docker.io/library/nginx:1.25" -> "library/nginx" -> matched as "nginx" too. */
export function imageRepository(image: string): string {
  let path = image.split('@')[0]!;
  const lastSlash = path.lastIndexOf('/');
  const colon = path.lastIndexOf(':');
  if (colon > lastSlash) path = path.slice(0, colon);
  const parts = path.split('/');
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) parts.shift();
  if (parts[0] === 'library') parts.shift();
  return parts.join('/');
}

const UNKNOWN_IMAGE: ImageBehaviour = { pattern: /.*/, listens: null, http: hostname };

/** The behaviour of each image seen, found once (a load asks for it on every request). */
const behaviours = new Map<string, ImageBehaviour>();

export function behaviourOf(container: Container): ImageBehaviour {
  let b = behaviours.get(container.image);
  if (!b) {
    const repo = imageRepository(container.image);
    b = IMAGES.find((x) => x.pattern.test(repo)) ?? UNKNOWN_IMAGE;
    if (behaviours.size > 10_000) behaviours.clear();
    behaviours.set(container.image, b);
  }
  return b;
}

/** The image's tag ("nginx:1.25" -> "1.25"), or null. */
function imageTag(image: string): string | null {
  const path = image.split('@')[0]!;
  const colon = path.lastIndexOf(':');
  return colon > path.lastIndexOf('/') ? path.slice(colon + 1) : null;
}

/** Programs that keep a container alive without serving anything (a sidecar's `sleep infinity`). */
const IDLERS = new Set(['sleep', 'tail', 'sh', 'bash', 'cat', 'true', 'ping', 'watch', 'pause']);

/** A `command:` that replaces the image's server with an idle program. */
function serverReplaced(container: Container): boolean {
  const command = container.command as readonly string[] | undefined;
  const program = command?.[0]?.split('/').pop();
  return program !== undefined && IDLERS.has(program);
}

/** The container of `pod` whose program listens on `port` (TCP), if any. */
export function listenerOn(pod: Pod, port: number): Container | null {
  for (const c of pod.spec.containers) {
    if (serverReplaced(c)) continue;
    const b = behaviourOf(c);
    const ports = b.listens ?? (c.ports ?? []).map((p) => p.containerPort);
    if (ports.includes(port)) return c;
  }
  return null;
}

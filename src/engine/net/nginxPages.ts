// The pages nginx writes itself (ngx_http_special_response.c): the 404 of ingress-nginx's built-in
// default backend, the 503 of an upstream without endpoints, the 308 of the https redirect. Lines end
// in CRLF as in the C source; the footer names the version only when server_tokens is on.

/** What decides the bytes of a page: the nginx build the controller image ships and its settings. */
export interface NginxBuild {
  /** e.g. "1.17.8"; the footer and the Server header say `nginx/<version>` when tokens are on. */
  readonly version: string;
  /** ingress-nginx's `server-tokens` setting (ShowServerTokens). */
  readonly serverTokens: boolean;
  /**
   * Older nginx wrote `<body bgcolor="white">`; later releases write a bare `<body>`. The release
   * that dropped the attribute was not pinned (assumed 1.19; see bodyTag's callers).
   */
  readonly bgcolor: boolean;
}

const CRLF = '\r\n';

export const STATUS_TEXT: Readonly<Record<number, string>> = {
  301: 'Moved Permanently',
  302: 'Found',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/** The six comment lines nginx appends for MSIE and Chrome (msie_padding on, status ≥ 400). */
const PADDING = '<!-- a padding to disable MSIE and Chrome friendly error page -->' + CRLF;

/** ngx_http_request.c sets headers_in.chrome / msie from these User-Agent substrings. */
export function wantsPadding(userAgent: string | undefined): boolean {
  if (!userAgent) return false;
  const msie = userAgent.includes('MSIE ') && !userAgent.includes('Opera');
  return msie || userAgent.includes('Chrome/');
}

/** The HTML nginx sends with `status`, footer per `build`, padded for browsers that want it. */
export function nginxPage(status: number, build: NginxBuild, userAgent?: string): string {
  const title = `${status} ${STATUS_TEXT[status] ?? ''}`;
  const footer = build.serverTokens ? `nginx/${build.version}` : 'nginx';
  const page =
    `<html>${CRLF}` +
    `<head><title>${title}</title></head>${CRLF}` +
    (build.bgcolor ? `<body bgcolor="white">${CRLF}` : `<body>${CRLF}`) +
    `<center><h1>${title}</h1></center>${CRLF}` +
    `<hr><center>${footer}</center>${CRLF}` +
    `</body>${CRLF}` +
    `</html>${CRLF}`;
  return status >= 400 && wantsPadding(userAgent) ? page + PADDING.repeat(6) : page;
}

/**
 * nginx's answer to plain HTTP on an `ssl` port (NGX_HTTP_TO_HTTPS): a 400 whose title and second
 * line say what happened.
 */
export function plainHttpToHttpsPage(build: NginxBuild): string {
  const footer = build.serverTokens ? `nginx/${build.version}` : 'nginx';
  return (
    `<html>${CRLF}` +
    `<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>${CRLF}` +
    (build.bgcolor ? `<body bgcolor="white">${CRLF}` : `<body>${CRLF}`) +
    `<center><h1>400 Bad Request</h1></center>${CRLF}` +
    `<center>The plain HTTP request was sent to HTTPS port</center>${CRLF}` +
    `<hr><center>${footer}</center>${CRLF}` +
    `</body>${CRLF}` +
    `</html>${CRLF}`
  );
}

/** RFC 1123 date as nginx writes the Date header: "Thu, 18 Aug 2016 10:25:20 GMT". */
export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/**
 * The response headers nginx sends with its own page, in ngx_http_header_filter's order (Location
 * before Connection). With server tokens off ingress-nginx also runs `more_clear_headers Server`,
 * so there is no Server header at all (nginx.tmpl).
 */
export function nginxPageHeaders(
  build: NginxBuild,
  body: string,
  now: number,
  location?: string,
): [string, string][] {
  const out: [string, string][] = [];
  if (build.serverTokens) out.push(['Server', `nginx/${build.version}`]);
  out.push(['Date', httpDate(now)]);
  out.push(['Content-Type', 'text/html']);
  out.push(['Content-Length', String(new TextEncoder().encode(body).length)]);
  if (location !== undefined) out.push(['Location', location]);
  out.push(['Connection', 'keep-alive']);
  return out;
}

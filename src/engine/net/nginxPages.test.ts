import { describe, expect, it } from 'vitest';
import { nginxPage, nginxPageHeaders, wantsPadding } from './nginxPages.ts';

// Bytes from ngx_http_special_response.c (CRLF line ends, the `nginx` tail with server_tokens
// off) and from kubernetes/ingress-nginx#3253 (nginx 1.15.3, tokens on, bgcolor).
const v1 = { version: '1.21.6', serverTokens: false, bgcolor: false };

describe('nginx pages', () => {
  it('404 of the default backend', () => {
    expect(nginxPage(404, v1)).toBe(
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n' +
        '<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    );
  });
  it('503 with server tokens and bgcolor, as an old controller printed it', () => {
    const old = { version: '1.15.3', serverTokens: true, bgcolor: true };
    expect(nginxPage(503, old).replace(/\r\n/g, '\n')).toBe(
      [
        '<html>',
        '<head><title>503 Service Temporarily Unavailable</title></head>',
        '<body bgcolor="white">',
        '<center><h1>503 Service Temporarily Unavailable</h1></center>',
        '<hr><center>nginx/1.15.3</center>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });
  it('pads error pages for Chrome and MSIE only, never redirects', () => {
    const chrome =
      'Mozilla/5.0 (X11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
    expect(wantsPadding('curl/8.5.0')).toBe(false);
    expect(wantsPadding(chrome)).toBe(true);
    expect(nginxPage(404, v1, chrome).split('a padding to disable').length - 1).toBe(6);
    expect(nginxPage(308, v1, chrome)).not.toContain('padding');
  });
  it('curl -I of the 404: Content-Length 146 without a Server header when tokens are off', () => {
    const body = nginxPage(404, v1);
    const h = nginxPageHeaders(v1, body, Date.UTC(2016, 7, 18, 10, 25, 20));
    expect(h).toEqual([
      ['Date', 'Thu, 18 Aug 2016 10:25:20 GMT'],
      ['Content-Type', 'text/html'],
      ['Content-Length', '146'],
      ['Connection', 'keep-alive'],
    ]);
  });
  it('the old 404 is 169 bytes with nginx/1.10.1 (kubernetes-retired/contrib#1561)', () => {
    const body = nginxPage(404, { version: '1.10.1', serverTokens: true, bgcolor: true });
    expect(new TextEncoder().encode(body).length).toBe(169);
  });
});

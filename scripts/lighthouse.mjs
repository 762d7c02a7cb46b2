#!/usr/bin/env node
// Lighthouse on the production build: builds (vite build), serves dist as a static host would
// (gzip, the Content-Security-Policy header), runs lighthouse with the desktop preset in headless
// Chromium on the home and the playground, and prints the scores against the targets
// (performance >= 95, accessibility 100, best practices >= 95), with what costs points.
//
//   npm run lighthouse                 build, then run
//   node scripts/lighthouse.mjs --no-build [--dist DIR] [--port N] [--keep DIR (the JSON reports)]
//
// Chromium: CHROME_PATH, else /usr/bin/chromium when present, else lighthouse's own search.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const dist = resolve(option('--dist', 'dist'));
const port = Number(option('--port', process.env.PORT ?? '4310'));
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const PAGES = ['#/', '#/playground'];

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}.`);
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/
  .exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1]
  ?.replaceAll('&#39;', "'");

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end('not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = {
    'content-type': type,
    // Hashed asset names never change; the page and the service worker are revalidated.
    'cache-control': path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  };
  if (policy !== undefined) headers['content-security-policy'] = policy;
  let body = readFileSync(file);
  if (
    /^(text|application\/json|image\/svg)/.test(type) &&
    /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
  ) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(200, headers).end(body);
});
await new Promise((done) => server.listen(port, '127.0.0.1', done));

const chrome =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const bin = resolve('node_modules', '.bin', 'lighthouse');
const keep = option('--keep', undefined);
const out = keep === undefined ? mkdtempSync(join(tmpdir(), 'k8s-lab-lighthouse-')) : resolve(keep);
mkdirSync(out, { recursive: true });
let allOk = true;
try {
  for (const [i, page] of PAGES.entries()) {
    const url = `http://localhost:${port}/${page}`;
    const report = join(out, `report-${i}.json`);
    // Not spawnSync: this process serves the pages lighthouse loads.
    const status = await new Promise((done) => {
      const child = spawn(
        bin,
        [
          url,
          '--preset=desktop',
          '--only-categories=performance,accessibility,best-practices',
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        ],
        {
          stdio: ['ignore', 'inherit', 'inherit'],
          env: chrome ? { ...process.env, CHROME_PATH: chrome } : process.env,
        },
      );
      child.on('exit', (code) => done(code));
      child.on('error', () => done(1));
    });
    if (status !== 0 || !existsSync(report)) {
      console.error(`lighthouse failed on ${url}`);
      allOk = false;
      continue;
    }
    const result = JSON.parse(readFileSync(report, 'utf8'));
    console.log(`\n${url}  (lighthouse ${result.lighthouseVersion}, desktop)`);
    for (const [id, target] of Object.entries(TARGETS)) {
      const category = result.categories[id];
      const score = Math.round((category?.score ?? 0) * 100);
      const ok = score >= target;
      allOk &&= ok;
      console.log(
        `  ${category?.title.padEnd(16) ?? id}  ${String(score).padStart(3)}   target ${target === 100 ? '= ' : '>='} ${target}  ${ok ? 'ok' : 'BELOW'}`,
      );
      // What costs points: audits in the category that count and did not fully pass.
      for (const ref of category?.auditRefs ?? []) {
        const audit = result.audits[ref.id];
        if (ref.weight > 0 && audit?.score !== null && audit.score < 1) {
          const value = audit.displayValue ? ` (${audit.displayValue})` : '';
          console.log(`      ${audit.title}${value}: ${Math.round(audit.score * 100)}`);
        }
      }
    }
  }
} finally {
  server.close();
  if (keep === undefined) rmSync(out, { recursive: true, force: true });
}
console.log(allOk ? '\nAll scores meet their targets.' : '\nSome scores are below target.');
process.exitCode = allOk ? 0 : 1;

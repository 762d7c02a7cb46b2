// Vite builds the browser app; vitest reads its `test` block from here too.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { buildIndex } from './src/app/lessons/lessonIndex.ts';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy of the built app (a <meta> in index.html, and a header from
 * `vite preview`). Scripts and workers come only from the app's own files: no inline script, no
 * eval. Monaco's and monaco-yaml's workers are module workers built as files (`?worker`), so
 * 'self' covers them; no blob: is needed. Styles need 'unsafe-inline': Monaco injects <style>
 * elements (its theme, decorations) and renders its lines with style="" attributes through
 * innerHTML, and xterm's DOM renderer injects a <style> element for its theme; React and D3 set
 * styles through the CSSOM, which CSP does not restrict. Inline styles cannot run code.
 * img-src data: is the empty favicon (`data:,`).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Puts the CSP in the built index.html (the dev server's React refresh needs an inline script). */
function cspPlugin(): Plugin {
  return {
    name: 'k8s-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Writes the service worker (src/app/offline/sw.js) to `sw.js` with the list of files to cache:
 * index.html and everything under assets/ (chunks, Monaco's workers, schemas, fonts, CSS; no source
 * maps). Its
 * version is a hash of that list and of index.html, so a new build replaces the old cache.
 */
function offlinePlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'k8s-lab-offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const assets = filesUnder(join(outDir, 'assets'))
        .map((file) => relative(outDir, file).split(sep).join('/'))
        .filter((file) => !file.endsWith('.map'))
        .sort();
      const files = ['index.html', ...assets];
      const hash = createHash('sha256');
      hash.update(readFileSync(join(outDir, 'index.html')));
      for (const file of files) hash.update(`${file}\n`);
      const template = readFileSync(new URL('./src/app/offline/sw.js', import.meta.url), 'utf8');
      const source = template
        .replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace("['__PRECACHE__']", JSON.stringify(files, null, 2));
      if (source.includes('__PRECACHE__') || source.includes('__VERSION__')) {
        throw new Error('src/app/offline/sw.js lost its __VERSION__ or __PRECACHE__ placeholder');
      }
      writeFileSync(join(outDir, 'sw.js'), source);
    },
  };
}

/**
 * `virtual:lesson-index`: the home's list of lessons (titles, presets, steps), parsed from
 * lessons/<id>/lesson.yaml at build time by the same reader the browser and `lesson verify` use,
 * so the first screen does not parse fifty YAML files on the main thread.
 */
function lessonIndexPlugin(): Plugin {
  const id = 'virtual:lesson-index';
  let root = process.cwd();
  return {
    name: 'k8s-lab-lesson-index',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const dir = join(root, 'lessons');
      const folders = readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => {
          const names = readdirSync(join(dir, entry.name)).filter((n) => n.endsWith('.yaml'));
          const file = join(dir, entry.name, 'lesson.yaml');
          const lessonYaml = names.includes('lesson.yaml') ? readFileSync(file, 'utf8') : undefined;
          if (lessonYaml !== undefined) this.addWatchFile(file);
          return { id: entry.name, names, lessonYaml };
        });
      const { lessons, errors } = buildIndex(folders);
      return `export default ${JSON.stringify({ lessons, errors: errors.length })};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), cspPlugin(), offlinePlugin(), lessonIndexPlugin()],
  // Relative asset URLs, so the static build works from any folder (hash routing does the rest).
  base: './',
  // Monaco's workers (editor core and monaco-yaml's YAML language server) are ES module workers.
  worker: { format: 'es' },
  // dist/.vite/manifest.json: which chunks the first screen loads and which load later
  // (scripts/size.mjs reads it).
  build: { manifest: true },
  // `vite preview` (what Playwright and Lighthouse load) sends the same policy as a header, which
  // also covers the workers' own scripts.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  // Pre-bundled for the dev server, else it reloads the page the first time the editor opens.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

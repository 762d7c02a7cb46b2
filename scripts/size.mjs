#!/usr/bin/env node
// The JavaScript the browser downloads, gzip-compressed, read from a production build
// (`vite build` writes dist/.vite/manifest.json): the initial JavaScript every screen loads before
// anything else (index.html's entry and its static imports) against the 250 KB target, what each
// first screen adds (the lessons' catalog, the engine's worker), and the parts that load only when
// used (the editor with its workers and schema, the terminal).
//
//   node scripts/size.mjs [DIST]    (npm run size builds first)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_KB = 250;
const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: build first (npm run size builds, or npx vite build).`);
  process.exit(2);
}
/** @type {Record<string, {file: string, src?: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gzipCache = new Map();
function gzipBytes(file) {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** A chunk's file and every file it imports statically, transitively. */
function closure(key, into = new Set()) {
  const chunk = manifest[key];
  if (chunk === undefined || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, into);
  return into;
}

function keyOf(src) {
  return Object.keys(manifest).find((key) => key === src || manifest[key].src === src);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
const sum = (files) => [...files].reduce((total, file) => total + gzipBytes(file), 0);
const minus = (files, loaded) => new Set([...files].filter((file) => !loaded.has(file)));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (entryKey === undefined) {
  console.error(`${manifestPath} has no entry chunk.`);
  process.exit(2);
}
const initial = closure(entryKey);
const initialBytes = sum(initial);
const ok = initialBytes <= TARGET_KB * 1024;

console.log(`JavaScript in ${dist}, gzip -9 sizes\n`);
console.log(
  `initial (index.html entry + static imports)       ${kb(initialBytes)}   target <= ${TARGET_KB} KB  ${ok ? 'ok' : 'OVER'}`,
);
for (const file of initial) console.log(`    ${file.padEnd(47)} ${kb(gzipBytes(file))}`);

/** What a screen or a feature adds on top of what is already loaded. */
function report(label, srcs, loaded, extraFiles = []) {
  const files = new Set(extraFiles);
  for (const src of srcs) {
    const key = keyOf(src);
    if (key === undefined) {
      console.log(`${label.padEnd(50)}   (no chunk for ${src} in this build)`);
      return loaded;
    }
    for (const file of closure(key)) files.add(file);
  }
  const added = minus(files, loaded);
  console.log(`${label.padEnd(50)}+${kb(sum(added))}   (${[...added].join(', ')})`);
  return new Set([...loaded, ...added]);
}

const assets = readdirSync(join(dist, 'assets'));
/** Worker scripts (built apart, so not in the manifest): the engine's, and the editor's. */
const workerFiles = (test) =>
  assets
    .filter((file) => /\.worker-[\w-]+\.js$/.test(file) && test(file))
    .map((f) => `assets/${f}`);
const engine = workerFiles((file) => file.startsWith('engine.worker-'));
const workers = workerFiles((file) => !file.startsWith('engine.worker-'));

console.log('\nfirst screens (loaded before the editor, after the initial JavaScript)');
report('  home #/ : lesson index (built)', ['virtual:lesson-index'], initial);
const playground = report('  playground #/playground : engine worker', [], initial, engine);
report(
  '  lesson #/lessons/<id> : catalog, engine worker',
  ['src/app/lessons/catalog.ts'],
  initial,
  engine,
);

console.log('\nlazy (loaded when first used, on top of the playground)');
const schema = assets
  .filter((file) => /^k8s-1\.33-[\w-]+\.js$/.test(file))
  .map((f) => `assets/${f}`);
report('  editor: Monaco + monaco-yaml', ['src/app/editor/MonacoEditor.tsx'], playground);
report('  editor workers (editor core, YAML)', [], playground, workers);
report('  editor schema (one release, v1.33)', [], playground, schema);
report('  terminal: xterm + shell', ['src/app/terminal/TerminalView.tsx'], playground);

process.exitCode = ok ? 0 : 1;

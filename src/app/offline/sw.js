// The lab's service worker: after the first visit the app works with no network (a classroom with
// a flaky or no connection). The build (vite.config.ts, `offlinePlugin`) writes it to `sw.js` with
// the list of every file it produced: the app shell, its chunks, the lessons, Monaco and its
// workers, the editor's schemas and fonts. Installing caches all of them; the page then loads from
// the cache. Paths are relative to the worker's folder, so it works from any sub-path.
//
// Navigations try the network first (a new build is picked up when online) and fall back to the
// cached shell; every other file has a content hash in its name, so the cached copy is served.

const VERSION = '__VERSION__';
const PRECACHE = ['__PRECACHE__'];
const CACHE = `k8s-lab-${VERSION}`;
const scope = new URL('./', self.location.href);
const SHELL = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('k8s-lab-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function fromNetworkElseShell(request) {
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(SHELL, { cacheName: CACHE });
    if (cached !== undefined) return cached;
    throw error;
  }
}

async function fromCacheElseNetwork(request) {
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  if (cached !== undefined) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(fromNetworkElseShell(request));
  else event.respondWith(fromCacheElseNetwork(request));
});

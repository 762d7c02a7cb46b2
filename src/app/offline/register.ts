// Registers the service worker (sw.js, written by the build) that keeps the lab working offline.
// Only in the production build: the dev server's modules are not a fixed set to cache. After the
// page has loaded, so caching the app never competes with the first screen.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('The lab will not work offline: its service worker did not register.', error);
    });
  });
}

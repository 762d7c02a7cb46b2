// Hash routing (`#/playground?fixture=1`), so the static build works from any folder.
import { useSyncExternalStore } from 'react';

export interface Route {
  /** e.g. "/playground"; "/" when the hash is empty. */
  readonly path: string;
  readonly params: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const [path = '', query = ''] = text.split('?', 2);
  return { path: path === '' ? '/' : path, params: new URLSearchParams(query) };
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}

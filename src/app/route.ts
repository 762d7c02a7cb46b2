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

/** `#/lessons/<id>?step=N`: the lesson's id and the 1-based step (1 when absent or not a number). */
export function lessonRoute(route: Route): { id: string; step: number } | null {
  const m = /^\/lessons\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(route.path);
  if (m === null) return null;
  const step = Number.parseInt(route.params.get('step') ?? '1', 10);
  return { id: m[1]!, step: Number.isFinite(step) && step >= 1 ? step : 1 };
}

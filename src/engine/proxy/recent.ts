// One node's xt_recent lists, as the kernel keeps them for kube-proxy's sessionAffinity rules
// (net/netfilter/xt_recent.c; reference §3.6). Plain data the caller owns, per node:
// list name -> source address -> last time it was `--set` (simulated ms).
//
// What is modelled:
// - `--set` (on the KUBE-SEP DNAT rule) records the source with the current time; a set on an
//   existing entry refreshes it. This is what keeps an affine client sticky: every new connection
//   that lands on the endpoint passes the DNAT rule again.
// - `--rcheck --seconds N` matches when the source was set within the last N seconds. It does not
//   refresh the entry itself (that is `--update`, which kube-proxy does not use).
// - `--reap` purges stale entries; an entry older than N seconds never matches anyway, so here a
//   stale entry met by a check is simply deleted.
// - A list holds at most 100 addresses (the module's ip_list_tot default); setting a new one into a
//   full list forgets the least recently set.
import type { RecentTables } from './walk.ts';

export type RecentState = Map<string, Map<string, number>>;

const LIST_MAX = 100;

export function recentTables(state: RecentState, nowMs: number): RecentTables {
  return {
    check(name, src, seconds) {
      const list = state.get(name);
      const seen = list?.get(src);
      if (list === undefined || seen === undefined) return false;
      if (nowMs - seen <= seconds * 1000) return true;
      list.delete(src);
      return false;
    },
    set(name, src) {
      let list = state.get(name);
      if (!list) state.set(name, (list = new Map()));
      list.delete(src);
      if (list.size >= LIST_MAX) {
        const oldest = list.keys().next();
        if (!oldest.done) list.delete(oldest.value);
      }
      list.set(src, nowMs);
    },
  };
}

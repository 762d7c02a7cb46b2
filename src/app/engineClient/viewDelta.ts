// A view is sent as what changed since the last one the page has: every second the page asks for
// the cluster's view, and a cluster of 2,000 pods was 2,000 objects for the page to read (and
// throw away) each time, when a handful had changed. The worker sends the pods that differ and the
// order of them all; the page rebuilds the view from its last one, unchanged pods and lists kept
// as the same objects. Both ends apply the deltas in the order they were made (a session's
// requests are answered in order), so they agree on "the last one".
import type { ClusterView, PodView } from '../../engine/index.ts';

export interface ViewDelta {
  readonly preset: string;
  readonly version: string;
  readonly clients: ClusterView['clients'] | null;
  readonly nodes: ClusterView['nodes'] | null;
  readonly services: ClusterView['services'] | null;
  /** Every pod's id in the view's order; null: the same as before. */
  readonly order: readonly string[] | null;
  /** Pods new or different since the last view. */
  readonly pods: readonly PodView[];
}

function podKey(pod: PodView): string {
  return `${pod.namespace}/${pod.name}`;
}

/** The worker's end: what it sent last, and the delta from it to a new view (null: no change). */
export function viewSender(): (view: ClusterView) => ViewDelta | null {
  let clients = '';
  let nodes = '';
  let services = '';
  let order: readonly string[] = [];
  let pods = new Map<string, string>();
  let first = true;
  return (view) => {
    const json = {
      clients: JSON.stringify(view.clients),
      nodes: JSON.stringify(view.nodes),
      services: JSON.stringify(view.services),
    };
    const now = new Map<string, string>();
    const changed: PodView[] = [];
    const ids = view.pods.map((pod) => {
      const key = podKey(pod);
      const text = JSON.stringify(pod);
      now.set(key, text);
      if (pods.get(key) !== text) changed.push(pod);
      return key;
    });
    const sameOrder = ids.length === order.length && ids.every((id, i) => id === order[i]);
    const delta: ViewDelta = {
      preset: view.preset,
      version: view.version,
      clients: first || json.clients !== clients ? view.clients : null,
      nodes: first || json.nodes !== nodes ? view.nodes : null,
      services: first || json.services !== services ? view.services : null,
      order: first || !sameOrder ? ids : null,
      pods: changed,
    };
    const same =
      !first &&
      delta.clients === null &&
      delta.nodes === null &&
      delta.services === null &&
      delta.order === null &&
      changed.length === 0;
    first = false;
    ({ clients, nodes, services } = json);
    order = ids;
    pods = now;
    return same ? null : delta;
  };
}

/** The page's end: the view a delta makes of the last one (null: the last one unchanged). */
export function viewReader(): (delta: ViewDelta | null) => ClusterView {
  let last: ClusterView | null = null;
  let byKey = new Map<string, PodView>();
  return (delta) => {
    if (delta === null) {
      if (last === null) throw new Error('the engine answered no view');
      return last;
    }
    const changed = new Map(delta.pods.map((pod) => [podKey(pod), pod]));
    const order = delta.order ?? last?.pods.map(podKey) ?? [];
    const reused = delta.order === null && changed.size === 0 && last !== null;
    const pods = reused
      ? last!.pods
      : order.map((key) => {
          const pod = changed.get(key) ?? byKey.get(key);
          if (pod === undefined) throw new Error(`the engine's view lost pod ${key}`);
          return pod;
        });
    byKey = new Map(pods.map((pod) => [podKey(pod), pod]));
    last = {
      preset: delta.preset,
      version: delta.version,
      clients: delta.clients ?? last?.clients ?? [],
      nodes: delta.nodes ?? last?.nodes ?? [],
      services: delta.services ?? last?.services ?? [],
      pods,
    };
    return last;
  };
}

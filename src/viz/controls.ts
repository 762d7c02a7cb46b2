// The topology's controls as the shell lines a user would type (cli.md): a node's power switch is
// `lab node down|up NODE`, a pod's delete button `kubectl delete pod NAME`, a Deployment's +/- is
// `kubectl scale deployment NAME --replicas=N`. Also which Deployments the pods in view belong to.
import type { ClusterView, PodView } from '../engine/index.ts';

export type Control =
  | { readonly kind: 'power'; readonly node: string; readonly on: boolean }
  | { readonly kind: 'delete-pod'; readonly namespace: string; readonly name: string }
  | {
      readonly kind: 'scale';
      readonly namespace: string;
      readonly name: string;
      readonly replicas: number;
    };

function namespaced(namespace: string): string {
  return namespace === 'default' ? '' : ` -n ${namespace}`;
}

export function controlCommand(control: Control): string {
  switch (control.kind) {
    case 'power':
      return `lab node ${control.on ? 'up' : 'down'} ${control.node}`;
    case 'delete-pod':
      return `kubectl delete pod ${control.name}${namespaced(control.namespace)}`;
    case 'scale':
      return `kubectl scale deployment ${control.name} --replicas=${Math.max(0, control.replicas)}${namespaced(control.namespace)}`;
  }
}

/** A Control from an element's data-control attributes (the SVG's buttons), or null. */
export function controlOf(element: Element): Control | null {
  const kind = element.getAttribute('data-control');
  if (kind === 'power') {
    const node = element.getAttribute('data-target-node') ?? '';
    return node === '' ? null : { kind, node, on: element.getAttribute('data-turn-on') === 'true' };
  }
  if (kind === 'delete-pod') {
    const [namespace = '', name = ''] = (element.getAttribute('data-target-pod') ?? '').split('/');
    return name === '' ? null : { kind, namespace, name };
  }
  return null;
}

export interface DeploymentGroup {
  readonly namespace: string;
  readonly name: string;
  /** Pods not on their way out: what `--replicas` counts from. */
  readonly replicas: number;
}

/**
 * A Deployment's pods are named DEPLOYMENT-HASH-XXXXX, HASH being their pod-template-hash label
 * (the ReplicaSet is DEPLOYMENT-HASH, its pods get 5 more characters).
 */
export function deploymentOf(pod: PodView): string | null {
  const hash = pod.labels['pod-template-hash'];
  if (hash === undefined) return null;
  // Compared as strings: a RegExp made per pod took 17 ms for 2,000 pods on every redraw.
  const suffix = `-${hash}-`;
  const at = pod.name.length - 5 - suffix.length;
  if (at < 0 || !pod.name.startsWith(suffix, at) || !POD_SUFFIX.test(pod.name.slice(-5)))
    return null;
  return pod.name.slice(0, at);
}

const POD_SUFFIX = /^[a-z0-9]{5}$/;

/** The app (not system) Deployments whose pods are in the view, with their live pod counts. */
export function deploymentsOf(view: ClusterView | null): DeploymentGroup[] {
  const counts = new Map<string, DeploymentGroup>();
  for (const pod of view?.pods ?? []) {
    if (pod.system) continue;
    const name = deploymentOf(pod);
    if (name === null) continue;
    const key = `${pod.namespace}/${name}`;
    const live = pod.phase === 'Terminating' ? 0 : 1;
    const known = counts.get(key);
    counts.set(key, {
      namespace: pod.namespace,
      name,
      replicas: (known?.replicas ?? 0) + live,
    });
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
}

// The API objects the simulator stores, shaped as the real API serves them (core/v1, apps/v1,
// discovery.k8s.io/v1). Only the fields the engine reads are typed; everything is readonly: a
// change makes a new object, so an unchanged object keeps its identity.

import { own } from '../util/own.ts';

export type Json =
  null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };
export type Labels = Readonly<Record<string, string>>;

export interface OwnerReference {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
  readonly controller?: boolean;
  readonly blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  readonly name: string;
  readonly namespace?: string;
  readonly generateName?: string;
  readonly uid: string;
  readonly resourceVersion: string;
  readonly generation?: number;
  readonly creationTimestamp: string;
  readonly labels?: Labels;
  readonly annotations?: Labels;
  readonly ownerReferences?: readonly OwnerReference[];
  /** Set when a graceful deletion starts: the time by which the object must be gone. */
  readonly deletionTimestamp?: string;
  readonly deletionGracePeriodSeconds?: number;
}

export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: ObjectMeta;
  readonly [field: string]: unknown;
}

export interface ContainerPort {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol: string;
}

export interface Container {
  readonly name: string;
  readonly image: string;
  readonly ports?: readonly ContainerPort[];
  readonly [field: string]: unknown;
}

export interface PodSpec {
  readonly containers: readonly Container[];
  readonly nodeName?: string;
  readonly [field: string]: unknown;
}

export interface PodTemplate {
  readonly metadata: {
    readonly labels?: Labels;
    readonly annotations?: Labels;
    readonly [k: string]: unknown;
  };
  readonly spec: PodSpec;
}

export interface Pod extends KubeObject {
  readonly kind: 'Pod';
  readonly spec: PodSpec;
  readonly status: {
    readonly phase: string;
    readonly podIP?: string;
    readonly hostIP?: string;
    readonly [field: string]: unknown;
  };
}

export interface LabelSelector {
  readonly matchLabels?: Labels;
  readonly matchExpressions?: readonly {
    readonly key: string;
    readonly operator: string;
    readonly values?: readonly string[];
  }[];
}

/** What Deployments and ReplicaSets share: a pod template, a selector and a replica count. */
interface ReplicatedWorkload extends KubeObject {
  readonly spec: {
    readonly replicas: number;
    readonly selector: LabelSelector;
    readonly template: PodTemplate;
    readonly [field: string]: unknown;
  };
  readonly status?: Readonly<Record<string, unknown>>;
}

export interface Deployment extends ReplicatedWorkload {
  readonly kind: 'Deployment';
}

export interface ReplicaSet extends ReplicatedWorkload {
  readonly kind: 'ReplicaSet';
}

export interface ServicePort {
  readonly name?: string;
  readonly protocol: string;
  readonly port: number;
  readonly targetPort: number | string;
  readonly nodePort?: number;
  readonly appProtocol?: string;
}

export interface Service extends KubeObject {
  readonly kind: 'Service';
  readonly spec: {
    readonly type: string;
    readonly selector?: Labels;
    readonly ports?: readonly ServicePort[];
    readonly clusterIP?: string;
    readonly clusterIPs?: readonly string[];
    readonly externalIPs?: readonly string[];
    readonly externalTrafficPolicy?: string;
    readonly internalTrafficPolicy?: string;
    readonly sessionAffinity?: string;
    readonly externalName?: string;
    readonly [field: string]: unknown;
  };
  readonly status: { readonly loadBalancer: Readonly<Record<string, unknown>> };
}

export interface Endpoint {
  readonly addresses: readonly string[];
  readonly hostname?: string;
  readonly conditions: {
    readonly ready: boolean;
    readonly serving?: boolean;
    readonly terminating?: boolean;
  };
  readonly nodeName?: string;
  /** discovery.k8s.io/v1beta1 (before v1.21): the node as `kubernetes.io/hostname`. */
  readonly topology?: Readonly<Record<string, string>>;
  readonly targetRef?: {
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
    readonly uid: string;
  };
}

export interface EndpointSlice extends KubeObject {
  readonly kind: 'EndpointSlice';
  readonly addressType: 'IPv4';
  readonly endpoints: readonly Endpoint[] | null;
  readonly ports:
    readonly { readonly name: string; readonly port: number; readonly protocol: string }[] | null;
}

export interface Node extends KubeObject {
  readonly kind: 'Node';
  readonly spec: {
    readonly podCIDR?: string;
    readonly taints?: readonly { key: string; effect: string }[];
  };
  readonly status: Readonly<Record<string, unknown>>;
}

/** The store key of an object: "Kind/namespace/name" (namespace empty for cluster-scoped kinds). */
export function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

export function keyOf(obj: KubeObject): string {
  return objectKey(obj.kind, obj.metadata.namespace, obj.metadata.name);
}

export function selectorMatches(selector: LabelSelector, labels: Labels | undefined): boolean {
  // A label the object has itself: `constructor` is not a label of every object.
  const have = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {}))
    if (own(have, k) !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const value = own(have, e.key);
    const values: readonly string[] = Array.isArray(e.values) ? e.values : [];
    if (e.operator === 'In' && (value === undefined || !values.includes(value))) return false;
    if (e.operator === 'NotIn' && value !== undefined && values.includes(value)) return false;
    if (e.operator === 'Exists' && value === undefined) return false;
    if (e.operator === 'DoesNotExist' && value !== undefined) return false;
  }
  return true;
}

/** A Service's selector is a plain map: every pair must match. */
export function labelsMatch(selector: Labels, labels: Labels | undefined): boolean {
  return selectorMatches({ matchLabels: selector }, labels);
}

// The API schema `kubectl explain` reads: every definition the kinds the lab serves reach, with
// the kubernetes/api descriptions of v1.20.2, release-1.28 and v1.33.0 (the presets' releases), as
// the OpenAPI (swagger) documents of those releases carry them. The data was extracted from the
// generated Kubernetes client models of each release (and kubernetes-types 1.30 for the line
// breaks those models flatten); a few v1.33 descriptions whose line breaks could not be recovered
// are printed as one paragraph. Fields and wordings are exact at minors 20, 28 and 33; for a
// release in between, `since`/`until`/`older` put a change at the next known release (a guess).
// The "Possible enum values" notes of newer servers and kubectl's `enum:` line are not modelled.
import { own } from '../../../util/own.ts';
import { APPS } from './apps.ts';
import { AUTOSCALING } from './autoscaling.ts';
import { BATCH } from './batch.ts';
import type { Definition } from './common.ts';
import { CORE } from './core.ts';
import { DISCOVERY } from './discovery.ts';
import { EXTENSIONS } from './extensions.ts';
import { META } from './meta.ts';
import { NETWORKING } from './networking.ts';
import { RBAC } from './rbac.ts';

export { describedAt, type Definition, type FieldDef } from './common.ts';

export const DEFINITIONS: Readonly<Record<string, Definition>> = {
  ...META,
  ...CORE,
  ...APPS,
  ...BATCH,
  ...DISCOVERY,
  ...NETWORKING,
  ...EXTENSIONS,
  ...RBAC,
  ...AUTOSCALING,
};

/** "apiVersion/Kind" -> the definition `kubectl explain KIND` starts from. */
const KINDS: Readonly<Record<string, string>> = {
  'v1/Pod': 'V1Pod',
  'v1/Service': 'V1Service',
  'v1/Endpoints': 'V1Endpoints',
  'v1/Node': 'V1Node',
  'v1/Namespace': 'V1Namespace',
  'v1/Event': 'CoreV1Event',
  'v1/ConfigMap': 'V1ConfigMap',
  'v1/Secret': 'V1Secret',
  'v1/ServiceAccount': 'V1ServiceAccount',
  'v1/ReplicationController': 'V1ReplicationController',
  'v1/LimitRange': 'V1LimitRange',
  'apps/v1/Deployment': 'V1Deployment',
  'apps/v1/ReplicaSet': 'V1ReplicaSet',
  'apps/v1/DaemonSet': 'V1DaemonSet',
  'apps/v1/StatefulSet': 'V1StatefulSet',
  'batch/v1/Job': 'V1Job',
  'discovery.k8s.io/v1/EndpointSlice': 'V1EndpointSlice',
  'discovery.k8s.io/v1beta1/EndpointSlice': 'V1beta1EndpointSlice',
  'networking.k8s.io/v1/Ingress': 'V1Ingress',
  'networking.k8s.io/v1beta1/Ingress': 'NetworkingV1beta1Ingress',
  'extensions/v1beta1/Ingress': 'ExtensionsV1beta1Ingress',
  'networking.k8s.io/v1/IngressClass': 'V1IngressClass',
  'rbac.authorization.k8s.io/v1/Role': 'V1Role',
  'rbac.authorization.k8s.io/v1/ClusterRole': 'V1ClusterRole',
  'rbac.authorization.k8s.io/v1/RoleBinding': 'V1RoleBinding',
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': 'V1ClusterRoleBinding',
  'autoscaling/v1/HorizontalPodAutoscaler': 'V1HorizontalPodAutoscaler',
  'autoscaling/v2/HorizontalPodAutoscaler': 'V2HorizontalPodAutoscaler',
  'autoscaling/v2beta2/HorizontalPodAutoscaler': 'V2beta2HorizontalPodAutoscaler',
};

/** The definition of a kind in one apiVersion ("apps/v1", "v1"), if the lab has it. */
export function definitionOf(apiVersion: string, kind: string): Definition | undefined {
  const name = own(KINDS, `${apiVersion}/${kind}`);
  return name === undefined ? undefined : own(DEFINITIONS, name);
}

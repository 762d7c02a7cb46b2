// Go struct field order of the typed objects kubectl prints with -o json when it holds them typed
// (create, run, expose, set image): encoding/json writes struct fields in declaration order and map
// keys sorted. Field lists follow k8s.io/api core/v1, apps/v1 and meta/v1 types.go.
import { own } from '../../util/own.ts';

/** A struct: its fields in order, each with the struct (or map) type of its value, if any. */
type Struct = readonly (readonly [string, string?])[];

const MAP = 'map';

const STRUCTS: Readonly<Record<string, Struct>> = {
  ObjectMeta: [
    ['name'],
    ['generateName'],
    ['namespace'],
    ['selfLink'],
    ['uid'],
    ['resourceVersion'],
    ['generation'],
    ['creationTimestamp'],
    ['deletionTimestamp'],
    ['deletionGracePeriodSeconds'],
    ['labels', MAP],
    ['annotations', MAP],
    ['ownerReferences', 'OwnerReference'],
    ['finalizers'],
    ['managedFields'],
  ],
  OwnerReference: [
    ['apiVersion'],
    ['kind'],
    ['name'],
    ['uid'],
    ['controller'],
    ['blockOwnerDeletion'],
  ],
  LabelSelector: [['matchLabels', MAP], ['matchExpressions']],
  Deployment: [
    ['kind'],
    ['apiVersion'],
    ['metadata', 'ObjectMeta'],
    ['spec', 'DeploymentSpec'],
    ['status', 'DeploymentStatus'],
  ],
  DeploymentSpec: [
    ['replicas'],
    ['selector', 'LabelSelector'],
    ['template', 'PodTemplateSpec'],
    ['strategy', 'DeploymentStrategy'],
    ['minReadySeconds'],
    ['revisionHistoryLimit'],
    ['paused'],
    ['progressDeadlineSeconds'],
  ],
  DeploymentStrategy: [['type'], ['rollingUpdate', 'RollingUpdateDeployment']],
  RollingUpdateDeployment: [['maxUnavailable'], ['maxSurge']],
  DeploymentStatus: [
    ['observedGeneration'],
    ['replicas'],
    ['updatedReplicas'],
    ['readyReplicas'],
    ['availableReplicas'],
    ['unavailableReplicas'],
    ['terminatingReplicas'],
    ['conditions', 'DeploymentCondition'],
    ['collisionCount'],
  ],
  DeploymentCondition: [
    ['type'],
    ['status'],
    ['lastUpdateTime'],
    ['lastTransitionTime'],
    ['reason'],
    ['message'],
  ],
  PodTemplateSpec: [
    ['metadata', 'ObjectMeta'],
    ['spec', 'PodSpec'],
  ],
  Pod: [
    ['kind'],
    ['apiVersion'],
    ['metadata', 'ObjectMeta'],
    ['spec', 'PodSpec'],
    ['status', 'PodStatus'],
  ],
  PodSpec: [
    ['volumes'],
    ['initContainers', 'Container'],
    ['containers', 'Container'],
    ['ephemeralContainers'],
    ['restartPolicy'],
    ['terminationGracePeriodSeconds'],
    ['activeDeadlineSeconds'],
    ['dnsPolicy'],
    ['nodeSelector', MAP],
    ['serviceAccountName'],
    ['serviceAccount'],
    ['automountServiceAccountToken'],
    ['nodeName'],
    ['hostNetwork'],
    ['hostPID'],
    ['hostIPC'],
    ['shareProcessNamespace'],
    ['securityContext'],
    ['imagePullSecrets'],
    ['hostname'],
    ['subdomain'],
    ['affinity'],
    ['schedulerName'],
    ['tolerations', 'Toleration'],
    ['hostAliases'],
    ['priorityClassName'],
    ['priority'],
    ['dnsConfig'],
    ['readinessGates'],
    ['runtimeClassName'],
    ['enableServiceLinks'],
    ['preemptionPolicy'],
    ['overhead', MAP],
    ['topologySpreadConstraints'],
    ['setHostnameAsFQDN'],
    ['os'],
    ['hostUsers'],
    ['schedulingGates'],
    ['resourceClaims'],
    ['resources'],
  ],
  Toleration: [['key'], ['operator'], ['value'], ['effect'], ['tolerationSeconds']],
  Container: [
    ['name'],
    ['image'],
    ['command'],
    ['args'],
    ['workingDir'],
    ['ports', 'ContainerPort'],
    ['envFrom'],
    ['env', 'EnvVar'],
    ['resources', 'ResourceRequirements'],
    ['resizePolicy'],
    ['restartPolicy'],
    ['volumeMounts', 'VolumeMount'],
    ['volumeDevices'],
    ['livenessProbe', 'Probe'],
    ['readinessProbe', 'Probe'],
    ['startupProbe', 'Probe'],
    ['lifecycle'],
    ['terminationMessagePath'],
    ['terminationMessagePolicy'],
    ['imagePullPolicy'],
    ['securityContext'],
    ['stdin'],
    ['stdinOnce'],
    ['tty'],
  ],
  ContainerPort: [['name'], ['hostPort'], ['containerPort'], ['protocol'], ['hostIP']],
  EnvVar: [['name'], ['value'], ['valueFrom']],
  ResourceRequirements: [['limits', MAP], ['requests', MAP], ['claims']],
  VolumeMount: [
    ['name'],
    ['readOnly'],
    ['recursiveReadOnly'],
    ['mountPath'],
    ['subPath'],
    ['mountPropagation'],
    ['subPathExpr'],
  ],
  Probe: [
    ['exec'],
    ['httpGet', 'HTTPGetAction'],
    ['tcpSocket'],
    ['grpc'],
    ['initialDelaySeconds'],
    ['timeoutSeconds'],
    ['periodSeconds'],
    ['successThreshold'],
    ['failureThreshold'],
    ['terminationGracePeriodSeconds'],
  ],
  HTTPGetAction: [['path'], ['port'], ['host'], ['scheme'], ['httpHeaders']],
  PodStatus: [
    ['phase'],
    ['conditions', 'PodCondition'],
    ['message'],
    ['reason'],
    ['nominatedNodeName'],
    ['hostIP'],
    ['hostIPs'],
    ['podIP'],
    ['podIPs'],
    ['startTime'],
    ['initContainerStatuses'],
    ['containerStatuses'],
    ['qosClass'],
    ['ephemeralContainerStatuses'],
    ['resize'],
  ],
  PodCondition: [
    ['type'],
    ['status'],
    ['lastProbeTime'],
    ['lastTransitionTime'],
    ['reason'],
    ['message'],
  ],
  Service: [
    ['kind'],
    ['apiVersion'],
    ['metadata', 'ObjectMeta'],
    ['spec', 'ServiceSpec'],
    ['status', 'ServiceStatus'],
  ],
  ServiceSpec: [
    ['ports', 'ServicePort'],
    ['selector', MAP],
    ['clusterIP'],
    ['clusterIPs'],
    ['type'],
    ['externalIPs'],
    ['sessionAffinity'],
    ['loadBalancerIP'],
    ['loadBalancerSourceRanges'],
    ['externalName'],
    ['externalTrafficPolicy'],
    ['healthCheckNodePort'],
    ['publishNotReadyAddresses'],
    ['sessionAffinityConfig'],
    ['ipFamilies'],
    ['ipFamilyPolicy'],
    ['allocateLoadBalancerNodePorts'],
    ['loadBalancerClass'],
    ['internalTrafficPolicy'],
    ['trafficDistribution'],
  ],
  ServicePort: [['name'], ['protocol'], ['appProtocol'], ['port'], ['targetPort'], ['nodePort']],
  ServiceStatus: [['loadBalancer', 'LoadBalancerStatus'], ['conditions']],
  LoadBalancerStatus: [['ingress', 'LoadBalancerIngress']],
  LoadBalancerIngress: [['ip'], ['hostname'], ['ipMode'], ['ports']],
  Namespace: [
    ['kind'],
    ['apiVersion'],
    ['metadata', 'ObjectMeta'],
    ['spec', 'NamespaceSpec'],
    ['status', 'NamespaceStatus'],
  ],
  NamespaceSpec: [['finalizers']],
  NamespaceStatus: [['phase'], ['conditions']],
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (isObj(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sorted(v[k])]),
    );
  return v;
}

/**
 * Fields encoding/json writes even when empty: non-pointer structs (omitempty does not apply to
 * them), and metav1.Time, whose zero value is written as null. (From v1.34 a zero creationTimestamp
 * is omitted instead, kubernetes/kubernetes#130989; every preset here is v1.33 or older.)
 */
const ALWAYS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ObjectMeta: { creationTimestamp: null },
  Deployment: { metadata: {}, spec: {}, status: {} },
  DeploymentSpec: { template: {}, strategy: {} },
  PodTemplateSpec: { metadata: {}, spec: {} },
  Container: { resources: {} },
  Pod: { metadata: {}, spec: {}, status: {} },
  Service: { metadata: {}, spec: {}, status: {} },
  ServiceStatus: { loadBalancer: {} },
  Namespace: { metadata: {}, spec: {}, status: {} },
};

function order(v: unknown, type: string | undefined): unknown {
  if (Array.isArray(v)) return v.map((x) => order(x, type));
  if (!isObj(v)) return v;
  const struct = type === undefined || type === MAP ? undefined : own(STRUCTS, type);
  // A map, or a struct this table does not describe: encoding/json order of a map (sorted keys).
  if (!struct) return sorted(v);
  const out: Obj = {};
  const always = ALWAYS[type!] ?? {};
  for (const [field, child] of struct) {
    if (field in v) out[field] = order(v[field], child);
    else if (field in always) out[field] = order(always[field], child);
  }
  for (const k of Object.keys(v).sort()) if (!(k in out)) out[k] = sorted(v[k]);
  return out;
}

/** The object with its keys in the order kubectl's typed object prints them in -o json. */
export function goOrder(obj: unknown): unknown {
  const kind = isObj(obj) && typeof obj.kind === 'string' ? obj.kind : undefined;
  return order(obj, kind && own(STRUCTS, kind) ? kind : undefined);
}

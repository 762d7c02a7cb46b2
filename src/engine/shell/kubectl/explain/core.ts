// kubectl explain's schema for the core/v1 kinds (Pod, Service, Endpoints, Node, Namespace, Event, ConfigMap, Secret, ServiceAccount, ReplicationController, LimitRange) and what they reference: one entry per definition, one row per field.
// Generated from the OpenAPI (swagger) descriptions of v1.20.2, release-1.28 and v1.33.0 as the
// Kubernetes client models carry them; see schemas.ts for what the rows mean.
import { API_VERSION, KIND } from './common.ts';
import type { Definition } from './common.ts';

export const CORE: Readonly<Record<string, Definition>> = {
  V1Pod: {
    name: 'Pod',
    description:
      'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      spec: {
        type: 'PodSpec',
        ref: 'V1PodSpec',
        description:
          'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
      status: {
        type: 'PodStatus',
        ref: 'V1PodStatus',
        description:
          'Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1PodSpec: {
    name: 'PodSpec',
    description: 'PodSpec is a description of a pod.',
    fields: {
      activeDeadlineSeconds: {
        type: 'integer',
        description:
          'Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.',
      },
      affinity: {
        type: 'Affinity',
        ref: 'V1Affinity',
        description: "If specified, the pod's scheduling constraints",
      },
      automountServiceAccountToken: {
        type: 'boolean',
        description:
          'AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.',
      },
      containers: {
        type: '[]Container',
        ref: 'V1Container',
        required: true,
        description:
          'List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.',
      },
      dnsConfig: {
        type: 'PodDNSConfig',
        ref: 'V1PodDNSConfig',
        description:
          'Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy.',
      },
      dnsPolicy: {
        type: 'string',
        description:
          "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.",
      },
      enableServiceLinks: {
        type: 'boolean',
        description:
          "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true.",
      },
      ephemeralContainers: {
        type: '[]EphemeralContainer',
        ref: 'V1EphemeralContainer',
        description:
          "List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource.",
        older: {
          20: "List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource. This field is alpha-level and is only honored by servers that enable the EphemeralContainers feature.",
        },
      },
      hostAliases: {
        type: '[]HostAlias',
        ref: 'V1HostAlias',
        description:
          "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified.",
        older: {
          28: "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified. This is only valid for non-hostNetwork pods.",
        },
      },
      hostIPC: {
        type: 'boolean',
        description: "Use the host's ipc namespace. Optional: Default to false.",
      },
      hostNetwork: {
        type: 'boolean',
        description:
          "Host networking requested for this pod. Use the host's network namespace. If this option is set, the ports that will be used must be specified. Default to false.",
      },
      hostPID: {
        type: 'boolean',
        description: "Use the host's pid namespace. Optional: Default to false.",
      },
      hostUsers: {
        type: 'boolean',
        since: 21,
        description:
          "Use the host's user namespace. Optional: Default to true. If set to true or not present, the pod will be run in the host user namespace, useful for when the pod needs a feature only available to the host user namespace, such as loading a kernel module with CAP_SYS_MODULE. When set to false, a new userns is created for the pod. Setting false is useful for mitigating container breakout vulnerabilities even allowing users to run their containers as root without actually having root privileges on the host. This field is alpha-level and is only honored by servers that enable the UserNamespacesSupport feature.",
      },
      hostname: {
        type: 'string',
        description:
          "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value.",
      },
      imagePullSecrets: {
        type: '[]LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description:
          'ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod',
        older: {
          20: 'ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. For example, in the case of docker, only DockerConfig type secrets are honored. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod',
        },
      },
      initContainers: {
        type: '[]Container',
        ref: 'V1Container',
        description:
          'List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
        older: {
          28: 'List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
        },
      },
      nodeName: {
        type: 'string',
        description:
          'NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename',
        older: {
          28: 'NodeName is a request to schedule this pod onto a specific node. If it is non-empty, the scheduler simply schedules this pod onto that node, assuming that it fits resource requirements.',
        },
      },
      nodeSelector: {
        type: 'map[string]string',
        description:
          "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
      },
      os: {
        type: 'PodOS',
        ref: 'V1PodOS',
        since: 21,
        description:
          'Specifies the OS of the containers in the pod. Some pod and container fields are restricted if this is set.\n\nIf the OS field is set to linux, the following fields must be unset: -securityContext.windowsOptions\n\nIf the OS field is set to windows, following fields must be unset: - spec.hostPID - spec.hostIPC - spec.hostUsers - spec.securityContext.appArmorProfile - spec.securityContext.seLinuxOptions - spec.securityContext.seccompProfile - spec.securityContext.fsGroup - spec.securityContext.fsGroupChangePolicy - spec.securityContext.sysctls - spec.shareProcessNamespace - spec.securityContext.runAsUser - spec.securityContext.runAsGroup - spec.securityContext.supplementalGroups - spec.containers[*].securityContext.appArmorProfile - spec.containers[*].securityContext.seLinuxOptions - spec.containers[*].securityContext.seccompProfile - spec.containers[*].securityContext.capabilities - spec.containers[*].securityContext.readOnlyRootFilesystem - spec.containers[*].securityContext.privileged - spec.containers[*].securityContext.allowPrivilegeEscalation - spec.containers[*].securityContext.procMount - spec.containers[*].securityContext.runAsUser - spec.containers[*].securityContext.runAsGroup',
        older: {
          28: 'Specifies the OS of the containers in the pod. Some pod and container fields are restricted if this is set.\n\nIf the OS field is set to linux, the following fields must be unset: -securityContext.windowsOptions\n\nIf the OS field is set to windows, following fields must be unset: - spec.hostPID - spec.hostIPC - spec.hostUsers - spec.securityContext.seLinuxOptions - spec.securityContext.seccompProfile - spec.securityContext.fsGroup - spec.securityContext.fsGroupChangePolicy - spec.securityContext.sysctls - spec.shareProcessNamespace - spec.securityContext.runAsUser - spec.securityContext.runAsGroup - spec.securityContext.supplementalGroups - spec.containers[*].securityContext.seLinuxOptions - spec.containers[*].securityContext.seccompProfile - spec.containers[*].securityContext.capabilities - spec.containers[*].securityContext.readOnlyRootFilesystem - spec.containers[*].securityContext.privileged - spec.containers[*].securityContext.allowPrivilegeEscalation - spec.containers[*].securityContext.procMount - spec.containers[*].securityContext.runAsUser - spec.containers[*].securityContext.runAsGroup',
        },
      },
      overhead: {
        type: 'map[string]string',
        description:
          'Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md',
        older: {
          20: 'Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/20190226-pod-overhead.md This field is alpha-level as of Kubernetes v1.16, and is only honored by servers that enable the PodOverhead feature.',
        },
      },
      preemptionPolicy: {
        type: 'string',
        description:
          'PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset.',
        older: {
          20: 'PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset. This field is beta-level, gated by the NonPreemptingPriority feature-gate.',
        },
      },
      priority: {
        type: 'integer',
        description:
          'The priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority.',
      },
      priorityClassName: {
        type: 'string',
        description:
          'If specified, indicates the pod\'s priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default.',
      },
      readinessGates: {
        type: '[]PodReadinessGate',
        ref: 'V1PodReadinessGate',
        description:
          'If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to "True" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates',
        older: {
          20: 'If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to "True" More info: https://git.k8s.io/enhancements/keps/sig-network/0007-pod-ready%2B%2B.md',
        },
      },
      resourceClaims: {
        type: '[]PodResourceClaim',
        ref: 'V1PodResourceClaim',
        since: 21,
        description:
          'ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start. The resources will be made available to those containers which consume them by name.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable.',
      },
      resources: {
        type: 'ResourceRequirements',
        ref: 'V1ResourceRequirements',
        since: 29,
        description: '',
      },
      restartPolicy: {
        type: 'string',
        description:
          'Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
        older: {
          20: 'Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
        },
      },
      runtimeClassName: {
        type: 'string',
        description:
          'RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the "legacy" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class',
        older: {
          20: 'RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the "legacy" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/runtime-class.md This is a beta feature as of Kubernetes v1.14.',
        },
      },
      schedulerName: {
        type: 'string',
        description:
          'If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler.',
      },
      schedulingGates: {
        type: '[]PodSchedulingGate',
        ref: 'V1PodSchedulingGate',
        since: 21,
        description:
          'SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.\n\nSchedulingGates can only be set at pod creation time, and be removed only afterwards.',
        older: {
          28: 'SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.\n\nSchedulingGates can only be set at pod creation time, and be removed only afterwards.  This is a beta feature enabled by the PodSchedulingReadiness feature gate.',
        },
      },
      securityContext: {
        type: 'PodSecurityContext',
        ref: 'V1PodSecurityContext',
        description:
          'SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.',
      },
      serviceAccount: {
        type: 'string',
        description:
          'DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.',
        older: {
          28: 'DeprecatedServiceAccount is a depreciated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.',
        },
      },
      serviceAccountName: {
        type: 'string',
        description:
          'ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
      },
      setHostnameAsFQDN: {
        type: 'boolean',
        description:
          "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\\\SYSTEM\\\\CurrentControlSet\\\\Services\\\\Tcpip\\\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false.",
        older: {
          28: "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false.",
        },
      },
      shareProcessNamespace: {
        type: 'boolean',
        description:
          'Share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be set. Optional: Default to false.',
      },
      subdomain: {
        type: 'string',
        description:
          'If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>". If not specified, the pod will not have a domainname at all.',
      },
      terminationGracePeriodSeconds: {
        type: 'integer',
        description:
          'Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds.',
        older: {
          20: 'Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds.',
        },
      },
      tolerations: {
        type: '[]Toleration',
        ref: 'V1Toleration',
        description: "If specified, the pod's tolerations.",
      },
      topologySpreadConstraints: {
        type: '[]TopologySpreadConstraint',
        ref: 'V1TopologySpreadConstraint',
        description:
          'TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed.',
      },
      volumes: {
        type: '[]Volume',
        ref: 'V1Volume',
        description:
          'List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes',
      },
    },
  },
  V1Affinity: {
    name: 'Affinity',
    description: 'Affinity is a group of affinity scheduling rules.',
    fields: {
      nodeAffinity: {
        type: 'NodeAffinity',
        ref: 'V1NodeAffinity',
        description: 'Describes node affinity scheduling rules for the pod.',
      },
      podAffinity: {
        type: 'PodAffinity',
        ref: 'V1PodAffinity',
        description:
          'Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).',
      },
      podAntiAffinity: {
        type: 'PodAntiAffinity',
        ref: 'V1PodAntiAffinity',
        description:
          'Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).',
      },
    },
  },
  V1NodeAffinity: {
    name: 'NodeAffinity',
    description: 'Node affinity is a group of node affinity scheduling rules.',
    fields: {
      preferredDuringSchedulingIgnoredDuringExecution: {
        type: '[]PreferredSchedulingTerm',
        ref: 'V1PreferredSchedulingTerm',
        description:
          'The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.',
      },
      requiredDuringSchedulingIgnoredDuringExecution: {
        type: 'NodeSelector',
        ref: 'V1NodeSelector',
        description:
          'If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to an update), the system may or may not try to eventually evict the pod from its node.',
      },
    },
  },
  V1PreferredSchedulingTerm: {
    name: 'PreferredSchedulingTerm',
    description:
      "An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).",
    fields: {
      preference: {
        type: 'NodeSelectorTerm',
        ref: 'V1NodeSelectorTerm',
        required: true,
        description: 'A node selector term, associated with the corresponding weight.',
      },
      weight: {
        type: 'integer',
        required: true,
        description:
          'Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.',
      },
    },
  },
  V1NodeSelectorTerm: {
    name: 'NodeSelectorTerm',
    description:
      'A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.',
    fields: {
      matchExpressions: {
        type: '[]NodeSelectorRequirement',
        ref: 'V1NodeSelectorRequirement',
        description: "A list of node selector requirements by node's labels.",
      },
      matchFields: {
        type: '[]NodeSelectorRequirement',
        ref: 'V1NodeSelectorRequirement',
        description: "A list of node selector requirements by node's fields.",
      },
    },
  },
  V1NodeSelectorRequirement: {
    name: 'NodeSelectorRequirement',
    description:
      'A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.',
    fields: {
      key: {
        type: 'string',
        required: true,
        description: 'The label key that the selector applies to.',
      },
      operator: {
        type: 'string',
        required: true,
        description:
          "Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.",
      },
      values: {
        type: '[]string',
        description:
          'An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. If the operator is Gt or Lt, the values array must have a single element, which will be interpreted as an integer. This array is replaced during a strategic merge patch.',
      },
    },
  },
  V1NodeSelector: {
    name: 'NodeSelector',
    description:
      'A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.',
    fields: {
      nodeSelectorTerms: {
        type: '[]NodeSelectorTerm',
        ref: 'V1NodeSelectorTerm',
        required: true,
        description: 'Required. A list of node selector terms. The terms are ORed.',
      },
    },
  },
  V1PodAffinity: {
    name: 'PodAffinity',
    description: 'Pod affinity is a group of inter pod affinity scheduling rules.',
    fields: {
      preferredDuringSchedulingIgnoredDuringExecution: {
        type: '[]WeightedPodAffinityTerm',
        ref: 'V1WeightedPodAffinityTerm',
        description:
          'The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.',
      },
      requiredDuringSchedulingIgnoredDuringExecution: {
        type: '[]PodAffinityTerm',
        ref: 'V1PodAffinityTerm',
        description:
          'If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.',
      },
    },
  },
  V1WeightedPodAffinityTerm: {
    name: 'WeightedPodAffinityTerm',
    description:
      'The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)',
    fields: {
      podAffinityTerm: {
        type: 'PodAffinityTerm',
        ref: 'V1PodAffinityTerm',
        required: true,
        description: 'Required. A pod affinity term, associated with the corresponding weight.',
      },
      weight: {
        type: 'integer',
        required: true,
        description:
          'weight associated with matching the corresponding podAffinityTerm, in the range 1-100.',
      },
    },
  },
  V1PodAffinityTerm: {
    name: 'PodAffinityTerm',
    description:
      'Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that this pod should be co-located (affinity) or not co-located (anti-affinity) with, where co-located is defined as running on a node whose value of the label with key <topologyKey> matches that of any node on which a pod of the set of pods is running',
    fields: {
      labelSelector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        description:
          "A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm matches with no Pods.",
        older: { 20: 'A label query over a set of resources, in this case pods.' },
      },
      matchLabelKeys: {
        type: '[]string',
        since: 29,
        description:
          "MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.",
      },
      mismatchLabelKeys: {
        type: '[]string',
        since: 29,
        description:
          "MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.",
      },
      namespaceSelector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        since: 21,
        description:
          'A label query over the set of namespaces that the term applies to. The term is applied to the union of the namespaces selected by this field and the ones listed in the namespaces field. null selector and null or empty namespaces list means "this pod\'s namespace". An empty selector ({}) matches all namespaces.',
      },
      namespaces: {
        type: '[]string',
        description:
          'namespaces specifies a static list of namespace names that the term applies to. The term is applied to the union of the namespaces listed in this field and the ones selected by namespaceSelector. null or empty namespaces list and null namespaceSelector means "this pod\'s namespace".',
        older: {
          20: 'namespaces specifies which namespaces the labelSelector applies to (matches against); null or empty list means "this pod\'s namespace"',
        },
      },
      topologyKey: {
        type: 'string',
        required: true,
        description:
          'This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed.',
      },
    },
  },
  V1PodAntiAffinity: {
    name: 'PodAntiAffinity',
    description: 'Pod anti affinity is a group of inter pod anti affinity scheduling rules.',
    fields: {
      preferredDuringSchedulingIgnoredDuringExecution: {
        type: '[]WeightedPodAffinityTerm',
        ref: 'V1WeightedPodAffinityTerm',
        description:
          'The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.',
      },
      requiredDuringSchedulingIgnoredDuringExecution: {
        type: '[]PodAffinityTerm',
        ref: 'V1PodAffinityTerm',
        description:
          'If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.',
      },
    },
  },
  V1Container: {
    name: 'Container',
    description: 'A single application container that you want to run within a pod.',
    fields: {
      args: {
        type: '[]string',
        description:
          'Arguments to the entrypoint. The container image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
        older: {
          20: "Arguments to the entrypoint. The docker image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. The $(VAR_NAME) syntax can be escaped with a double $$, ie: $$(VAR_NAME). Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
        },
      },
      command: {
        type: '[]string',
        description:
          'Entrypoint array. Not executed within a shell. The container image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
        older: {
          20: "Entrypoint array. Not executed within a shell. The docker image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. The $(VAR_NAME) syntax can be escaped with a double $$, ie: $$(VAR_NAME). Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
        },
      },
      env: {
        type: '[]EnvVar',
        ref: 'V1EnvVar',
        description: 'List of environment variables to set in the container. Cannot be updated.',
      },
      envFrom: {
        type: '[]EnvFromSource',
        ref: 'V1EnvFromSource',
        description:
          'List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.',
      },
      image: {
        type: 'string',
        description:
          'Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.',
        older: {
          20: 'Docker image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.',
        },
      },
      imagePullPolicy: {
        type: 'string',
        description:
          'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images',
      },
      lifecycle: {
        type: 'Lifecycle',
        ref: 'V1Lifecycle',
        description:
          'Actions that the management system should take in response to container lifecycle events. Cannot be updated.',
      },
      livenessProbe: {
        type: 'Probe',
        ref: 'V1Probe',
        description:
          'Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes',
      },
      name: {
        type: 'string',
        required: true,
        description:
          'Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.',
      },
      ports: {
        type: '[]ContainerPort',
        ref: 'V1ContainerPort',
        description:
          'List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.',
        older: {
          20: 'List of ports to expose from the container. Exposing a port here gives the system additional information about the network connections a container uses, but is primarily informational. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Cannot be updated.',
        },
      },
      readinessProbe: {
        type: 'Probe',
        ref: 'V1Probe',
        description:
          'Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes',
      },
      resizePolicy: {
        type: '[]ContainerResizePolicy',
        ref: 'V1ContainerResizePolicy',
        since: 21,
        description: 'Resources resize policy for the container.',
      },
      resources: {
        type: 'ResourceRequirements',
        ref: 'V1ResourceRequirements',
        description:
          'Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      },
      restartPolicy: {
        type: 'string',
        since: 21,
        description:
          'RestartPolicy defines the restart behavior of individual containers in a pod. This field may only be set for init containers, and the only allowed value is "Always". For non-init containers or when this field is not specified, the restart behavior is defined by the Pod\'s restart policy and the container type. Setting the RestartPolicy as "Always" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy "Always" will be shut down. This lifecycle differs from normal init containers and is often referred to as a "sidecar" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.',
      },
      securityContext: {
        type: 'SecurityContext',
        ref: 'V1SecurityContext',
        description:
          'SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
        older: {
          20: 'Security options the pod should run with. More info: https://kubernetes.io/docs/concepts/policy/security-context/ More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
        },
      },
      startupProbe: {
        type: 'Probe',
        ref: 'V1Probe',
        description:
          "StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes",
      },
      stdin: {
        type: 'boolean',
        description:
          'Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.',
      },
      stdinOnce: {
        type: 'boolean',
        description:
          'Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false',
      },
      terminationMessagePath: {
        type: 'string',
        description:
          "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.",
      },
      terminationMessagePolicy: {
        type: 'string',
        description:
          'Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.',
      },
      tty: {
        type: 'boolean',
        description:
          "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.",
      },
      volumeDevices: {
        type: '[]VolumeDevice',
        ref: 'V1VolumeDevice',
        description: 'volumeDevices is the list of block devices to be used by the container.',
      },
      volumeMounts: {
        type: '[]VolumeMount',
        ref: 'V1VolumeMount',
        description: "Pod volumes to mount into the container's filesystem. Cannot be updated.",
      },
      workingDir: {
        type: 'string',
        description:
          "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.",
      },
    },
  },
  V1EnvVar: {
    name: 'EnvVar',
    description: 'EnvVar represents an environment variable present in a Container.',
    fields: {
      name: {
        type: 'string',
        required: true,
        description: 'Name of the environment variable. Must be a C_IDENTIFIER.',
      },
      value: {
        type: 'string',
        description:
          'Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "".',
        older: {
          20: 'Variable references $(VAR_NAME) are expanded using the previous defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. The $(VAR_NAME) syntax can be escaped with a double $$, ie: $$(VAR_NAME). Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "".',
        },
      },
      valueFrom: {
        type: 'EnvVarSource',
        ref: 'V1EnvVarSource',
        description:
          "Source for the environment variable's value. Cannot be used if value is not empty.",
      },
    },
  },
  V1EnvVarSource: {
    name: 'EnvVarSource',
    description: 'EnvVarSource represents a source for the value of an EnvVar.',
    fields: {
      configMapKeyRef: {
        type: 'ConfigMapKeySelector',
        ref: 'V1ConfigMapKeySelector',
        description: 'Selects a key of a ConfigMap.',
      },
      fieldRef: {
        type: 'ObjectFieldSelector',
        ref: 'V1ObjectFieldSelector',
        description:
          "Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.",
      },
      resourceFieldRef: {
        type: 'ResourceFieldSelector',
        ref: 'V1ResourceFieldSelector',
        description:
          'Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.',
      },
      secretKeyRef: {
        type: 'SecretKeySelector',
        ref: 'V1SecretKeySelector',
        description: "Selects a key of a secret in the pod's namespace",
      },
    },
  },
  V1ConfigMapKeySelector: {
    name: 'ConfigMapKeySelector',
    description: 'Selects a key from a ConfigMap.',
    fields: {
      key: { type: 'string', required: true, description: 'The key to select.' },
      name: {
        type: 'string',
        description:
          'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          28: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        },
      },
      optional: {
        type: 'boolean',
        description: 'Specify whether the ConfigMap or its key must be defined',
      },
    },
  },
  V1ObjectFieldSelector: {
    name: 'ObjectFieldSelector',
    description: 'ObjectFieldSelector selects an APIVersioned field of an object.',
    fields: {
      apiVersion: {
        type: 'string',
        description:
          'Version of the schema the FieldPath is written in terms of, defaults to "v1".',
      },
      fieldPath: {
        type: 'string',
        required: true,
        description: 'Path of the field to select in the specified API version.',
      },
    },
  },
  V1ResourceFieldSelector: {
    name: 'ResourceFieldSelector',
    description:
      'ResourceFieldSelector represents container resources (cpu, memory) and their output format',
    fields: {
      containerName: {
        type: 'string',
        description: 'Container name: required for volumes, optional for env vars',
      },
      divisor: {
        type: 'Quantity',
        description: 'Specifies the output format of the exposed resources, defaults to "1"',
      },
      resource: { type: 'string', required: true, description: 'Required: resource to select' },
    },
  },
  V1SecretKeySelector: {
    name: 'SecretKeySelector',
    description: 'SecretKeySelector selects a key of a Secret.',
    fields: {
      key: {
        type: 'string',
        required: true,
        description: 'The key of the secret to select from.  Must be a valid secret key.',
      },
      name: {
        type: 'string',
        description:
          'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          28: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        },
      },
      optional: {
        type: 'boolean',
        description: 'Specify whether the Secret or its key must be defined',
      },
    },
  },
  V1EnvFromSource: {
    name: 'EnvFromSource',
    description: 'EnvFromSource represents the source of a set of ConfigMaps or Secrets',
    older: { 28: 'EnvFromSource represents the source of a set of ConfigMaps' },
    fields: {
      configMapRef: {
        type: 'ConfigMapEnvSource',
        ref: 'V1ConfigMapEnvSource',
        description: 'The ConfigMap to select from',
      },
      prefix: {
        type: 'string',
        description:
          'Optional text to prepend to the name of each environment variable. Must be a C_IDENTIFIER.',
        older: {
          28: 'An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.',
        },
      },
      secretRef: {
        type: 'SecretEnvSource',
        ref: 'V1SecretEnvSource',
        description: 'The Secret to select from',
      },
    },
  },
  V1ConfigMapEnvSource: {
    name: 'ConfigMapEnvSource',
    description:
      "ConfigMapEnvSource selects a ConfigMap to populate the environment variables with.\n\nThe contents of the target ConfigMap's Data field will represent the key-value pairs as environment variables.",
    fields: {
      name: {
        type: 'string',
        description:
          'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          28: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        },
      },
      optional: { type: 'boolean', description: 'Specify whether the ConfigMap must be defined' },
    },
  },
  V1SecretEnvSource: {
    name: 'SecretEnvSource',
    description:
      "SecretEnvSource selects a Secret to populate the environment variables with.\n\nThe contents of the target Secret's Data field will represent the key-value pairs as environment variables.",
    fields: {
      name: {
        type: 'string',
        description:
          'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          28: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        },
      },
      optional: { type: 'boolean', description: 'Specify whether the Secret must be defined' },
    },
  },
  V1Lifecycle: {
    name: 'Lifecycle',
    description:
      'Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.',
    fields: {
      postStart: {
        type: 'LifecycleHandler',
        ref: 'V1LifecycleHandler',
        description:
          'PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks',
      },
      preStop: {
        type: 'LifecycleHandler',
        ref: 'V1LifecycleHandler',
        description:
          "PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod's termination grace period countdown begins before the PreStop hook is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod's termination grace period (unless delayed by finalizers). Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks",
        older: {
          20: "PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The reason for termination is passed to the handler. The Pod's termination grace period countdown begins before the PreStop hooked is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod's termination grace period. Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks",
        },
      },
      stopSignal: {
        type: 'string',
        since: 29,
        description:
          'StopSignal defines which signal will be sent to a container when it is being stopped. If not specified, the default is defined by the container runtime in use. StopSignal can only be set for Pods with a non-empty .spec.os.name',
      },
    },
  },
  V1LifecycleHandler: {
    name: 'LifecycleHandler',
    minors: [28, 33],
    description:
      'LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.',
    fields: {
      exec: {
        type: 'ExecAction',
        ref: 'V1ExecAction',
        since: 21,
        description: 'Exec specifies the action to take.',
      },
      httpGet: {
        type: 'HTTPGetAction',
        ref: 'V1HTTPGetAction',
        since: 21,
        description: 'HTTPGet specifies the http request to perform.',
      },
      sleep: {
        type: 'SleepAction',
        ref: 'V1SleepAction',
        since: 29,
        description:
          'Sleep represents the duration that the container should sleep before being terminated.',
      },
      tcpSocket: {
        type: 'TCPSocketAction',
        ref: 'V1TCPSocketAction',
        since: 21,
        description:
          'Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for the backward compatibility. There are no validation of this field and lifecycle hooks will fail in runtime when tcp handler is specified.',
      },
    },
  },
  V1ExecAction: {
    name: 'ExecAction',
    description: 'ExecAction describes a "run in container" action.',
    fields: {
      command: {
        type: '[]string',
        description:
          "Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy.",
      },
    },
  },
  V1HTTPGetAction: {
    name: 'HTTPGetAction',
    description: 'HTTPGetAction describes an action based on HTTP Get requests.',
    fields: {
      host: {
        type: 'string',
        description:
          'Host name to connect to, defaults to the pod IP. You probably want to set "Host" in httpHeaders instead.',
      },
      httpHeaders: {
        type: '[]HTTPHeader',
        ref: 'V1HTTPHeader',
        description: 'Custom headers to set in the request. HTTP allows repeated headers.',
      },
      path: { type: 'string', description: 'Path to access on the HTTP server.' },
      port: {
        type: 'IntOrString',
        required: true,
        description:
          'Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.',
      },
      scheme: {
        type: 'string',
        description: 'Scheme to use for connecting to the host. Defaults to HTTP.',
      },
    },
  },
  V1HTTPHeader: {
    name: 'HTTPHeader',
    description: 'HTTPHeader describes a custom header to be used in HTTP probes',
    fields: {
      name: {
        type: 'string',
        required: true,
        description:
          'The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header.',
        older: { 20: 'The header field name' },
      },
      value: { type: 'string', required: true, description: 'The header field value' },
    },
  },
  V1SleepAction: {
    name: 'SleepAction',
    minors: [33],
    description: 'SleepAction describes a "sleep" action.',
    fields: {
      seconds: {
        type: 'integer',
        required: true,
        since: 29,
        description: 'Seconds is the number of seconds to sleep.',
      },
    },
  },
  V1TCPSocketAction: {
    name: 'TCPSocketAction',
    description: 'TCPSocketAction describes an action based on opening a socket',
    fields: {
      host: {
        type: 'string',
        description: 'Optional: Host name to connect to, defaults to the pod IP.',
      },
      port: {
        type: 'IntOrString',
        required: true,
        description:
          'Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.',
      },
    },
  },
  V1Probe: {
    name: 'Probe',
    description:
      'Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.',
    fields: {
      exec: {
        type: 'ExecAction',
        ref: 'V1ExecAction',
        description: 'Exec specifies the action to take.',
        older: {
          20: 'One and only one of the following should be specified. Exec specifies the action to take.',
        },
      },
      failureThreshold: {
        type: 'integer',
        description:
          'Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.',
      },
      grpc: {
        type: 'GRPCAction',
        ref: 'V1GRPCAction',
        since: 21,
        description: 'GRPC specifies an action involving a GRPC port.',
      },
      httpGet: {
        type: 'HTTPGetAction',
        ref: 'V1HTTPGetAction',
        description: 'HTTPGet specifies the http request to perform.',
      },
      initialDelaySeconds: {
        type: 'integer',
        description:
          'Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes',
      },
      periodSeconds: {
        type: 'integer',
        description:
          'How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.',
      },
      successThreshold: {
        type: 'integer',
        description:
          'Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.',
      },
      tcpSocket: {
        type: 'TCPSocketAction',
        ref: 'V1TCPSocketAction',
        description: 'TCPSocket specifies an action involving a TCP port.',
        older: {
          20: 'TCPSocket specifies an action involving a TCP port. TCP hooks not yet supported',
        },
      },
      terminationGracePeriodSeconds: {
        type: 'integer',
        since: 21,
        description:
          "Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.",
      },
      timeoutSeconds: {
        type: 'integer',
        description:
          'Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes',
      },
    },
  },
  V1GRPCAction: {
    name: 'GRPCAction',
    minors: [28, 33],
    description: 'GRPCAction specifies an action involving a GRPC service.',
    older: { 28: '' },
    fields: {
      port: {
        type: 'integer',
        required: true,
        since: 21,
        description: 'Port number of the gRPC service. Number must be in the range 1 to 65535.',
      },
      service: {
        type: 'string',
        since: 21,
        description:
          'Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).\n\nIf this is not specified, the default behavior is defined by gRPC.',
      },
    },
  },
  V1ContainerPort: {
    name: 'ContainerPort',
    description: 'ContainerPort represents a network port in a single container.',
    fields: {
      containerPort: {
        type: 'integer',
        required: true,
        description:
          "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.",
      },
      hostIP: { type: 'string', description: 'What host IP to bind the external port to.' },
      hostPort: {
        type: 'integer',
        description:
          'Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.',
      },
      name: {
        type: 'string',
        description:
          'If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.',
      },
      protocol: {
        type: 'string',
        description: 'Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".',
      },
    },
  },
  V1ContainerResizePolicy: {
    name: 'ContainerResizePolicy',
    minors: [28, 33],
    description: 'ContainerResizePolicy represents resource resize policy for the container.',
    fields: {
      resourceName: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'Name of the resource to which this resource resize policy applies. Supported values: cpu, memory.',
      },
      restartPolicy: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'Restart policy to apply when specified resource is resized. If not specified, it defaults to NotRequired.',
      },
    },
  },
  V1ResourceRequirements: {
    name: 'ResourceRequirements',
    description: 'ResourceRequirements describes the compute resource requirements.',
    fields: {
      claims: {
        type: '[]ResourceClaim',
        ref: 'V1ResourceClaim',
        since: 21,
        description:
          'Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable. It can only be set for containers.',
      },
      limits: {
        type: 'map[string]Quantity',
        description:
          'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
        older: {
          20: 'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/',
        },
      },
      requests: {
        type: 'map[string]Quantity',
        description:
          'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
        older: {
          20: 'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. More info: https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/',
        },
      },
    },
  },
  V1ResourceClaim: {
    name: 'ResourceClaim',
    minors: [28, 33],
    description: 'ResourceClaim references one entry in PodSpec.ResourceClaims.',
    fields: {
      name: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container.',
      },
      request: {
        type: 'string',
        since: 29,
        description:
          'Request is the name chosen for a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request.',
      },
    },
  },
  V1SecurityContext: {
    name: 'SecurityContext',
    description:
      'SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.',
    fields: {
      allowPrivilegeEscalation: {
        type: 'boolean',
        description:
          'AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN',
        },
      },
      appArmorProfile: {
        type: 'AppArmorProfile',
        ref: 'V1AppArmorProfile',
        since: 29,
        description:
          "appArmorProfile is the AppArmor options to use by this container. If set, this profile overrides the pod's appArmorProfile. Note that this field cannot be set when spec.os.name is windows.",
      },
      capabilities: {
        type: 'Capabilities',
        ref: 'V1Capabilities',
        description:
          'The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime.',
        },
      },
      privileged: {
        type: 'boolean',
        description:
          'Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false.',
        },
      },
      procMount: {
        type: 'string',
        description:
          'procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'procMount denotes the type of proc mount to use for the containers. The default is DefaultProcMount which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled.',
          28: 'procMount denotes the type of proc mount to use for the containers. The default is DefaultProcMount which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.',
        },
      },
      readOnlyRootFilesystem: {
        type: 'boolean',
        description:
          'Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows.',
        older: { 20: 'Whether this container has a read-only root filesystem. Default is false.' },
      },
      runAsGroup: {
        type: 'integer',
        description:
          'The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
        },
      },
      runAsNonRoot: {
        type: 'boolean',
        description:
          'Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
      },
      runAsUser: {
        type: 'integer',
        description:
          'The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
        },
      },
      seLinuxOptions: {
        type: 'SELinuxOptions',
        ref: 'V1SELinuxOptions',
        description:
          'The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
        },
      },
      seccompProfile: {
        type: 'SeccompProfile',
        ref: 'V1SeccompProfile',
        description:
          'The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options.',
        },
      },
      windowsOptions: {
        type: 'WindowsSecurityContextOptions',
        ref: 'V1WindowsSecurityContextOptions',
        description:
          'The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.',
        older: {
          20: 'The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
        },
      },
    },
  },
  V1AppArmorProfile: {
    name: 'AppArmorProfile',
    minors: [33],
    description: "AppArmorProfile defines a pod or container's AppArmor settings.",
    fields: {
      localhostProfile: {
        type: 'string',
        since: 29,
        description:
          'localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".',
      },
      type: {
        type: 'string',
        required: true,
        since: 29,
        description:
          "type indicates which kind of AppArmor profile will be applied. Valid options are:\n  Localhost - a profile pre-loaded on the node.\n  RuntimeDefault - the container runtime's default profile.\n  Unconfined - no AppArmor enforcement.",
      },
    },
  },
  V1Capabilities: {
    name: 'Capabilities',
    description: 'Adds and removes POSIX capabilities from running containers.',
    fields: {
      add: { type: '[]string', description: 'Added capabilities' },
      drop: { type: '[]string', description: 'Removed capabilities' },
    },
  },
  V1SELinuxOptions: {
    name: 'SELinuxOptions',
    description: 'SELinuxOptions are the labels to be applied to the container',
    fields: {
      level: {
        type: 'string',
        description: 'Level is SELinux level label that applies to the container.',
      },
      role: {
        type: 'string',
        description: 'Role is a SELinux role label that applies to the container.',
      },
      type: {
        type: 'string',
        description: 'Type is a SELinux type label that applies to the container.',
      },
      user: {
        type: 'string',
        description: 'User is a SELinux user label that applies to the container.',
      },
    },
  },
  V1SeccompProfile: {
    name: 'SeccompProfile',
    description:
      "SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.",
    fields: {
      localhostProfile: {
        type: 'string',
        description:
          'localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet\'s configured seccomp profile location. Must be set if type is "Localhost". Must NOT be set for any other type.',
        older: {
          20: 'localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet\'s configured seccomp profile location. Must only be set if type is "Localhost".',
        },
      },
      type: {
        type: 'string',
        required: true,
        description:
          'type indicates which kind of seccomp profile will be applied. Valid options are:\n\nLocalhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.',
      },
    },
  },
  V1WindowsSecurityContextOptions: {
    name: 'WindowsSecurityContextOptions',
    description: 'WindowsSecurityContextOptions contain Windows-specific options and credentials.',
    fields: {
      gmsaCredentialSpec: {
        type: 'string',
        description:
          'GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.',
      },
      gmsaCredentialSpecName: {
        type: 'string',
        description: 'GMSACredentialSpecName is the name of the GMSA credential spec to use.',
      },
      hostProcess: {
        type: 'boolean',
        since: 21,
        description:
          "HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.",
      },
      runAsUserName: {
        type: 'string',
        description:
          'The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
      },
    },
  },
  V1VolumeDevice: {
    name: 'VolumeDevice',
    description: 'volumeDevice describes a mapping of a raw block device within a container.',
    fields: {
      devicePath: {
        type: 'string',
        required: true,
        description:
          'devicePath is the path inside of the container that the device will be mapped to.',
      },
      name: {
        type: 'string',
        required: true,
        description: 'name must match the name of a persistentVolumeClaim in the pod',
      },
    },
  },
  V1VolumeMount: {
    name: 'VolumeMount',
    description: 'VolumeMount describes a mounting of a Volume within a container.',
    fields: {
      mountPath: {
        type: 'string',
        required: true,
        description:
          "Path within the container at which the volume should be mounted.  Must not contain ':'.",
      },
      mountPropagation: {
        type: 'string',
        description:
          'mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used. This field is beta in 1.10. When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified (which defaults to None).',
        older: {
          28: 'mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used. This field is beta in 1.10.',
        },
      },
      name: {
        type: 'string',
        required: true,
        description: 'This must match the Name of a Volume.',
      },
      readOnly: {
        type: 'boolean',
        description:
          'Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.',
      },
      recursiveReadOnly: {
        type: 'string',
        since: 29,
        description:
          'RecursiveReadOnly specifies whether read-only mounts should be handled recursively.\n\nIf ReadOnly is false, this field has no meaning and must be unspecified.\n\nIf ReadOnly is true, and this field is set to Disabled, the mount is not made recursively read-only.  If this field is set to IfPossible, the mount is made recursively read-only, if it is supported by the container runtime.  If this field is set to Enabled, the mount is made recursively read-only if it is supported by the container runtime, otherwise the pod will not be started and an error will be generated to indicate the reason.\n\nIf this field is set to IfPossible or Enabled, MountPropagation must be set to None (or be unspecified, which defaults to None).\n\nIf this field is not specified, it is treated as an equivalent of Disabled.',
      },
      subPath: {
        type: 'string',
        description:
          'Path within the volume from which the container\'s volume should be mounted. Defaults to "" (volume\'s root).',
      },
      subPathExpr: {
        type: 'string',
        description:
          "Expanded path within the volume from which the container's volume should be mounted. Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment. Defaults to \"\" (volume's root). SubPathExpr and SubPath are mutually exclusive.",
      },
    },
  },
  V1PodDNSConfig: {
    name: 'PodDNSConfig',
    description:
      'PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.',
    fields: {
      nameservers: {
        type: '[]string',
        description:
          'A list of DNS name server IP addresses. This will be appended to the base nameservers generated from DNSPolicy. Duplicated nameservers will be removed.',
      },
      options: {
        type: '[]PodDNSConfigOption',
        ref: 'V1PodDNSConfigOption',
        description:
          'A list of DNS resolver options. This will be merged with the base options generated from DNSPolicy. Duplicated entries will be removed. Resolution options given in Options will override those that appear in the base DNSPolicy.',
      },
      searches: {
        type: '[]string',
        description:
          'A list of DNS search domains for host-name lookup. This will be appended to the base search paths generated from DNSPolicy. Duplicated search paths will be removed.',
      },
    },
  },
  V1PodDNSConfigOption: {
    name: 'PodDNSConfigOption',
    description: 'PodDNSConfigOption defines DNS resolver options of a pod.',
    fields: {
      name: {
        type: 'string',
        description: "Name is this DNS resolver option's name. Required.",
        older: { 28: 'Required.' },
      },
      value: {
        type: 'string',
        description: "Value is this DNS resolver option's value.",
        older: { 28: '' },
      },
    },
  },
  V1EphemeralContainer: {
    name: 'EphemeralContainer',
    description:
      'An EphemeralContainer is a temporary container that you may add to an existing Pod for user-initiated activities such as debugging. Ephemeral containers have no resource or scheduling guarantees, and they will not be restarted when they exit or when a Pod is removed or restarted. The kubelet may evict a Pod if an ephemeral container causes the Pod to exceed its resource allocation.\n\nTo add an ephemeral container, use the ephemeralcontainers subresource of an existing Pod. Ephemeral containers may not be removed or restarted.',
    older: {
      20: "An EphemeralContainer is a container that may be added temporarily to an existing pod for user-initiated activities such as debugging. Ephemeral containers have no resource or scheduling guarantees, and they will not be restarted when they exit or when a pod is removed or restarted. If an ephemeral container causes a pod to exceed its resource allocation, the pod may be evicted. Ephemeral containers may not be added by directly updating the pod spec. They must be added via the pod's ephemeralcontainers subresource, and they will appear in the pod spec once added. This is an alpha feature enabled by the EphemeralContainers feature flag.",
    },
    fields: {
      args: {
        type: '[]string',
        description:
          'Arguments to the entrypoint. The image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
        older: {
          20: "Arguments to the entrypoint. The docker image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. The $(VAR_NAME) syntax can be escaped with a double $$, ie: $$(VAR_NAME). Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
        },
      },
      command: {
        type: '[]string',
        description:
          'Entrypoint array. Not executed within a shell. The image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
        older: {
          20: "Entrypoint array. Not executed within a shell. The docker image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. The $(VAR_NAME) syntax can be escaped with a double $$, ie: $$(VAR_NAME). Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
        },
      },
      env: {
        type: '[]EnvVar',
        ref: 'V1EnvVar',
        description: 'List of environment variables to set in the container. Cannot be updated.',
      },
      envFrom: {
        type: '[]EnvFromSource',
        ref: 'V1EnvFromSource',
        description:
          'List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.',
      },
      image: {
        type: 'string',
        description:
          'Container image name. More info: https://kubernetes.io/docs/concepts/containers/images',
        older: {
          20: 'Docker image name. More info: https://kubernetes.io/docs/concepts/containers/images',
        },
      },
      imagePullPolicy: {
        type: 'string',
        description:
          'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images',
      },
      lifecycle: {
        type: 'Lifecycle',
        ref: 'V1Lifecycle',
        description: 'Lifecycle is not allowed for ephemeral containers.',
      },
      livenessProbe: {
        type: 'Probe',
        ref: 'V1Probe',
        description: 'Probes are not allowed for ephemeral containers.',
      },
      name: {
        type: 'string',
        required: true,
        description:
          'Name of the ephemeral container specified as a DNS_LABEL. This name must be unique among all containers, init containers and ephemeral containers.',
      },
      ports: {
        type: '[]ContainerPort',
        ref: 'V1ContainerPort',
        description: 'Ports are not allowed for ephemeral containers.',
      },
      readinessProbe: {
        type: 'Probe',
        ref: 'V1Probe',
        description: 'Probes are not allowed for ephemeral containers.',
      },
      resizePolicy: {
        type: '[]ContainerResizePolicy',
        ref: 'V1ContainerResizePolicy',
        since: 21,
        description: 'Resources resize policy for the container.',
      },
      resources: {
        type: 'ResourceRequirements',
        ref: 'V1ResourceRequirements',
        description:
          'Resources are not allowed for ephemeral containers. Ephemeral containers use spare resources already allocated to the pod.',
      },
      restartPolicy: {
        type: 'string',
        since: 21,
        description:
          'Restart policy for the container to manage the restart behavior of each container within a pod. This may only be set for init containers. You cannot set this field on ephemeral containers.',
      },
      securityContext: {
        type: 'SecurityContext',
        ref: 'V1SecurityContext',
        description:
          'Optional: SecurityContext defines the security options the ephemeral container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.',
        older: { 20: 'SecurityContext is not allowed for ephemeral containers.' },
      },
      startupProbe: {
        type: 'Probe',
        ref: 'V1Probe',
        description: 'Probes are not allowed for ephemeral containers.',
      },
      stdin: {
        type: 'boolean',
        description:
          'Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.',
      },
      stdinOnce: {
        type: 'boolean',
        description:
          'Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false',
      },
      targetContainerName: {
        type: 'string',
        description:
          'If set, the name of the container from PodSpec that this ephemeral container targets. The ephemeral container will be run in the namespaces (IPC, PID, etc) of this container. If not set then the ephemeral container uses the namespaces configured in the Pod spec.\n\nThe container runtime must implement support for this feature. If the runtime does not support namespace targeting then the result of setting this field is undefined.',
        older: {
          20: 'If set, the name of the container from PodSpec that this ephemeral container targets. The ephemeral container will be run in the namespaces (IPC, PID, etc) of this container. If not set then the ephemeral container is run in whatever namespaces are shared for the pod. Note that the container runtime must support this feature.',
        },
      },
      terminationMessagePath: {
        type: 'string',
        description:
          "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.",
      },
      terminationMessagePolicy: {
        type: 'string',
        description:
          'Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.',
      },
      tty: {
        type: 'boolean',
        description:
          "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.",
      },
      volumeDevices: {
        type: '[]VolumeDevice',
        ref: 'V1VolumeDevice',
        description: 'volumeDevices is the list of block devices to be used by the container.',
      },
      volumeMounts: {
        type: '[]VolumeMount',
        ref: 'V1VolumeMount',
        description:
          "Pod volumes to mount into the container's filesystem. Subpath mounts are not allowed for ephemeral containers. Cannot be updated.",
        older: { 20: "Pod volumes to mount into the container's filesystem. Cannot be updated." },
      },
      workingDir: {
        type: 'string',
        description:
          "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.",
      },
    },
  },
  V1HostAlias: {
    name: 'HostAlias',
    description:
      "HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod's hosts file.",
    fields: {
      hostnames: { type: '[]string', description: 'Hostnames for the above IP address.' },
      ip: { type: 'string', required: true, description: 'IP address of the host file entry.' },
    },
  },
  V1LocalObjectReference: {
    name: 'LocalObjectReference',
    description:
      'LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.',
    fields: {
      name: {
        type: 'string',
        description:
          'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          28: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        },
      },
    },
  },
  V1PodOS: {
    name: 'PodOS',
    minors: [28, 33],
    description: 'PodOS defines the OS parameters of a pod.',
    fields: {
      name: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'Name is the name of the operating system. The currently supported values are linux and windows. Additional value may be defined in future and can be one of: https://github.com/opencontainers/runtime-spec/blob/master/config.md#platform-specific-configuration Clients should expect to handle additional values and treat unrecognized values in this field as os: null',
      },
    },
  },
  V1PodReadinessGate: {
    name: 'PodReadinessGate',
    description: 'PodReadinessGate contains the reference to a pod condition',
    fields: {
      conditionType: {
        type: 'string',
        required: true,
        description:
          "ConditionType refers to a condition in the pod's condition list with matching type.",
      },
    },
  },
  V1PodResourceClaim: {
    name: 'PodResourceClaim',
    minors: [28, 33],
    description:
      'PodResourceClaim references exactly one ResourceClaim, either directly or by naming a ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.  It adds a name to it that uniquely identifies the ResourceClaim inside the Pod. Containers that need access to the ResourceClaim reference it with this name.',
    older: {
      28: 'PodResourceClaim references exactly one ResourceClaim through a ClaimSource. It adds a name to it that uniquely identifies the ResourceClaim inside the Pod. Containers that need access to the ResourceClaim reference it with this name.',
    },
    fields: {
      name: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL.',
      },
      resourceClaimName: {
        type: 'string',
        since: 29,
        description:
          'ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.  Exactly one of ResourceClaimName and ResourceClaimTemplateName must be set.',
      },
      resourceClaimTemplateName: {
        type: 'string',
        since: 29,
        description:
          'ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.  The template will be used to create a new ResourceClaim, which will be bound to this pod. When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource name, along with a generated component, will be used to form a unique name for the ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.  This field is immutable and no changes will be made to the corresponding ResourceClaim by the control plane after creating the ResourceClaim.  Exactly one of ResourceClaimName and ResourceClaimTemplateName must be set.',
      },
      source: {
        type: 'ClaimSource',
        ref: 'V1ClaimSource',
        since: 21,
        until: 29,
        description: 'Source describes where to find the ResourceClaim.',
      },
    },
  },
  V1ClaimSource: {
    name: 'ClaimSource',
    minors: [28, 33],
    description:
      'ClaimSource describes a reference to a ResourceClaim.\n\nExactly one of these fields should be set.  Consumers of this type must treat an empty object as if it has an unknown value.',
    fields: {
      resourceClaimName: {
        type: 'string',
        since: 21,
        description:
          'ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.',
      },
      resourceClaimTemplateName: {
        type: 'string',
        since: 21,
        description:
          'ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.\n\nThe template will be used to create a new ResourceClaim, which will be bound to this pod. When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource name, along with a generated component, will be used to form a unique name for the ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.\n\nThis field is immutable and no changes will be made to the corresponding ResourceClaim by the control plane after creating the ResourceClaim.',
      },
    },
  },
  V1PodSchedulingGate: {
    name: 'PodSchedulingGate',
    minors: [28, 33],
    description: 'PodSchedulingGate is associated to a Pod to guard its scheduling.',
    fields: {
      name: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'Name of the scheduling gate. Each scheduling gate must have a unique name field.',
      },
    },
  },
  V1PodSecurityContext: {
    name: 'PodSecurityContext',
    description:
      'PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.',
    fields: {
      appArmorProfile: {
        type: 'AppArmorProfile',
        ref: 'V1AppArmorProfile',
        since: 29,
        description:
          'appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.',
      },
      fsGroup: {
        type: 'integer',
        description:
          "A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:\n\n1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----\n\nIf unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.",
        older: {
          20: "A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:\n\n1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----\n\nIf unset, the Kubelet will not modify the ownership and permissions of any volume.",
        },
      },
      fsGroupChangePolicy: {
        type: 'string',
        description:
          'fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.',
        },
      },
      runAsGroup: {
        type: 'integer',
        description:
          'The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container.',
        },
      },
      runAsNonRoot: {
        type: 'boolean',
        description:
          'Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
      },
      runAsUser: {
        type: 'integer',
        description:
          'The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container.',
        },
      },
      seLinuxChangePolicy: {
        type: 'string',
        since: 29,
        description:
          'seLinuxChangePolicy defines how the container\'s SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are "MountOption" and "Recursive".  "Recursive" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.  "MountOption" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. "MountOption" value is allowed only when SELinuxMount feature gate is enabled.  If not specified and SELinuxMount feature gate is enabled, "MountOption" is used. If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes and "Recursive" for all other volumes.  This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.  All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows.',
      },
      seLinuxOptions: {
        type: 'SELinuxOptions',
        ref: 'V1SELinuxOptions',
        description:
          'The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container.',
        },
      },
      seccompProfile: {
        type: 'SeccompProfile',
        ref: 'V1SeccompProfile',
        description:
          'The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.',
        older: { 20: 'The seccomp options to use by the containers in this pod.' },
      },
      supplementalGroups: {
        type: '[]integer',
        description:
          "A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.",
        older: {
          20: "A list of groups applied to the first process run in each container, in addition to the container's primary GID.  If unspecified, no groups will be added to any container.",
          28: "A list of groups applied to the first process run in each container, in addition to the container's primary GID, the fsGroup (if specified), and group memberships defined in the container image for the uid of the container process. If unspecified, no additional groups are added to any container. Note that group memberships defined in the container image for the uid of the container process are still effective, even if they are not included in this list. Note that this field cannot be set when spec.os.name is windows.",
        },
      },
      supplementalGroupsPolicy: {
        type: 'string',
        since: 29,
        description:
          'Defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict". If not specified, "Merge" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows.',
      },
      sysctls: {
        type: '[]Sysctl',
        ref: 'V1Sysctl',
        description:
          'Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.',
        older: {
          20: 'Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch.',
        },
      },
      windowsOptions: {
        type: 'WindowsSecurityContextOptions',
        ref: 'V1WindowsSecurityContextOptions',
        description:
          "The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.",
        older: {
          20: "The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.",
        },
      },
    },
  },
  V1Sysctl: {
    name: 'Sysctl',
    description: 'Sysctl defines a kernel parameter to be set',
    fields: {
      name: { type: 'string', required: true, description: 'Name of a property to set' },
      value: { type: 'string', required: true, description: 'Value of a property to set' },
    },
  },
  V1Toleration: {
    name: 'Toleration',
    description:
      'The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.',
    fields: {
      effect: {
        type: 'string',
        description:
          'Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.',
      },
      key: {
        type: 'string',
        description:
          'Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.',
      },
      operator: {
        type: 'string',
        description:
          "Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category.",
      },
      tolerationSeconds: {
        type: 'integer',
        description:
          'TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.',
      },
      value: {
        type: 'string',
        description:
          'Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.',
      },
    },
  },
  V1TopologySpreadConstraint: {
    name: 'TopologySpreadConstraint',
    description:
      'TopologySpreadConstraint specifies how to spread matching pods among the given topology.',
    fields: {
      labelSelector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        description:
          'LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain.',
      },
      matchLabelKeys: {
        type: '[]string',
        since: 21,
        description:
          "MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated. The keys are used to lookup values from the incoming pod labels, those key-value labels are ANDed with labelSelector to select the group of existing pods over which spreading will be calculated for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn't set. Keys that don't exist in the incoming pod labels will be ignored. A null or empty list means only match against labelSelector.\n\nThis is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).",
      },
      maxSkew: {
        type: 'integer',
        required: true,
        description:
          "MaxSkew describes the degree to which pods may be unevenly distributed. When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. The global minimum is the minimum number of matching pods in an eligible domain or zero if the number of eligible domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. | zone1 | zone2 | zone3 | |  P P  |  P P  |   P   | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is not allowed.",
        older: {
          20: "MaxSkew describes the degree to which pods may be unevenly distributed. When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 1/1/0: | zone1 | zone2 | zone3 | |   P   |   P   |       | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 1/1/1; scheduling it onto zone1(zone2) would make the ActualSkew(2-0) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is not allowed.",
        },
      },
      minDomains: {
        type: 'integer',
        since: 21,
        description:
          'MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won\'t schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule.\n\nFor example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | |  P P  |  P P  |  P P  | The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew.',
        older: {
          28: 'MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won\'t schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule.\n\nFor example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | |  P P  |  P P  |  P P  | The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew.  This is a beta field and requires the MinDomainsInPodTopologySpread feature gate to be enabled (enabled by default).',
        },
      },
      nodeAffinityPolicy: {
        type: 'string',
        since: 21,
        description:
          "NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.\n\nIf this value is nil, the behavior is equivalent to the Honor policy.",
        older: {
          28: "NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.\n\nIf this value is nil, the behavior is equivalent to the Honor policy. This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.",
        },
      },
      nodeTaintsPolicy: {
        type: 'string',
        since: 21,
        description:
          'NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included.\n\nIf this value is nil, the behavior is equivalent to the Ignore policy.',
        older: {
          28: 'NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included.\n\nIf this value is nil, the behavior is equivalent to the Ignore policy. This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.',
        },
      },
      topologyKey: {
        type: 'string',
        required: true,
        description:
          'TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a "bucket", and try to put balanced number of pods into each bucket. We define a domain as a particular instance of a topology. Also, we define an eligible domain as a domain whose nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology. And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology. It\'s a required field.',
        older: {
          20: 'TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a "bucket", and try to put balanced number of pods into each bucket. It\'s a required field.',
        },
      },
      whenUnsatisfiable: {
        type: 'string',
        required: true,
        description:
          'WhenUnsatisfiable indicates how to deal with a pod if it doesn\'t satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location,\n  but giving higher precedence to topologies that would help reduce the\n  skew.\nA constraint is considered "Unsatisfiable" for an incoming pod if and only if every possible node assignment for that pod would violate "MaxSkew" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P |   P   |   P   | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won\'t make it *more* imbalanced. It\'s a required field.',
        older: {
          20: 'WhenUnsatisfiable indicates how to deal with a pod if it doesn\'t satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location,\n  but giving higher precedence to topologies that would help reduce the\n  skew.\nA constraint is considered "Unsatisfiable" for an incoming pod if and only if every possible node assigment for that pod would violate "MaxSkew" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P |   P   |   P   | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won\'t make it *more* imbalanced. It\'s a required field.',
        },
      },
    },
  },
  V1Volume: {
    name: 'Volume',
    description:
      'Volume represents a named volume in a pod that may be accessed by any container in the pod.',
    fields: {
      awsElasticBlockStore: {
        type: 'AWSElasticBlockStoreVolumeSource',
        ref: 'V1AWSElasticBlockStoreVolumeSource',
        description:
          "awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore",
        older: {
          20: "AWSElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore",
        },
      },
      azureDisk: {
        type: 'AzureDiskVolumeSource',
        ref: 'V1AzureDiskVolumeSource',
        description:
          'azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.',
        older: {
          20: 'AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.',
        },
      },
      azureFile: {
        type: 'AzureFileVolumeSource',
        ref: 'V1AzureFileVolumeSource',
        description:
          'azureFile represents an Azure File Service mount on the host and bind mount to the pod.',
        older: {
          20: 'AzureFile represents an Azure File Service mount on the host and bind mount to the pod.',
        },
      },
      cephfs: {
        type: 'CephFSVolumeSource',
        ref: 'V1CephFSVolumeSource',
        description: "cephFS represents a Ceph FS mount on the host that shares a pod's lifetime",
        older: { 20: "CephFS represents a Ceph FS mount on the host that shares a pod's lifetime" },
      },
      cinder: {
        type: 'CinderVolumeSource',
        ref: 'V1CinderVolumeSource',
        description:
          'cinder represents a cinder volume attached and mounted on kubelets host machine. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
        older: {
          20: 'Cinder represents a cinder volume attached and mounted on kubelets host machine. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
        },
      },
      configMap: {
        type: 'ConfigMapVolumeSource',
        ref: 'V1ConfigMapVolumeSource',
        description: 'configMap represents a configMap that should populate this volume',
        older: { 20: 'ConfigMap represents a configMap that should populate this volume' },
      },
      csi: {
        type: 'CSIVolumeSource',
        ref: 'V1CSIVolumeSource',
        description:
          'csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).',
        older: {
          20: 'CSI (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).',
        },
      },
      downwardAPI: {
        type: 'DownwardAPIVolumeSource',
        ref: 'V1DownwardAPIVolumeSource',
        description:
          'downwardAPI represents downward API about the pod that should populate this volume',
        older: {
          20: 'DownwardAPI represents downward API about the pod that should populate this volume',
        },
      },
      emptyDir: {
        type: 'EmptyDirVolumeSource',
        ref: 'V1EmptyDirVolumeSource',
        description:
          "emptyDir represents a temporary directory that shares a pod's lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir",
        older: {
          20: "EmptyDir represents a temporary directory that shares a pod's lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir",
        },
      },
      ephemeral: {
        type: 'EphemeralVolumeSource',
        ref: 'V1EphemeralVolumeSource',
        description:
          "ephemeral represents a volume that is handled by a cluster storage driver. The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts, and deleted when the pod is removed.\n\nUse this if: a) the volume is only needed while the pod runs, b) features of normal volumes like restoring from snapshot or capacity\n   tracking are needed,\nc) the storage driver is specified through a storage class, and d) the storage driver supports dynamic volume provisioning through\n   a PersistentVolumeClaim (see EphemeralVolumeSource for more\n   information on the connection between this volume type\n   and PersistentVolumeClaim).\n\nUse PersistentVolumeClaim or one of the vendor-specific APIs for volumes that persist for longer than the lifecycle of an individual pod.\n\nUse CSI for light-weight local ephemeral volumes if the CSI driver is meant to be used that way - see the documentation of the driver for more information.\n\nA pod can use both types of ephemeral volumes and persistent volumes at the same time.",
        older: {
          20: "Ephemeral represents a volume that is handled by a cluster storage driver. The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts, and deleted when the pod is removed.\n\nUse this if: a) the volume is only needed while the pod runs, b) features of normal volumes like restoring from snapshot or capacity\n   tracking are needed,\nc) the storage driver is specified through a storage class, and d) the storage driver supports dynamic volume provisioning through\n   a PersistentVolumeClaim (see EphemeralVolumeSource for more\n   information on the connection between this volume type\n   and PersistentVolumeClaim).\n\nUse PersistentVolumeClaim or one of the vendor-specific APIs for volumes that persist for longer than the lifecycle of an individual pod.\n\nUse CSI for light-weight local ephemeral volumes if the CSI driver is meant to be used that way - see the documentation of the driver for more information.\n\nA pod can use both types of ephemeral volumes and persistent volumes at the same time.\n\nThis is a beta feature and only available when the GenericEphemeralVolume feature gate is enabled.",
        },
      },
      fc: {
        type: 'FCVolumeSource',
        ref: 'V1FCVolumeSource',
        description:
          "fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.",
        older: {
          20: "FC represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.",
        },
      },
      flexVolume: {
        type: 'FlexVolumeSource',
        ref: 'V1FlexVolumeSource',
        description:
          'flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.',
        older: {
          20: 'FlexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.',
        },
      },
      flocker: {
        type: 'FlockerVolumeSource',
        ref: 'V1FlockerVolumeSource',
        description:
          "flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running",
        older: {
          20: "Flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running",
        },
      },
      gcePersistentDisk: {
        type: 'GCEPersistentDiskVolumeSource',
        ref: 'V1GCEPersistentDiskVolumeSource',
        description:
          "gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk",
        older: {
          20: "GCEPersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk",
        },
      },
      gitRepo: {
        type: 'GitRepoVolumeSource',
        ref: 'V1GitRepoVolumeSource',
        description:
          "gitRepo represents a git repository at a particular revision. DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container.",
        older: {
          20: "GitRepo represents a git repository at a particular revision. DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container.",
        },
      },
      glusterfs: {
        type: 'GlusterfsVolumeSource',
        ref: 'V1GlusterfsVolumeSource',
        description:
          "glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. More info: https://examples.k8s.io/volumes/glusterfs/README.md",
        older: {
          20: "Glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. More info: https://examples.k8s.io/volumes/glusterfs/README.md",
        },
      },
      hostPath: {
        type: 'HostPathVolumeSource',
        ref: 'V1HostPathVolumeSource',
        description:
          'hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine. Most containers will NOT need this. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
        older: {
          20: 'HostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine. Most containers will NOT need this. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
        },
      },
      image: { type: 'ImageVolumeSource', ref: 'V1ImageVolumeSource', since: 29, description: '' },
      iscsi: {
        type: 'ISCSIVolumeSource',
        ref: 'V1ISCSIVolumeSource',
        description:
          "iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://examples.k8s.io/volumes/iscsi/README.md",
        older: {
          20: "ISCSI represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://examples.k8s.io/volumes/iscsi/README.md",
        },
      },
      name: {
        type: 'string',
        required: true,
        description:
          'name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          20: "Volume's name. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names",
        },
      },
      nfs: {
        type: 'NFSVolumeSource',
        ref: 'V1NFSVolumeSource',
        description:
          "nfs represents an NFS mount on the host that shares a pod's lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs",
        older: {
          20: "NFS represents an NFS mount on the host that shares a pod's lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs",
        },
      },
      persistentVolumeClaim: {
        type: 'PersistentVolumeClaimVolumeSource',
        ref: 'V1PersistentVolumeClaimVolumeSource',
        description:
          'persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
        older: {
          20: 'PersistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
        },
      },
      photonPersistentDisk: {
        type: 'PhotonPersistentDiskVolumeSource',
        ref: 'V1PhotonPersistentDiskVolumeSource',
        description:
          'photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine',
        older: {
          20: 'PhotonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine',
        },
      },
      portworxVolume: {
        type: 'PortworxVolumeSource',
        ref: 'V1PortworxVolumeSource',
        description:
          'portworxVolume represents a portworx volume attached and mounted on kubelets host machine',
        older: {
          20: 'PortworxVolume represents a portworx volume attached and mounted on kubelets host machine',
        },
      },
      projected: {
        type: 'ProjectedVolumeSource',
        ref: 'V1ProjectedVolumeSource',
        description:
          'projected items for all in one resources secrets, configmaps, and downward API',
        older: { 20: 'Items for all in one resources secrets, configmaps, and downward API' },
      },
      quobyte: {
        type: 'QuobyteVolumeSource',
        ref: 'V1QuobyteVolumeSource',
        description: "quobyte represents a Quobyte mount on the host that shares a pod's lifetime",
        older: {
          20: "Quobyte represents a Quobyte mount on the host that shares a pod's lifetime",
        },
      },
      rbd: {
        type: 'RBDVolumeSource',
        ref: 'V1RBDVolumeSource',
        description:
          "rbd represents a Rados Block Device mount on the host that shares a pod's lifetime. More info: https://examples.k8s.io/volumes/rbd/README.md",
        older: {
          20: "RBD represents a Rados Block Device mount on the host that shares a pod's lifetime. More info: https://examples.k8s.io/volumes/rbd/README.md",
        },
      },
      scaleIO: {
        type: 'ScaleIOVolumeSource',
        ref: 'V1ScaleIOVolumeSource',
        description:
          'scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.',
        older: {
          20: 'ScaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.',
        },
      },
      secret: {
        type: 'SecretVolumeSource',
        ref: 'V1SecretVolumeSource',
        description:
          'secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret',
        older: {
          20: 'Secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret',
        },
      },
      storageos: {
        type: 'StorageOSVolumeSource',
        ref: 'V1StorageOSVolumeSource',
        description:
          'storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.',
        older: {
          20: 'StorageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.',
        },
      },
      vsphereVolume: {
        type: 'VsphereVirtualDiskVolumeSource',
        ref: 'V1VsphereVirtualDiskVolumeSource',
        description:
          'vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine',
        older: {
          20: 'VsphereVolume represents a vSphere volume attached and mounted on kubelets host machine',
        },
      },
    },
  },
  V1AWSElasticBlockStoreVolumeSource: {
    name: 'AWSElasticBlockStoreVolumeSource',
    description:
      'Represents a Persistent Disk resource in AWS.\n\nAn AWS EBS disk must exist before mounting to a container. The disk must also be in the same AWS zone as the kubelet. An AWS EBS disk can only be mounted as read/write once. AWS EBS volumes support ownership management and SELinux relabeling.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
        older: {
          20: 'Filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
        },
      },
      partition: {
        type: 'integer',
        description:
          'partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1". Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).',
        older: {
          20: 'The partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1". Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly value true will force the readOnly setting in VolumeMounts. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
        older: {
          20: 'Specify "true" to force and set the ReadOnly property in VolumeMounts to "true". If omitted, the default is "false". More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
        },
      },
      volumeID: {
        type: 'string',
        required: true,
        description:
          'volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume). More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
        older: {
          20: 'Unique ID of the persistent disk resource in AWS (Amazon EBS volume). More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
        },
      },
    },
  },
  V1AzureDiskVolumeSource: {
    name: 'AzureDiskVolumeSource',
    description:
      'AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.',
    fields: {
      cachingMode: {
        type: 'string',
        description: 'cachingMode is the Host Caching mode: None, Read Only, Read Write.',
        older: { 20: 'Host Caching mode: None, Read Only, Read Write.' },
      },
      diskName: {
        type: 'string',
        required: true,
        description: 'diskName is the Name of the data disk in the blob storage',
        older: { 20: 'The Name of the data disk in the blob storage' },
      },
      diskURI: {
        type: 'string',
        required: true,
        description: 'diskURI is the URI of data disk in the blob storage',
        older: { 20: 'The URI the data disk in the blob storage' },
      },
      fsType: {
        type: 'string',
        description:
          'fsType is Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        older: {
          20: 'Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        },
      },
      kind: {
        type: 'string',
        description:
          'kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared',
        older: {
          20: 'Expected values Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        older: {
          20: 'Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        },
      },
    },
  },
  V1AzureFileVolumeSource: {
    name: 'AzureFileVolumeSource',
    description:
      'AzureFile represents an Azure File Service mount on the host and bind mount to the pod.',
    fields: {
      readOnly: {
        type: 'boolean',
        description:
          'readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        older: {
          20: 'Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        },
      },
      secretName: {
        type: 'string',
        required: true,
        description:
          'secretName is the  name of secret that contains Azure Storage Account Name and Key',
        older: { 20: 'the name of secret that contains Azure Storage Account Name and Key' },
      },
      shareName: {
        type: 'string',
        required: true,
        description: 'shareName is the azure share Name',
        older: { 20: 'Share Name' },
      },
    },
  },
  V1CephFSVolumeSource: {
    name: 'CephFSVolumeSource',
    description:
      'Represents a Ceph Filesystem mount that lasts the lifetime of a pod Cephfs volumes do not support ownership management or SELinux relabeling.',
    fields: {
      monitors: {
        type: '[]string',
        required: true,
        description:
          'monitors is Required: Monitors is a collection of Ceph monitors More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        older: {
          20: 'Required: Monitors is a collection of Ceph monitors More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        },
      },
      path: {
        type: 'string',
        description:
          'path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /',
        older: {
          20: 'Optional: Used as the mounted root, rather than the full Ceph tree, default is /',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        older: {
          20: 'Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        },
      },
      secretFile: {
        type: 'string',
        description:
          'secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        older: {
          20: 'Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        },
      },
      secretRef: {
        type: 'LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description:
          'secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        older: {
          20: 'Optional: SecretRef is reference to the authentication secret for User, default is empty. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        },
      },
      user: {
        type: 'string',
        description:
          'user is optional: User is the rados user name, default is admin More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        older: {
          20: 'Optional: User is the rados user name, default is admin More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
        },
      },
    },
  },
  V1CinderVolumeSource: {
    name: 'CinderVolumeSource',
    description:
      'Represents a cinder volume resource in Openstack. A Cinder volume must exist before mounting to a container. The volume must also be in the same region as the kubelet. Cinder volumes support ownership management and SELinux relabeling.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
        older: {
          20: 'Filesystem type to mount. Must be a filesystem type supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
        older: {
          20: 'Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
        },
      },
      secretRef: {
        type: 'LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description:
          'secretRef is optional: points to a secret object containing parameters used to connect to OpenStack.',
        older: {
          20: 'Optional: points to a secret object containing parameters used to connect to OpenStack.',
        },
      },
      volumeID: {
        type: 'string',
        required: true,
        description:
          'volumeID used to identify the volume in cinder. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
        older: {
          20: 'volume id used to identify the volume in cinder. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
        },
      },
    },
  },
  V1ConfigMapVolumeSource: {
    name: 'ConfigMapVolumeSource',
    description:
      "Adapts a ConfigMap into a volume.\n\nThe contents of the target ConfigMap's Data field will be presented in a volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. ConfigMap volumes support ownership management and SELinux relabeling.",
    fields: {
      defaultMode: {
        type: 'integer',
        description:
          'defaultMode is optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
        older: {
          20: 'Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
        },
      },
      items: {
        type: '[]KeyToPath',
        ref: 'V1KeyToPath',
        description:
          "items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        older: {
          20: "If unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        },
      },
      name: {
        type: 'string',
        description:
          'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          28: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        },
      },
      optional: {
        type: 'boolean',
        description: 'optional specify whether the ConfigMap or its keys must be defined',
        older: { 20: 'Specify whether the ConfigMap or its keys must be defined' },
      },
    },
  },
  V1KeyToPath: {
    name: 'KeyToPath',
    description: 'Maps a string key to a path within a volume.',
    fields: {
      key: {
        type: 'string',
        required: true,
        description: 'key is the key to project.',
        older: { 20: 'The key to project.' },
      },
      mode: {
        type: 'integer',
        description:
          'mode is Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
        older: {
          20: 'Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
        },
      },
      path: {
        type: 'string',
        required: true,
        description:
          "path is the relative path of the file to map the key to. May not be an absolute path. May not contain the path element '..'. May not start with the string '..'.",
        older: {
          20: "The relative path of the file to map the key to. May not be an absolute path. May not contain the path element '..'. May not start with the string '..'.",
        },
      },
    },
  },
  V1CSIVolumeSource: {
    name: 'CSIVolumeSource',
    description:
      'Represents a source location of a volume to mount, managed by an external CSI driver',
    fields: {
      driver: {
        type: 'string',
        required: true,
        description:
          'driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster.',
        older: {
          20: 'Driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster.',
        },
      },
      fsType: {
        type: 'string',
        description:
          'fsType to mount. Ex. "ext4", "xfs", "ntfs". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply.',
        older: {
          20: 'Filesystem type to mount. Ex. "ext4", "xfs", "ntfs". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply.',
        },
      },
      nodePublishSecretRef: {
        type: 'LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description:
          'nodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls. This field is optional, and  may be empty if no secret is required. If the secret object contains more than one secret, all secret references are passed.',
        older: {
          20: 'NodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls. This field is optional, and  may be empty if no secret is required. If the secret object contains more than one secret, all secret references are passed.',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly specifies a read-only configuration for the volume. Defaults to false (read/write).',
        older: {
          20: 'Specifies a read-only configuration for the volume. Defaults to false (read/write).',
        },
      },
      volumeAttributes: {
        type: 'map[string]string',
        description:
          "volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values.",
        older: {
          20: "VolumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values.",
        },
      },
    },
  },
  V1DownwardAPIVolumeSource: {
    name: 'DownwardAPIVolumeSource',
    description:
      'DownwardAPIVolumeSource represents a volume containing downward API info. Downward API volumes support ownership management and SELinux relabeling.',
    fields: {
      defaultMode: {
        type: 'integer',
        description:
          'Optional: mode bits to use on created files by default. Must be a Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
      },
      items: {
        type: '[]DownwardAPIVolumeFile',
        ref: 'V1DownwardAPIVolumeFile',
        description: 'Items is a list of downward API volume file',
      },
    },
  },
  V1DownwardAPIVolumeFile: {
    name: 'DownwardAPIVolumeFile',
    description:
      'DownwardAPIVolumeFile represents information to create the file containing the pod field',
    fields: {
      fieldRef: {
        type: 'ObjectFieldSelector',
        ref: 'V1ObjectFieldSelector',
        description:
          'Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.',
        older: {
          28: 'Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.',
        },
      },
      mode: {
        type: 'integer',
        description:
          'Optional: mode bits used to set permissions on this file, must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
      },
      path: {
        type: 'string',
        required: true,
        description:
          "Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'",
      },
      resourceFieldRef: {
        type: 'ResourceFieldSelector',
        ref: 'V1ResourceFieldSelector',
        description:
          'Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.',
      },
    },
  },
  V1EmptyDirVolumeSource: {
    name: 'EmptyDirVolumeSource',
    description:
      'Represents an empty directory for a pod. Empty directory volumes support ownership management and SELinux relabeling.',
    fields: {
      medium: {
        type: 'string',
        description:
          'medium represents what type of storage medium should back this directory. The default is "" which means to use the node\'s default medium. Must be an empty string (default) or Memory. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir',
        older: {
          20: 'What type of storage medium should back this directory. The default is "" which means to use the node\'s default medium. Must be an empty string (default) or Memory. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir',
        },
      },
      sizeLimit: {
        type: 'Quantity',
        description:
          'sizeLimit is the total amount of local storage required for this EmptyDir volume. The size limit is also applicable for memory medium. The maximum usage on memory medium EmptyDir would be the minimum value between the SizeLimit specified here and the sum of memory limits of all containers in a pod. The default is nil which means that the limit is undefined. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir',
        older: {
          20: 'Total amount of local storage required for this EmptyDir volume. The size limit is also applicable for memory medium. The maximum usage on memory medium EmptyDir would be the minimum value between the SizeLimit specified here and the sum of memory limits of all containers in a pod. The default is nil which means that the limit is undefined. More info: http://kubernetes.io/docs/user-guide/volumes#emptydir',
        },
      },
    },
  },
  V1EphemeralVolumeSource: {
    name: 'EphemeralVolumeSource',
    description: 'Represents an ephemeral volume that is handled by a normal storage driver.',
    fields: {
      readOnly: {
        type: 'boolean',
        until: 21,
        description:
          'Specifies a read-only configuration for the volume. Defaults to false (read/write).',
      },
      volumeClaimTemplate: {
        type: 'PersistentVolumeClaimTemplate',
        ref: 'V1PersistentVolumeClaimTemplate',
        description:
          'Will be used to create a stand-alone PVC to provision the volume. The pod in which this EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be deleted together with the pod.  The name of the PVC will be `<pod name>-<volume name>` where `<volume name>` is the name from the `PodSpec.Volumes` array entry. Pod validation will reject the pod if the concatenated name is not valid for a PVC (for example, too long).\n\nAn existing PVC with that name that is not owned by the pod will *not* be used for the pod to avoid using an unrelated volume by mistake. Starting the pod is then blocked until the unrelated PVC is removed. If such a pre-created PVC is meant to be used by the pod, the PVC has to updated with an owner reference to the pod once the pod exists. Normally this should not be necessary, but it may be useful when manually reconstructing a broken cluster.\n\nThis field is read-only and no changes will be made by Kubernetes to the PVC after it has been created.\n\nRequired, must not be nil.',
      },
    },
  },
  V1PersistentVolumeClaimTemplate: {
    name: 'PersistentVolumeClaimTemplate',
    description:
      'PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an EphemeralVolumeSource.',
    fields: {
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          'May contain labels and annotations that will be copied into the PVC when creating it. No other fields are allowed and will be rejected during validation.',
      },
      spec: {
        type: 'PersistentVolumeClaimSpec',
        ref: 'V1PersistentVolumeClaimSpec',
        required: true,
        description:
          'The specification for the PersistentVolumeClaim. The entire content is copied unchanged into the PVC that gets created from this template. The same fields as in a PersistentVolumeClaim are also valid here.',
      },
    },
  },
  V1PersistentVolumeClaimSpec: {
    name: 'PersistentVolumeClaimSpec',
    description:
      'PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes',
    fields: {
      accessModes: {
        type: '[]string',
        description:
          'accessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1',
        older: {
          20: 'AccessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1',
        },
      },
      dataSource: {
        type: 'TypedLocalObjectReference',
        ref: 'V1TypedLocalObjectReference',
        description:
          'dataSource field can be used to specify either: * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source. When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef, and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified. If the namespace is specified, then dataSourceRef will not be copied to dataSource.',
        older: {
          20: 'This field can be used to specify either: * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) * An existing custom resource that implements data population (Alpha) In order to use custom resource types that implement data population, the AnyVolumeDataSource feature gate must be enabled. If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source.',
        },
      },
      dataSourceRef: {
        type: 'TypedObjectReference',
        ref: 'V1TypedObjectReference',
        since: 21,
        description:
          "dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired. This may be any object from a non-empty API group (non core object) or a PersistentVolumeClaim object. When this field is specified, volume binding will only succeed if the type of the specified object matches some installed volume populator or dynamic provisioner. This field will replace the functionality of the dataSource field and as such if both fields are non-empty, they must have the same value. For backwards compatibility, when namespace isn't specified in dataSourceRef, both fields (dataSource and dataSourceRef) will be set to the same value automatically if one of them is empty and the other is non-empty. When namespace is specified in dataSourceRef, dataSource isn't set to the same value and must be empty. There are three important differences between dataSource and dataSourceRef: * While dataSource only allows two specific types of objects, dataSourceRef\n  allows any non-core object, as well as PersistentVolumeClaim objects.\n* While dataSource ignores disallowed values (dropping them), dataSourceRef\n  preserves all values, and generates an error if a disallowed value is\n  specified.\n* While dataSource only allows local objects, dataSourceRef allows objects\n  in any namespaces.\n(Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled. (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.",
      },
      resources: {
        type: 'VolumeResourceRequirements',
        ref: 'V1VolumeResourceRequirements',
        description:
          'resources represents the minimum resources the volume should have. If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements that are lower than previous value but must still be higher than capacity recorded in the status field of the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources',
        older: {
          20: 'Resources represents the minimum resources the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources',
        },
      },
      selector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        description: 'selector is a label query over volumes to consider for binding.',
        older: { 20: 'A label query over volumes to consider for binding.' },
      },
      storageClassName: {
        type: 'string',
        description:
          'storageClassName is the name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1',
        older: {
          20: 'Name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1',
        },
      },
      volumeAttributesClassName: {
        type: 'string',
        since: 29,
        description:
          "volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName, it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass will be applied to the claim but it's not allowed to reset this field to empty string once it is set. If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass will be set by the persistentvolume controller if it exists. If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource exists. More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/ (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).",
      },
      volumeMode: {
        type: 'string',
        description:
          'volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec.',
      },
      volumeName: {
        type: 'string',
        description:
          'volumeName is the binding reference to the PersistentVolume backing this claim.',
        older: {
          20: 'VolumeName is the binding reference to the PersistentVolume backing this claim.',
        },
      },
    },
  },
  V1TypedLocalObjectReference: {
    name: 'TypedLocalObjectReference',
    description:
      'TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.',
    fields: {
      apiGroup: {
        type: 'string',
        description:
          'APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.',
      },
      kind: {
        type: 'string',
        required: true,
        description: 'Kind is the type of resource being referenced',
      },
      name: {
        type: 'string',
        required: true,
        description: 'Name is the name of resource being referenced',
      },
    },
  },
  V1TypedObjectReference: {
    name: 'TypedObjectReference',
    minors: [28, 33],
    description:
      'TypedObjectReference contains enough information to let you locate the typed referenced object',
    older: { 28: '' },
    fields: {
      apiGroup: {
        type: 'string',
        since: 21,
        description:
          'APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.',
      },
      kind: {
        type: 'string',
        required: true,
        since: 21,
        description: 'Kind is the type of resource being referenced',
      },
      name: {
        type: 'string',
        required: true,
        since: 21,
        description: 'Name is the name of resource being referenced',
      },
      namespace: {
        type: 'string',
        since: 21,
        description:
          "Namespace is the namespace of resource being referenced Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.",
      },
    },
  },
  V1VolumeResourceRequirements: {
    name: 'VolumeResourceRequirements',
    minors: [33],
    description:
      'VolumeResourceRequirements describes the storage resource requirements for a volume.',
    fields: {
      limits: {
        type: 'map[string]Quantity',
        since: 29,
        description:
          'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      },
      requests: {
        type: 'map[string]Quantity',
        since: 29,
        description:
          'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      },
    },
  },
  V1FCVolumeSource: {
    name: 'FCVolumeSource',
    description:
      'Represents a Fibre Channel volume. Fibre Channel volumes can only be mounted as read/write once. Fibre Channel volumes support ownership management and SELinux relabeling.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        older: {
          20: 'Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        },
      },
      lun: {
        type: 'integer',
        description: 'lun is Optional: FC target lun number',
        older: { 20: 'Optional: FC target lun number' },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        older: {
          20: 'Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        },
      },
      targetWWNs: {
        type: '[]string',
        description: 'targetWWNs is Optional: FC target worldwide names (WWNs)',
        older: { 20: 'Optional: FC target worldwide names (WWNs)' },
      },
      wwids: {
        type: '[]string',
        description:
          'wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.',
        older: {
          20: 'Optional: FC volume world wide identifiers (wwids) Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.',
        },
      },
    },
  },
  V1FlexVolumeSource: {
    name: 'FlexVolumeSource',
    description:
      'FlexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.',
    fields: {
      driver: {
        type: 'string',
        required: true,
        description: 'driver is the name of the driver to use for this volume.',
        older: { 20: 'Driver is the name of the driver to use for this volume.' },
      },
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.',
        older: {
          20: 'Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.',
        },
      },
      options: {
        type: 'map[string]string',
        description: 'options is Optional: this field holds extra command options if any.',
        older: { 20: 'Optional: Extra command options if any.' },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        older: {
          20: 'Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        },
      },
      secretRef: {
        type: 'LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description:
          'secretRef is Optional: secretRef is reference to the secret object containing sensitive information to pass to the plugin scripts. This may be empty if no secret object is specified. If the secret object contains more than one secret, all secrets are passed to the plugin scripts.',
        older: {
          20: 'Optional: SecretRef is reference to the secret object containing sensitive information to pass to the plugin scripts. This may be empty if no secret object is specified. If the secret object contains more than one secret, all secrets are passed to the plugin scripts.',
        },
      },
    },
  },
  V1FlockerVolumeSource: {
    name: 'FlockerVolumeSource',
    description:
      'Represents a Flocker volume mounted by the Flocker agent. One and only one of datasetName and datasetUUID should be set. Flocker volumes do not support ownership management or SELinux relabeling.',
    fields: {
      datasetName: {
        type: 'string',
        description:
          'datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker should be considered as deprecated',
        older: {
          20: 'Name of the dataset stored as metadata -> name on the dataset for Flocker should be considered as deprecated',
        },
      },
      datasetUUID: {
        type: 'string',
        description:
          'datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset',
        older: { 20: 'UUID of the dataset. This is unique identifier of a Flocker dataset' },
      },
    },
  },
  V1GCEPersistentDiskVolumeSource: {
    name: 'GCEPersistentDiskVolumeSource',
    description:
      'Represents a Persistent Disk resource in Google Compute Engine.\n\nA GCE PD must exist before mounting to a container. The disk must also be in the same GCE project and zone as the kubelet. A GCE PD can only be mounted as read/write once or read-only many times. GCE PDs support ownership management and SELinux relabeling.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
        older: {
          20: 'Filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
        },
      },
      partition: {
        type: 'integer',
        description:
          'partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1". Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty). More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
        older: {
          20: 'The partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1". Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty). More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
        },
      },
      pdName: {
        type: 'string',
        required: true,
        description:
          'pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
        older: {
          20: 'Unique name of the PD resource in GCE. Used to identify the disk in GCE. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
        older: {
          20: 'ReadOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
        },
      },
    },
  },
  V1GitRepoVolumeSource: {
    name: 'GitRepoVolumeSource',
    description:
      "Represents a volume that is populated with the contents of a git repository. Git repo volumes do not support ownership management. Git repo volumes support SELinux relabeling.\n\nDEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container.",
    fields: {
      directory: {
        type: 'string',
        description:
          "directory is the target directory name. Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the git repository.  Otherwise, if specified, the volume will contain the git repository in the subdirectory with the given name.",
        older: {
          20: "Target directory name. Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the git repository.  Otherwise, if specified, the volume will contain the git repository in the subdirectory with the given name.",
        },
      },
      repository: {
        type: 'string',
        required: true,
        description: 'repository is the URL',
        older: { 20: 'Repository URL' },
      },
      revision: {
        type: 'string',
        description: 'revision is the commit hash for the specified revision.',
        older: { 20: 'Commit hash for the specified revision.' },
      },
    },
  },
  V1GlusterfsVolumeSource: {
    name: 'GlusterfsVolumeSource',
    description:
      'Represents a Glusterfs mount that lasts the lifetime of a pod. Glusterfs volumes do not support ownership management or SELinux relabeling.',
    fields: {
      endpoints: {
        type: 'string',
        required: true,
        description:
          'endpoints is the endpoint name that details Glusterfs topology. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
        older: {
          20: 'EndpointsName is the endpoint name that details Glusterfs topology. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
        },
      },
      path: {
        type: 'string',
        required: true,
        description:
          'path is the Glusterfs volume path. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
        older: {
          20: 'Path is the Glusterfs volume path. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly here will force the Glusterfs volume to be mounted with read-only permissions. Defaults to false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
        older: {
          20: 'ReadOnly here will force the Glusterfs volume to be mounted with read-only permissions. Defaults to false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
        },
      },
    },
  },
  V1HostPathVolumeSource: {
    name: 'HostPathVolumeSource',
    description:
      'Represents a host path mapped into a pod. Host path volumes do not support ownership management or SELinux relabeling.',
    fields: {
      path: {
        type: 'string',
        required: true,
        description:
          'path of the directory on the host. If the path is a symlink, it will follow the link to the real path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
        older: {
          20: 'Path of the directory on the host. If the path is a symlink, it will follow the link to the real path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
        },
      },
      type: {
        type: 'string',
        description:
          'type for HostPath Volume Defaults to "" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
        older: {
          20: 'Type for HostPath Volume Defaults to "" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
        },
      },
    },
  },
  V1ImageVolumeSource: {
    name: 'ImageVolumeSource',
    minors: [33],
    description: 'ImageVolumeSource represents a image volume resource.',
    fields: {
      pullPolicy: {
        type: 'string',
        since: 29,
        description:
          "Policy for pulling OCI objects. Possible values are: Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.",
      },
      reference: {
        type: 'string',
        since: 29,
        description:
          'Required: Image or artifact reference to be used. Behaves in the same way as pod.spec.containers[*].image. Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.',
      },
    },
  },
  V1ISCSIVolumeSource: {
    name: 'ISCSIVolumeSource',
    description:
      'Represents an ISCSI disk. ISCSI volumes can only be mounted as read/write once. ISCSI volumes support ownership management and SELinux relabeling.',
    fields: {
      chapAuthDiscovery: {
        type: 'boolean',
        description:
          'chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication',
        older: { 20: 'whether support iSCSI Discovery CHAP authentication' },
      },
      chapAuthSession: {
        type: 'boolean',
        description: 'chapAuthSession defines whether support iSCSI Session CHAP authentication',
        older: { 20: 'whether support iSCSI Session CHAP authentication' },
      },
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi',
        older: {
          20: 'Filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi',
        },
      },
      initiatorName: {
        type: 'string',
        description:
          'initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be created for the connection.',
        older: {
          20: 'Custom iSCSI Initiator Name. If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be created for the connection.',
        },
      },
      iqn: {
        type: 'string',
        required: true,
        description: 'iqn is the target iSCSI Qualified Name.',
        older: { 20: 'Target iSCSI Qualified Name.' },
      },
      iscsiInterface: {
        type: 'string',
        description:
          "iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to 'default' (tcp).",
        older: {
          20: "iSCSI Interface Name that uses an iSCSI transport. Defaults to 'default' (tcp).",
        },
      },
      lun: {
        type: 'integer',
        required: true,
        description: 'lun represents iSCSI Target Lun number.',
        older: { 20: 'iSCSI Target Lun number.' },
      },
      portals: {
        type: '[]string',
        description:
          'portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).',
        older: {
          20: 'iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.',
        older: {
          20: 'ReadOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.',
        },
      },
      secretRef: {
        type: 'LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description: 'secretRef is the CHAP Secret for iSCSI target and initiator authentication',
        older: { 20: 'CHAP Secret for iSCSI target and initiator authentication' },
      },
      targetPortal: {
        type: 'string',
        required: true,
        description:
          'targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).',
        older: {
          20: 'iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).',
        },
      },
    },
  },
  V1NFSVolumeSource: {
    name: 'NFSVolumeSource',
    description:
      'Represents an NFS mount that lasts the lifetime of a pod. NFS volumes do not support ownership management or SELinux relabeling.',
    fields: {
      path: {
        type: 'string',
        required: true,
        description:
          'path that is exported by the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
        older: {
          20: 'Path that is exported by the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly here will force the NFS export to be mounted with read-only permissions. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
        older: {
          20: 'ReadOnly here will force the NFS export to be mounted with read-only permissions. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
        },
      },
      server: {
        type: 'string',
        required: true,
        description:
          'server is the hostname or IP address of the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
        older: {
          20: 'Server is the hostname or IP address of the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
        },
      },
    },
  },
  V1PersistentVolumeClaimVolumeSource: {
    name: 'PersistentVolumeClaimVolumeSource',
    description:
      "PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace. This volume finds the bound PV and mounts that volume for the pod. A PersistentVolumeClaimVolumeSource is, essentially, a wrapper around another type of volume that is owned by someone else (the system).",
    fields: {
      claimName: {
        type: 'string',
        required: true,
        description:
          'claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
        older: {
          20: 'ClaimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
        },
      },
      readOnly: {
        type: 'boolean',
        description: 'readOnly Will force the ReadOnly setting in VolumeMounts. Default false.',
        older: { 20: 'Will force the ReadOnly setting in VolumeMounts. Default false.' },
      },
    },
  },
  V1PhotonPersistentDiskVolumeSource: {
    name: 'PhotonPersistentDiskVolumeSource',
    description: 'Represents a Photon Controller persistent disk resource.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        older: {
          20: 'Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        },
      },
      pdID: {
        type: 'string',
        required: true,
        description: 'pdID is the ID that identifies Photon Controller persistent disk',
        older: { 20: 'ID that identifies Photon Controller persistent disk' },
      },
    },
  },
  V1PortworxVolumeSource: {
    name: 'PortworxVolumeSource',
    description: 'PortworxVolumeSource represents a Portworx volume resource.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fSType represents the filesystem type to mount Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.',
        older: {
          20: 'FSType represents the filesystem type to mount Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        older: {
          20: 'Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        },
      },
      volumeID: {
        type: 'string',
        required: true,
        description: 'volumeID uniquely identifies a Portworx volume',
        older: { 20: 'VolumeID uniquely identifies a Portworx volume' },
      },
    },
  },
  V1ProjectedVolumeSource: {
    name: 'ProjectedVolumeSource',
    description: 'Represents a projected volume source',
    fields: {
      defaultMode: {
        type: 'integer',
        description:
          'defaultMode are the mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
        older: {
          20: 'Mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
        },
      },
      sources: {
        type: '[]VolumeProjection',
        ref: 'V1VolumeProjection',
        description:
          'sources is the list of volume projections. Each entry in this list handles one source.',
        older: {
          20: 'list of volume projections',
          28: 'sources is the list of volume projections',
        },
      },
    },
  },
  V1VolumeProjection: {
    name: 'VolumeProjection',
    description:
      'Projection that may be projected along with other supported volume types. Exactly one of these fields must be set.',
    older: { 28: 'Projection that may be projected along with other supported volume types' },
    fields: {
      clusterTrustBundle: {
        type: 'ClusterTrustBundleProjection',
        ref: 'V1ClusterTrustBundleProjection',
        since: 29,
        description:
          'ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.\n\nAlpha, gated by the ClusterTrustBundleProjection feature gate.\n\nClusterTrustBundle objects can either be selected by name, or by the combination of signer name and a label selector.\n\nKubelet performs aggressive normalization of the PEM contents written into the pod filesystem.  Esoteric PEM features such as inter-block comments and block headers are stripped.  Certificates are deduplicated. The ordering of certificates within the file is arbitrary, and Kubelet may change the order over time.',
      },
      configMap: {
        type: 'ConfigMapProjection',
        ref: 'V1ConfigMapProjection',
        description: 'configMap information about the configMap data to project',
        older: { 20: 'information about the configMap data to project' },
      },
      downwardAPI: {
        type: 'DownwardAPIProjection',
        ref: 'V1DownwardAPIProjection',
        description: 'downwardAPI information about the downwardAPI data to project',
        older: { 20: 'information about the downwardAPI data to project' },
      },
      secret: {
        type: 'SecretProjection',
        ref: 'V1SecretProjection',
        description: 'secret information about the secret data to project',
        older: { 20: 'information about the secret data to project' },
      },
      serviceAccountToken: {
        type: 'ServiceAccountTokenProjection',
        ref: 'V1ServiceAccountTokenProjection',
        description:
          'serviceAccountToken is information about the serviceAccountToken data to project',
        older: { 20: 'information about the serviceAccountToken data to project' },
      },
    },
  },
  V1ClusterTrustBundleProjection: {
    name: 'ClusterTrustBundleProjection',
    minors: [33],
    description:
      'ClusterTrustBundleProjection describes how to select a set of ClusterTrustBundle objects and project their contents into the pod filesystem.',
    fields: {
      labelSelector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        since: 29,
        description:
          'Select all ClusterTrustBundles that match this label selector.  Only has effect if signerName is set.  Mutually-exclusive with name.  If unset, interpreted as "match nothing".  If set but empty, interpreted as "match everything".',
      },
      name: {
        type: 'string',
        since: 29,
        description:
          'Select a single ClusterTrustBundle by object name.  Mutually-exclusive with signerName and labelSelector.',
      },
      optional: {
        type: 'boolean',
        since: 29,
        description:
          "If true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available.  If using name, then the named ClusterTrustBundle is allowed not to exist.  If using signerName, then the combination of signerName and labelSelector is allowed to match zero ClusterTrustBundles.",
      },
      path: {
        type: 'string',
        required: true,
        since: 29,
        description: 'Relative path from the volume root to write the bundle.',
      },
      signerName: {
        type: 'string',
        since: 29,
        description:
          'Select all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.  The contents of all selected ClusterTrustBundles will be unified and deduplicated.',
      },
    },
  },
  V1ConfigMapProjection: {
    name: 'ConfigMapProjection',
    description:
      "Adapts a ConfigMap into a projected volume.\n\nThe contents of the target ConfigMap's Data field will be presented in a projected volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. Note that this is identical to a configmap volume source without the default mode.",
    fields: {
      items: {
        type: '[]KeyToPath',
        ref: 'V1KeyToPath',
        description:
          "items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        older: {
          20: "If unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        },
      },
      name: {
        type: 'string',
        description:
          'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          28: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        },
      },
      optional: {
        type: 'boolean',
        description: 'optional specify whether the ConfigMap or its keys must be defined',
        older: { 20: 'Specify whether the ConfigMap or its keys must be defined' },
      },
    },
  },
  V1DownwardAPIProjection: {
    name: 'DownwardAPIProjection',
    description:
      'Represents downward API info for projecting into a projected volume. Note that this is identical to a downwardAPI volume source without the default mode.',
    fields: {
      items: {
        type: '[]DownwardAPIVolumeFile',
        ref: 'V1DownwardAPIVolumeFile',
        description: 'Items is a list of DownwardAPIVolume file',
      },
    },
  },
  V1SecretProjection: {
    name: 'SecretProjection',
    description:
      "Adapts a secret into a projected volume.\n\nThe contents of the target Secret's Data field will be presented in a projected volume as files using the keys in the Data field as the file names. Note that this is identical to a secret volume source without the default mode.",
    fields: {
      items: {
        type: '[]KeyToPath',
        ref: 'V1KeyToPath',
        description:
          "items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        older: {
          20: "If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        },
      },
      name: {
        type: 'string',
        description:
          'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          28: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        },
      },
      optional: {
        type: 'boolean',
        description: 'optional field specify whether the Secret or its key must be defined',
        older: { 20: 'Specify whether the Secret or its key must be defined' },
      },
    },
  },
  V1ServiceAccountTokenProjection: {
    name: 'ServiceAccountTokenProjection',
    description:
      'ServiceAccountTokenProjection represents a projected service account token volume. This projection can be used to insert a service account token into the pods runtime filesystem for use against APIs (Kubernetes API Server or otherwise).',
    fields: {
      audience: {
        type: 'string',
        description:
          'audience is the intended audience of the token. A recipient of a token must identify itself with an identifier specified in the audience of the token, and otherwise should reject the token. The audience defaults to the identifier of the apiserver.',
        older: {
          20: 'Audience is the intended audience of the token. A recipient of a token must identify itself with an identifier specified in the audience of the token, and otherwise should reject the token. The audience defaults to the identifier of the apiserver.',
        },
      },
      expirationSeconds: {
        type: 'integer',
        description:
          'expirationSeconds is the requested duration of validity of the service account token. As the token approaches expiration, the kubelet volume plugin will proactively rotate the service account token. The kubelet will start trying to rotate the token if the token is older than 80 percent of its time to live or if the token is older than 24 hours.Defaults to 1 hour and must be at least 10 minutes.',
        older: {
          20: 'ExpirationSeconds is the requested duration of validity of the service account token. As the token approaches expiration, the kubelet volume plugin will proactively rotate the service account token. The kubelet will start trying to rotate the token if the token is older than 80 percent of its time to live or if the token is older than 24 hours.Defaults to 1 hour and must be at least 10 minutes.',
        },
      },
      path: {
        type: 'string',
        required: true,
        description:
          'path is the path relative to the mount point of the file to project the token into.',
        older: {
          20: 'Path is the path relative to the mount point of the file to project the token into.',
        },
      },
    },
  },
  V1QuobyteVolumeSource: {
    name: 'QuobyteVolumeSource',
    description:
      'Represents a Quobyte mount that lasts the lifetime of a pod. Quobyte volumes do not support ownership management or SELinux relabeling.',
    fields: {
      group: {
        type: 'string',
        description: 'group to map volume access to Default is no group',
        older: { 20: 'Group to map volume access to Default is no group' },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults to false.',
        older: {
          20: 'ReadOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults to false.',
        },
      },
      registry: {
        type: 'string',
        required: true,
        description:
          'registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes',
        older: {
          20: 'Registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes',
        },
      },
      tenant: {
        type: 'string',
        description:
          'tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin',
        older: {
          20: 'Tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin',
        },
      },
      user: {
        type: 'string',
        description: 'user to map volume access to Defaults to serivceaccount user',
        older: { 20: 'User to map volume access to Defaults to serivceaccount user' },
      },
      volume: {
        type: 'string',
        required: true,
        description:
          'volume is a string that references an already created Quobyte volume by name.',
        older: {
          20: 'Volume is a string that references an already created Quobyte volume by name.',
        },
      },
    },
  },
  V1RBDVolumeSource: {
    name: 'RBDVolumeSource',
    description:
      'Represents a Rados Block Device mount that lasts the lifetime of a pod. RBD volumes support ownership management and SELinux relabeling.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd',
        older: {
          20: 'Filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd',
        },
      },
      image: {
        type: 'string',
        required: true,
        description:
          'image is the rados image name. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        older: {
          20: 'The rados image name. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        },
      },
      keyring: {
        type: 'string',
        description:
          'keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        older: {
          20: 'Keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        },
      },
      monitors: {
        type: '[]string',
        required: true,
        description:
          'monitors is a collection of Ceph monitors. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        older: {
          20: 'A collection of Ceph monitors. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        },
      },
      pool: {
        type: 'string',
        description:
          'pool is the rados pool name. Default is rbd. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        older: {
          20: 'The rados pool name. Default is rbd. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        older: {
          20: 'ReadOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        },
      },
      secretRef: {
        type: 'LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description:
          'secretRef is name of the authentication secret for RBDUser. If provided overrides keyring. Default is nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        older: {
          20: 'SecretRef is name of the authentication secret for RBDUser. If provided overrides keyring. Default is nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        },
      },
      user: {
        type: 'string',
        description:
          'user is the rados user name. Default is admin. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        older: {
          20: 'The rados user name. Default is admin. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
        },
      },
    },
  },
  V1ScaleIOVolumeSource: {
    name: 'ScaleIOVolumeSource',
    description: 'ScaleIOVolumeSource represents a persistent ScaleIO volume',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Default is "xfs".',
        older: {
          20: 'Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Default is "xfs".',
        },
      },
      gateway: {
        type: 'string',
        required: true,
        description: 'gateway is the host address of the ScaleIO API Gateway.',
        older: { 20: 'The host address of the ScaleIO API Gateway.' },
      },
      protectionDomain: {
        type: 'string',
        description:
          'protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.',
        older: { 20: 'The name of the ScaleIO Protection Domain for the configured storage.' },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        older: {
          20: 'Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        },
      },
      secretRef: {
        type: 'LocalObjectReference',
        ref: 'V1LocalObjectReference',
        required: true,
        description:
          'secretRef references to the secret for ScaleIO user and other sensitive information. If this is not provided, Login operation will fail.',
        older: {
          20: 'SecretRef references to the secret for ScaleIO user and other sensitive information. If this is not provided, Login operation will fail.',
        },
      },
      sslEnabled: {
        type: 'boolean',
        description: 'sslEnabled Flag enable/disable SSL communication with Gateway, default false',
        older: { 20: 'Flag to enable/disable SSL communication with Gateway, default false' },
      },
      storageMode: {
        type: 'string',
        description:
          'storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned.',
        older: {
          20: 'Indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned.',
        },
      },
      storagePool: {
        type: 'string',
        description:
          'storagePool is the ScaleIO Storage Pool associated with the protection domain.',
        older: { 20: 'The ScaleIO Storage Pool associated with the protection domain.' },
      },
      system: {
        type: 'string',
        required: true,
        description: 'system is the name of the storage system as configured in ScaleIO.',
        older: { 20: 'The name of the storage system as configured in ScaleIO.' },
      },
      volumeName: {
        type: 'string',
        description:
          'volumeName is the name of a volume already created in the ScaleIO system that is associated with this volume source.',
        older: {
          20: 'The name of a volume already created in the ScaleIO system that is associated with this volume source.',
        },
      },
    },
  },
  V1SecretVolumeSource: {
    name: 'SecretVolumeSource',
    description:
      "Adapts a Secret into a volume.\n\nThe contents of the target Secret's Data field will be presented in a volume as files using the keys in the Data field as the file names. Secret volumes support ownership management and SELinux relabeling.",
    fields: {
      defaultMode: {
        type: 'integer',
        description:
          'defaultMode is Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
        older: {
          20: 'Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
        },
      },
      items: {
        type: '[]KeyToPath',
        ref: 'V1KeyToPath',
        description:
          "items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        older: {
          20: "If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        },
      },
      optional: {
        type: 'boolean',
        description: 'optional field specify whether the Secret or its keys must be defined',
        older: { 20: 'Specify whether the Secret or its keys must be defined' },
      },
      secretName: {
        type: 'string',
        description:
          "secretName is the name of the secret in the pod's namespace to use. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret",
        older: {
          20: "Name of the secret in the pod's namespace to use. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret",
        },
      },
    },
  },
  V1StorageOSVolumeSource: {
    name: 'StorageOSVolumeSource',
    description: 'Represents a StorageOS persistent volume resource.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        older: {
          20: 'Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        },
      },
      readOnly: {
        type: 'boolean',
        description:
          'readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        older: {
          20: 'Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
        },
      },
      secretRef: {
        type: 'LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description:
          'secretRef specifies the secret to use for obtaining the StorageOS API credentials.  If not specified, default values will be attempted.',
        older: {
          20: 'SecretRef specifies the secret to use for obtaining the StorageOS API credentials.  If not specified, default values will be attempted.',
        },
      },
      volumeName: {
        type: 'string',
        description:
          'volumeName is the human-readable name of the StorageOS volume.  Volume names are only unique within a namespace.',
        older: {
          20: 'VolumeName is the human-readable name of the StorageOS volume.  Volume names are only unique within a namespace.',
        },
      },
      volumeNamespace: {
        type: 'string',
        description:
          'volumeNamespace specifies the scope of the volume within StorageOS.  If no namespace is specified then the Pod\'s namespace will be used.  This allows the Kubernetes name scoping to be mirrored within StorageOS for tighter integration. Set VolumeName to any name to override the default behaviour. Set to "default" if you are not using namespaces within StorageOS. Namespaces that do not pre-exist within StorageOS will be created.',
        older: {
          20: 'VolumeNamespace specifies the scope of the volume within StorageOS.  If no namespace is specified then the Pod\'s namespace will be used.  This allows the Kubernetes name scoping to be mirrored within StorageOS for tighter integration. Set VolumeName to any name to override the default behaviour. Set to "default" if you are not using namespaces within StorageOS. Namespaces that do not pre-exist within StorageOS will be created.',
        },
      },
    },
  },
  V1VsphereVirtualDiskVolumeSource: {
    name: 'VsphereVirtualDiskVolumeSource',
    description: 'Represents a vSphere volume resource.',
    fields: {
      fsType: {
        type: 'string',
        description:
          'fsType is filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        older: {
          20: 'Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        },
      },
      storagePolicyID: {
        type: 'string',
        description:
          'storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.',
        older: {
          20: 'Storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.',
        },
      },
      storagePolicyName: {
        type: 'string',
        description:
          'storagePolicyName is the storage Policy Based Management (SPBM) profile name.',
        older: { 20: 'Storage Policy Based Management (SPBM) profile name.' },
      },
      volumePath: {
        type: 'string',
        required: true,
        description: 'volumePath is the path that identifies vSphere volume vmdk',
        older: { 20: 'Path that identifies vSphere volume vmdk' },
      },
    },
  },
  V1PodStatus: {
    name: 'PodStatus',
    description:
      'PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.',
    fields: {
      conditions: {
        type: '[]PodCondition',
        ref: 'V1PodCondition',
        description:
          'Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions',
      },
      containerStatuses: {
        type: '[]ContainerStatus',
        ref: 'V1ContainerStatus',
        description:
          'Statuses of containers in this pod. Each container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status',
        older: {
          20: 'The list has one entry per container in the manifest. Each entry is currently the output of `docker inspect`. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status',
          28: 'The list has one entry per container in the manifest. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status',
        },
      },
      ephemeralContainerStatuses: {
        type: '[]ContainerStatus',
        ref: 'V1ContainerStatus',
        description:
          'Statuses for any ephemeral containers that have run in this pod. Each ephemeral container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status',
        older: {
          20: 'Status for any ephemeral containers that have run in this pod. This field is alpha-level and is only populated by servers that enable the EphemeralContainers feature.',
          28: 'Status for any ephemeral containers that have run in this pod.',
        },
      },
      hostIP: {
        type: 'string',
        description:
          'hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns mean that HostIP will not be updated even if there is a node is assigned to pod',
        older: {
          20: 'IP address of the host to which the pod is assigned. Empty if not yet scheduled.',
        },
      },
      hostIPs: {
        type: '[]HostIP',
        ref: 'V1HostIP',
        since: 21,
        description:
          'hostIPs holds the IP addresses allocated to the host. If this field is specified, the first entry must match the hostIP field. This list is empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns means that HostIPs will not be updated even if there is a node is assigned to this pod.',
      },
      initContainerStatuses: {
        type: '[]ContainerStatus',
        ref: 'V1ContainerStatus',
        description:
          'Statuses of init containers in this pod. The most recent successful non-restartable init container will have ready = true, the most recently started container will have startTime set. Each init container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-and-container-status',
        older: {
          28: 'The list has one entry per init container in the manifest. The most recent successful init container will have ready = true, the most recently started container will have startTime set. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status',
        },
      },
      message: {
        type: 'string',
        description:
          'A human readable message indicating details about why the pod is in this condition.',
      },
      nominatedNodeName: {
        type: 'string',
        description:
          'nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled.',
      },
      observedGeneration: {
        type: 'integer',
        since: 29,
        description:
          'If set, this represents the .metadata.generation that the pod status was set based upon. This is an alpha field. Enable PodObservedGenerationTracking to be able to use this field.',
      },
      phase: {
        type: 'string',
        description:
          "The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod's status. There are five possible phase values:\n\nPending: The pod has been accepted by the Kubernetes system, but one or more of the container images has not been created. This includes time before being scheduled as well as time spent downloading images over the network, which could take a while. Running: The pod has been bound to a node, and all of the containers have been created. At least one container is still running, or is in the process of starting or restarting. Succeeded: All containers in the pod have terminated in success, and will not be restarted. Failed: All containers in the pod have terminated, and at least one container has terminated in failure. The container either exited with non-zero status or was terminated by the system. Unknown: For some reason the state of the pod could not be obtained, typically due to an error in communicating with the host of the pod.\n\nMore info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase",
      },
      podIP: {
        type: 'string',
        description:
          'podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.',
        older: {
          20: 'IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.',
        },
      },
      podIPs: {
        type: '[]PodIP',
        ref: 'V1PodIP',
        description:
          'podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry must match the podIP field. Pods may be allocated at most 1 value for each of IPv4 and IPv6. This list is empty if no IPs have been allocated yet.',
      },
      qosClass: {
        type: 'string',
        description:
          'The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes',
        older: {
          20: 'The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://git.k8s.io/community/contributors/design-proposals/node/resource-qos.md',
        },
      },
      reason: {
        type: 'string',
        description:
          "A brief CamelCase message indicating details about why the pod is in this state. e.g. 'Evicted'",
      },
      resize: {
        type: 'string',
        since: 21,
        description:
          'Status of resources resize desired for pod\'s containers. It is empty if no resources resize is pending. Any changes to container resources will automatically set this to "Proposed" Deprecated: Resize status is moved to two pod conditions PodResizePending and PodResizeInProgress. PodResizePending will track states where the spec has been resized, but the Kubelet has not yet allocated the resources. PodResizeInProgress will track in-progress resizes, and should be present whenever allocated resources != acknowledged resources.',
        older: {
          28: 'Status of resources resize desired for pod\'s containers. It is empty if no resources resize is pending. Any changes to container resources will automatically set this to "Proposed"',
        },
      },
      resourceClaimStatuses: {
        type: '[]PodResourceClaimStatus',
        ref: 'V1PodResourceClaimStatus',
        since: 21,
        description: 'Status of resource claims.',
      },
      startTime: {
        type: 'string',
        description:
          'RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod.',
      },
    },
  },
  V1PodCondition: {
    name: 'PodCondition',
    description: 'PodCondition contains details for the current condition of this pod.',
    fields: {
      lastProbeTime: { type: 'string', description: 'Last time we probed the condition.' },
      lastTransitionTime: {
        type: 'string',
        description: 'Last time the condition transitioned from one status to another.',
      },
      message: {
        type: 'string',
        description: 'Human-readable message indicating details about last transition.',
      },
      observedGeneration: {
        type: 'integer',
        since: 29,
        description:
          'If set, this represents the .metadata.generation that the pod condition was set based upon. This is an alpha field. Enable PodObservedGenerationTracking to be able to use this field.',
      },
      reason: {
        type: 'string',
        description: "Unique, one-word, CamelCase reason for the condition's last transition.",
      },
      status: {
        type: 'string',
        required: true,
        description:
          'Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions',
      },
      type: {
        type: 'string',
        required: true,
        description:
          'Type is the type of the condition. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions',
      },
    },
  },
  V1ContainerStatus: {
    name: 'ContainerStatus',
    description: 'ContainerStatus contains details for the current status of this container.',
    fields: {
      allocatedResources: {
        type: 'map[string]Quantity',
        since: 21,
        description:
          'AllocatedResources represents the compute resources allocated for this container by the node. Kubelet sets this value to Container.Resources.Requests upon successful pod admission and after successfully admitting desired pod resize.',
      },
      allocatedResourcesStatus: {
        type: '[]ResourceStatus',
        ref: 'V1ResourceStatus',
        since: 29,
        description:
          'AllocatedResourcesStatus represents the status of various resources allocated for this Pod.',
      },
      containerID: {
        type: 'string',
        description:
          'ContainerID is the ID of the container in the format \'<type>://<container_id>\'. Where type is a container runtime identifier, returned from Version call of CRI API (for example "containerd").',
        older: { 20: "Container's ID in the format 'docker://<container_id>'." },
      },
      image: {
        type: 'string',
        required: true,
        description:
          'Image is the name of container image that the container is running. The container image may not match the image used in the PodSpec, as it may have been resolved by the runtime. More info: https://kubernetes.io/docs/concepts/containers/images.',
        older: {
          20: 'The image the container is running. More info: https://kubernetes.io/docs/concepts/containers/images',
        },
      },
      imageID: {
        type: 'string',
        required: true,
        description:
          "ImageID is the image ID of the container's image. The image ID may not match the image ID of the image used in the PodSpec, as it may have been resolved by the runtime.",
        older: { 20: "ImageID of the container's image." },
      },
      lastState: {
        type: 'ContainerState',
        ref: 'V1ContainerState',
        description:
          'LastTerminationState holds the last termination state of the container to help debug container crashes and restarts. This field is not populated if the container is still running and RestartCount is 0.',
        older: { 20: "Details about the container's last termination condition." },
      },
      name: {
        type: 'string',
        required: true,
        description:
          'Name is a DNS_LABEL representing the unique name of the container. Each container in a pod must have a unique name across all container types. Cannot be updated.',
        older: {
          20: 'This must be a DNS_LABEL. Each container in a pod must have a unique name. Cannot be updated.',
        },
      },
      ready: {
        type: 'boolean',
        required: true,
        description:
          'Ready specifies whether the container is currently passing its readiness check. The value will change as readiness probes keep executing. If no readiness probes are specified, this field defaults to true once the container is fully started (see Started field).\n\nThe value is typically used to determine whether a container is ready to accept traffic.',
        older: { 20: 'Specifies whether the container has passed its readiness probe.' },
      },
      resources: {
        type: 'ResourceRequirements',
        ref: 'V1ResourceRequirements',
        since: 21,
        description:
          'Resources represents the compute resource requests and limits that have been successfully enacted on the running container after it has been started or has been successfully resized.',
      },
      restartCount: {
        type: 'integer',
        required: true,
        description:
          'RestartCount holds the number of times the container has been restarted. Kubelet makes an effort to always increment the value, but there are cases when the state may be lost due to node restarts and then the value may be reset to 0. The value is never negative.',
        older: {
          20: 'The number of times the container has been restarted, currently based on the number of dead containers that have not yet been removed. Note that this is calculated from dead containers. But those containers are subject to garbage collection. This value will get capped at 5 by GC.',
        },
      },
      started: {
        type: 'boolean',
        description:
          'Started indicates whether the container has finished its postStart lifecycle hook and passed its startup probe. Initialized as false, becomes true after startupProbe is considered successful. Resets to false when the container is restarted, or if kubelet loses state temporarily. In both cases, startup probes will run again. Is always true when no startupProbe is defined and container is running and has passed the postStart lifecycle hook. The null value must be treated the same as false.',
        older: {
          20: 'Specifies whether the container has passed its startup probe. Initialized as false, becomes true after startupProbe is considered successful. Resets to false when the container is restarted, or if kubelet loses state temporarily. Is always true when no startupProbe is defined.',
        },
      },
      state: {
        type: 'ContainerState',
        ref: 'V1ContainerState',
        description: "State holds details about the container's current condition.",
        older: { 20: "Details about the container's current condition." },
      },
      stopSignal: {
        type: 'string',
        since: 29,
        description: 'StopSignal reports the effective stop signal for this container',
      },
      user: { type: 'ContainerUser', ref: 'V1ContainerUser', since: 29, description: '' },
      volumeMounts: {
        type: '[]VolumeMountStatus',
        ref: 'V1VolumeMountStatus',
        since: 29,
        description: 'Status of volume mounts.',
      },
    },
  },
  V1ResourceStatus: {
    name: 'ResourceStatus',
    minors: [33],
    description: 'ResourceStatus represents the status of a single resource allocated to a Pod.',
    fields: {
      name: {
        type: 'string',
        required: true,
        since: 29,
        description:
          'Name of the resource. Must be unique within the pod and in case of non-DRA resource, match one of the resources from the pod spec. For DRA resources, the value must be "claim:<claim_name>/<request>". When this status is reported about a container, the "claim_name" and "request" must match one of the claims of this container.',
      },
      resources: {
        type: '[]ResourceHealth',
        ref: 'V1ResourceHealth',
        since: 29,
        description:
          'List of unique resources health. Each element in the list contains an unique resource ID and its health. At a minimum, for the lifetime of a Pod, resource ID must uniquely identify the resource allocated to the Pod on the Node. If other Pod on the same Node reports the status with the same resource ID, it must be the same resource they share. See ResourceID type definition for a specific format it has in various use cases.',
      },
    },
  },
  V1ResourceHealth: {
    name: 'ResourceHealth',
    minors: [33],
    description:
      'ResourceHealth represents the health of a resource. It has the latest device health information. This is a part of KEP https://kep.k8s.io/4680.',
    fields: {
      health: {
        type: 'string',
        since: 29,
        description:
          "Health of the resource. can be one of:  - Healthy: operates as normal  - Unhealthy: reported unhealthy. We consider this a temporary health issue               since we do not have a mechanism today to distinguish               temporary and permanent issues.  - Unknown: The status cannot be determined.             For example, Device Plugin got unregistered and hasn't been re-registered since.  In future we may want to introduce the PermanentlyUnhealthy Status.",
      },
      resourceID: {
        type: 'string',
        required: true,
        since: 29,
        description:
          'ResourceID is the unique identifier of the resource. See the ResourceID type for more information.',
      },
    },
  },
  V1ContainerState: {
    name: 'ContainerState',
    description:
      'ContainerState holds a possible state of container. Only one of its members may be specified. If none of them is specified, the default one is ContainerStateWaiting.',
    fields: {
      running: {
        type: 'ContainerStateRunning',
        ref: 'V1ContainerStateRunning',
        description: 'Details about a running container',
      },
      terminated: {
        type: 'ContainerStateTerminated',
        ref: 'V1ContainerStateTerminated',
        description: 'Details about a terminated container',
      },
      waiting: {
        type: 'ContainerStateWaiting',
        ref: 'V1ContainerStateWaiting',
        description: 'Details about a waiting container',
      },
    },
  },
  V1ContainerStateRunning: {
    name: 'ContainerStateRunning',
    description: 'ContainerStateRunning is a running state of a container.',
    fields: {
      startedAt: {
        type: 'string',
        description: 'Time at which the container was last (re-)started',
      },
    },
  },
  V1ContainerStateTerminated: {
    name: 'ContainerStateTerminated',
    description: 'ContainerStateTerminated is a terminated state of a container.',
    fields: {
      containerID: {
        type: 'string',
        description: "Container's ID in the format '<type>://<container_id>'",
        older: { 20: "Container's ID in the format 'docker://<container_id>'" },
      },
      exitCode: {
        type: 'integer',
        required: true,
        description: 'Exit status from the last termination of the container',
      },
      finishedAt: { type: 'string', description: 'Time at which the container last terminated' },
      message: {
        type: 'string',
        description: 'Message regarding the last termination of the container',
      },
      reason: {
        type: 'string',
        description: '(brief) reason from the last termination of the container',
      },
      signal: { type: 'integer', description: 'Signal from the last termination of the container' },
      startedAt: {
        type: 'string',
        description: 'Time at which previous execution of the container started',
      },
    },
  },
  V1ContainerStateWaiting: {
    name: 'ContainerStateWaiting',
    description: 'ContainerStateWaiting is a waiting state of a container.',
    fields: {
      message: {
        type: 'string',
        description: 'Message regarding why the container is not yet running.',
      },
      reason: { type: 'string', description: '(brief) reason the container is not yet running.' },
    },
  },
  V1ContainerUser: {
    name: 'ContainerUser',
    minors: [33],
    description: 'ContainerUser represents user identity information',
    fields: {
      linux: {
        type: 'LinuxContainerUser',
        ref: 'V1LinuxContainerUser',
        since: 29,
        description: '',
      },
    },
  },
  V1LinuxContainerUser: {
    name: 'LinuxContainerUser',
    minors: [33],
    description: 'LinuxContainerUser represents user identity information in Linux containers',
    fields: {
      gid: {
        type: 'integer',
        required: true,
        since: 29,
        description:
          'GID is the primary gid initially attached to the first process in the container',
      },
      supplementalGroups: {
        type: '[]integer',
        since: 29,
        description:
          'SupplementalGroups are the supplemental groups initially attached to the first process in the container',
      },
      uid: {
        type: 'integer',
        required: true,
        since: 29,
        description:
          'UID is the primary uid initially attached to the first process in the container',
      },
    },
  },
  V1VolumeMountStatus: {
    name: 'VolumeMountStatus',
    minors: [33],
    description: 'VolumeMountStatus shows status of volume mounts.',
    fields: {
      mountPath: {
        type: 'string',
        required: true,
        since: 29,
        description: 'MountPath corresponds to the original VolumeMount.',
      },
      name: {
        type: 'string',
        required: true,
        since: 29,
        description: 'Name corresponds to the name of the original VolumeMount.',
      },
      readOnly: {
        type: 'boolean',
        since: 29,
        description: 'ReadOnly corresponds to the original VolumeMount.',
      },
      recursiveReadOnly: {
        type: 'string',
        since: 29,
        description:
          'RecursiveReadOnly must be set to Disabled, Enabled, or unspecified (for non-readonly mounts). An IfPossible value in the original VolumeMount must be translated to Disabled or Enabled, depending on the mount result.',
      },
    },
  },
  V1HostIP: {
    name: 'HostIP',
    minors: [28, 33],
    description: 'HostIP represents a single IP address allocated to the host.',
    fields: {
      ip: {
        type: 'string',
        required: true,
        since: 21,
        description: 'IP is the IP address assigned to the host',
      },
    },
  },
  V1PodIP: {
    name: 'PodIP',
    description: 'PodIP represents a single IP address allocated to the pod.',
    older: {
      20: 'IP address information for entries in the (plural) PodIPs field. Each entry includes:    IP: An IP address allocated to the pod. Routable at least within the cluster.',
    },
    fields: {
      ip: {
        type: 'string',
        required: true,
        description: 'IP is the IP address assigned to the pod',
        older: { 20: 'ip is an IP address (IPv4 or IPv6) assigned to the pod' },
      },
    },
  },
  V1PodResourceClaimStatus: {
    name: 'PodResourceClaimStatus',
    minors: [28, 33],
    description:
      'PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references a ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.',
    fields: {
      name: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'Name uniquely identifies this resource claim inside the pod. This must match the name of an entry in pod.spec.resourceClaims, which implies that the string must be a DNS_LABEL.',
      },
      resourceClaimName: {
        type: 'string',
        since: 21,
        description:
          'ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the namespace of the Pod. If this is unset, then generating a ResourceClaim was not necessary. The pod.spec.resourceClaims entry can be ignored in this case.',
        older: {
          28: 'ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the namespace of the Pod. It this is unset, then generating a ResourceClaim was not necessary. The pod.spec.resourceClaims entry can be ignored in this case.',
        },
      },
    },
  },
  V1Service: {
    name: 'Service',
    description:
      'Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      spec: {
        type: 'ServiceSpec',
        ref: 'V1ServiceSpec',
        description:
          'Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
      status: {
        type: 'ServiceStatus',
        ref: 'V1ServiceStatus',
        description:
          'Most recently observed status of the service. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1ServiceSpec: {
    name: 'ServiceSpec',
    description: 'ServiceSpec describes the attributes that a user creates on a service.',
    fields: {
      allocateLoadBalancerNodePorts: {
        type: 'boolean',
        description:
          'allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is "true". It may be set to "false" if the cluster load-balancer does not rely on NodePorts.  If the caller requests specific NodePorts (by specifying a value), those requests will be respected, regardless of this field. This field may only be set for services with type LoadBalancer and will be cleared if the type is changed to any other type.',
        older: {
          20: 'allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is "true". It may be set to "false" if the cluster load-balancer does not rely on NodePorts. allocateLoadBalancerNodePorts may only be set for services with type LoadBalancer and will be cleared if the type is changed to any other type. This field is alpha-level and is only honored by servers that enable the ServiceLBNodePortControl feature.',
        },
      },
      clusterIP: {
        type: 'string',
        description:
          'clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address. Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
      },
      clusterIPs: {
        type: '[]string',
        description:
          'ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.  If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be empty) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address.  Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName.  If this field is not specified, it will be initialized from the clusterIP field.  If this field is specified, clients must ensure that clusterIPs[0] and clusterIP have the same value.\n\nThis field may hold a maximum of two entries (dual-stack IPs, in either order). These IPs must correspond to the values of the ipFamilies field. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
        older: {
          20: 'ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.  If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be empty) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address.  Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName.  If this field is not specified, it will be initialized from the clusterIP field.  If this field is specified, clients must ensure that clusterIPs[0] and clusterIP have the same value.\n\nUnless the "IPv6DualStack" feature gate is enabled, this field is limited to one value, which must be the same as the clusterIP field.  If the feature gate is enabled, this field may hold a maximum of two entries (dual-stack IPs, in either order).  These IPs must correspond to the values of the ipFamilies field. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
        },
      },
      externalIPs: {
        type: '[]string',
        description:
          'externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.',
      },
      externalName: {
        type: 'string',
        description:
          'externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".',
        older: {
          20: 'externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires Type to be',
        },
      },
      externalTrafficPolicy: {
        type: 'string',
        description:
          'externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service\'s "externally-facing" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs). If set to "Local", the proxy will configure the service in a way that assumes that external load balancers will take care of balancing the service traffic between nodes, and so each node will deliver traffic only to the node-local endpoints of the service, without masquerading the client source IP. (Traffic mistakenly sent to a node with no endpoints will be dropped.) The default value, "Cluster", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features). Note that traffic sent to an External IP or LoadBalancer IP from within the cluster will always get "Cluster" semantics, but clients sending to a NodePort from within the cluster may need to take traffic policy into account when picking a node.',
        older: {
          20: 'externalTrafficPolicy denotes if this Service desires to route external traffic to node-local or cluster-wide endpoints. "Local" preserves the client source IP and avoids a second hop for LoadBalancer and Nodeport type services, but risks potentially imbalanced traffic spreading. "Cluster" obscures the client source IP and may cause a second hop to another node, but should have good overall load-spreading.',
        },
      },
      healthCheckNodePort: {
        type: 'integer',
        description:
          'healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local. If a value is specified, is in-range, and is not in use, it will be used.  If not specified, a value will be automatically allocated.  External systems (e.g. load-balancers) can use this port to determine if a given node holds endpoints for this service or not.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type). This field cannot be updated once set.',
        older: {
          20: 'healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local. If a value is specified, is in-range, and is not in use, it will be used.  If not specified, a value will be automatically allocated.  External systems (e.g. load-balancers) can use this port to determine if a given node holds endpoints for this service or not.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type).',
        },
      },
      internalTrafficPolicy: {
        type: 'string',
        since: 21,
        description:
          'InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP. If set to "Local", the proxy will assume that pods only want to talk to endpoints of the service on the same node as the pod, dropping the traffic if there are no local endpoints. The default value, "Cluster", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features).',
      },
      ipFamilies: {
        type: '[]string',
        description:
          'IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service. This field is usually assigned automatically based on cluster configuration and the ipFamilyPolicy field. If this field is specified manually, the requested family is available in the cluster, and ipFamilyPolicy allows it, it will be used; otherwise creation of the service will fail. This field is conditionally mutable: it allows for adding or removing a secondary IP family, but it does not allow changing the primary IP family of the Service. Valid values are "IPv4" and "IPv6".  This field only applies to Services of types ClusterIP, NodePort, and LoadBalancer, and does apply to "headless" services. This field will be wiped when updating a Service to type ExternalName.\n\nThis field may hold a maximum of two entries (dual-stack families, in either order).  These families must correspond to the values of the clusterIPs field, if specified. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.',
        older: {
          20: 'IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service, and is gated by the "IPv6DualStack" feature gate.  This field is usually assigned automatically based on cluster configuration and the ipFamilyPolicy field. If this field is specified manually, the requested family is available in the cluster, and ipFamilyPolicy allows it, it will be used; otherwise creation of the service will fail.  This field is conditionally mutable: it allows for adding or removing a secondary IP family, but it does not allow changing the primary IP family of the Service.  Valid values are "IPv4" and "IPv6".  This field only applies to Services of types ClusterIP, NodePort, and LoadBalancer, and does apply to "headless" services.  This field will be wiped when updating a Service to type ExternalName.  This field may hold a maximum of two entries (dual-stack families, in either order).  These families must correspond to the values of the clusterIPs field, if specified. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.',
        },
      },
      ipFamilyPolicy: {
        type: 'string',
        description:
          'IPFamilyPolicy represents the dual-stack-ness requested or required by this Service. If there is no value provided, then this field will be set to SingleStack. Services can be "SingleStack" (a single IP family), "PreferDualStack" (two IP families on dual-stack configured clusters or a single IP family on single-stack clusters), or "RequireDualStack" (two IP families on dual-stack configured clusters, otherwise fail). The ipFamilies and clusterIPs fields depend on the value of this field. This field will be wiped when updating a service to type ExternalName.',
        older: {
          20: 'IPFamilyPolicy represents the dual-stack-ness requested or required by this Service, and is gated by the "IPv6DualStack" feature gate.  If there is no value provided, then this field will be set to SingleStack. Services can be "SingleStack" (a single IP family), "PreferDualStack" (two IP families on dual-stack configured clusters or a single IP family on single-stack clusters), or "RequireDualStack" (two IP families on dual-stack configured clusters, otherwise fail). The ipFamilies and clusterIPs fields depend on the value of this field.  This field will be wiped when updating a service to type ExternalName.',
        },
      },
      loadBalancerClass: {
        type: 'string',
        since: 21,
        description:
          "loadBalancerClass is the class of the load balancer implementation this Service belongs to. If specified, the value of this field must be a label-style identifier, with an optional prefix, e.g. \"internal-vip\" or \"example.com/internal-vip\". Unprefixed names are reserved for end-users. This field can only be set when the Service type is 'LoadBalancer'. If not set, the default load balancer implementation is used, today this is typically done through the cloud provider integration, but should apply for any default implementation. If set, it is assumed that a load balancer implementation is watching for Services with a matching class. Any default load balancer implementation (e.g. cloud providers) should ignore Services that set this field. This field can only be set when creating or updating a Service to type 'LoadBalancer'. Once set, it can not be changed. This field will be wiped when a service is updated to a non 'LoadBalancer' type.",
      },
      loadBalancerIP: {
        type: 'string',
        description:
          'Only applies to Service Type: LoadBalancer. This feature depends on whether the underlying cloud-provider supports specifying the loadBalancerIP when a load balancer is created. This field will be ignored if the cloud-provider does not support the feature. Deprecated: This field was under-specified and its meaning varies across implementations. Using it is non-portable and it may not support dual-stack. Users are encouraged to use implementation-specific annotations when available.',
        older: {
          20: 'Only applies to Service Type: LoadBalancer LoadBalancer will get created with the IP specified in this field. This feature depends on whether the underlying cloud-provider supports specifying the loadBalancerIP when a load balancer is created. This field will be ignored if the cloud-provider does not support the feature.',
        },
      },
      loadBalancerSourceRanges: {
        type: '[]string',
        description:
          'If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs. This field will be ignored if the cloud-provider does not support the feature." More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/',
        older: {
          20: 'If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs. This field will be ignored if the cloud-provider does not support the feature." More info: https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/',
        },
      },
      ports: {
        type: '[]ServicePort',
        ref: 'V1ServicePort',
        description:
          'The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
      },
      publishNotReadyAddresses: {
        type: 'boolean',
        description:
          'publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready. The primary use case for setting this field is for a StatefulSet\'s Headless Service to propagate SRV DNS records for its Pods for the purpose of peer discovery. The Kubernetes controllers that generate Endpoints and EndpointSlice resources for Services interpret this to mean that all endpoints are considered "ready" even if the Pods themselves are not. Agents which consume only Kubernetes generated endpoints through the Endpoints or EndpointSlice resources can safely assume this behavior.',
      },
      selector: {
        type: 'map[string]string',
        description:
          'Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/',
      },
      sessionAffinity: {
        type: 'string',
        description:
          'Supports "ClientIP" and "None". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
      },
      sessionAffinityConfig: {
        type: 'SessionAffinityConfig',
        ref: 'V1SessionAffinityConfig',
        description: 'sessionAffinityConfig contains the configurations of session affinity.',
      },
      topologyKeys: {
        type: '[]string',
        until: 21,
        description:
          'topologyKeys is a preference-order list of topology keys which implementations of services should use to preferentially sort endpoints when accessing this Service, it can not be used at the same time as externalTrafficPolicy=Local. Topology keys must be valid label keys and at most 16 keys may be specified. Endpoints are chosen based on the first topology key with available backends. If this field is specified and all entries have no backends that match the topology of the client, the service has no backends for that client and connections should fail. The special value "*" may be used to mean "any topology". This catch-all value, if used, only makes sense as the last value in the list. If this is not specified or empty, no topology constraints will be applied. This field is alpha-level and is only honored by servers that enable the ServiceTopology feature.',
      },
      trafficDistribution: {
        type: 'string',
        since: 29,
        description:
          'TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints. Implementations can use this field as a hint, but are not required to guarantee strict adherence. If the field is not set, the implementation will apply its default routing strategy. If set to "PreferClose", implementations should prioritize endpoints that are in the same zone.',
      },
      type: {
        type: 'string',
        description:
          'type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. "ClusterIP" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is "None", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. "NodePort" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. "LoadBalancer" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. "ExternalName" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types',
      },
    },
  },
  V1ServicePort: {
    name: 'ServicePort',
    description: "ServicePort contains information on service's port.",
    fields: {
      appProtocol: {
        type: 'string',
        description:
          "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-\n  * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455\n  * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol.",
        older: {
          20: 'The application protocol for this port. This field follows standard Kubernetes label syntax. Un-prefixed names are reserved for IANA standard service names (as per RFC-6335 and http://www.iana.org/assignments/service-names). Non-standard protocols should use prefixed names such as mycompany.com/my-custom-protocol. This is a beta field that is guarded by the ServiceAppProtocol feature gate and enabled by default.',
          28: "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 over cleartext as described in https://www.rfc-editor.org/rfc/rfc7540   * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455   * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455  * Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol.",
        },
      },
      name: {
        type: 'string',
        description:
          "The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service.",
      },
      nodePort: {
        type: 'integer',
        description:
          'The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type from NodePort to ClusterIP). More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
      },
      port: {
        type: 'integer',
        required: true,
        description: 'The port that will be exposed by this service.',
      },
      protocol: {
        type: 'string',
        description:
          'The IP protocol for this port. Supports "TCP", "UDP", and "SCTP". Default is TCP.',
      },
      targetPort: {
        type: 'IntOrString',
        description:
          "Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map). This field is ignored for services with clusterIP=None, and should be omitted or set equal to the 'port' field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service",
      },
    },
  },
  V1SessionAffinityConfig: {
    name: 'SessionAffinityConfig',
    description: 'SessionAffinityConfig represents the configurations of session affinity.',
    fields: {
      clientIP: {
        type: 'ClientIPConfig',
        ref: 'V1ClientIPConfig',
        description: 'clientIP contains the configurations of Client IP based session affinity.',
      },
    },
  },
  V1ClientIPConfig: {
    name: 'ClientIPConfig',
    description:
      'ClientIPConfig represents the configurations of Client IP based session affinity.',
    fields: {
      timeoutSeconds: {
        type: 'integer',
        description:
          'timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP". Default value is 10800(for 3 hours).',
      },
    },
  },
  V1ServiceStatus: {
    name: 'ServiceStatus',
    description: 'ServiceStatus represents the current status of a service.',
    fields: {
      conditions: { type: '[]Condition', ref: 'V1Condition', description: 'Current service state' },
      loadBalancer: {
        type: 'LoadBalancerStatus',
        ref: 'V1LoadBalancerStatus',
        description:
          'LoadBalancer contains the current status of the load-balancer, if one is present.',
      },
    },
  },
  V1LoadBalancerStatus: {
    name: 'LoadBalancerStatus',
    description: 'LoadBalancerStatus represents the status of a load-balancer.',
    fields: {
      ingress: {
        type: '[]LoadBalancerIngress',
        ref: 'V1LoadBalancerIngress',
        description:
          'Ingress is a list containing ingress points for the load-balancer. Traffic intended for the service should be sent to these ingress points.',
      },
    },
  },
  V1LoadBalancerIngress: {
    name: 'LoadBalancerIngress',
    description:
      'LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended for the service should be sent to an ingress point.',
    fields: {
      hostname: {
        type: 'string',
        description:
          'Hostname is set for load-balancer ingress points that are DNS based (typically AWS load-balancers)',
      },
      ip: {
        type: 'string',
        description:
          'IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack load-balancers)',
      },
      ipMode: {
        type: 'string',
        since: 29,
        description:
          'IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip field is specified. Setting this to "VIP" indicates that traffic is delivered to the node with the destination set to the load-balancer\'s IP and port. Setting this to "Proxy" indicates that traffic is delivered to the node or pod with the destination set to the node\'s IP and node port or the pod\'s IP and port. Service implementations may use this information to adjust traffic routing.',
      },
      ports: {
        type: '[]PortStatus',
        ref: 'V1PortStatus',
        description:
          'Ports is a list of records of service ports If used, every port defined in the service should have an entry in it',
      },
    },
  },
  V1PortStatus: {
    name: 'PortStatus',
    description: 'PortStatus represents the error condition of a service port',
    older: { 28: '' },
    fields: {
      error: {
        type: 'string',
        description:
          'Error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use\n  CamelCase names\n- cloud provider specific error values must have names that comply with the\n  format foo.example.com/CamelCase.',
      },
      port: {
        type: 'integer',
        required: true,
        description: 'Port is the port number of the service port of which status is recorded here',
      },
      protocol: {
        type: 'string',
        required: true,
        description:
          'Protocol is the protocol of the service port of which status is recorded here The supported values are: "TCP", "UDP", "SCTP"',
      },
    },
  },
  V1Endpoints: {
    name: 'Endpoints',
    description:
      'Endpoints is a collection of endpoints that implement the actual service. Example:\n\n\t Name: "mysvc",\n\t Subsets: [\n\t   {\n\t     Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],\n\t     Ports: [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]\n\t   },\n\t   {\n\t     Addresses: [{"ip": "10.10.3.3"}],\n\t     Ports: [{"name": "a", "port": 93}, {"name": "b", "port": 76}]\n\t   },\n\t]  Endpoints is a legacy API and does not contain information about all Service features. Use discoveryv1.EndpointSlice for complete information about Service endpoints.  Deprecated: This API is deprecated in v1.33+. Use discoveryv1.EndpointSlice.',
    older: {
      20: 'Endpoints is a collection of endpoints that implement the actual service. Example:\n\n\tName: "mysvc",   Subsets: [     {       Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],       Ports: [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]     },     {       Addresses: [{"ip": "10.10.3.3"}],       Ports: [{"name": "a", "port": 93}, {"name": "b", "port": 76}]     },  ]',
      28: 'Endpoints is a collection of endpoints that implement the actual service. Example:\n\n\t Name: "mysvc",\n\t Subsets: [\n\t   {\n\t     Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],\n\t     Ports: [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]\n\t   },\n\t   {\n\t     Addresses: [{"ip": "10.10.3.3"}],\n\t     Ports: [{"name": "a", "port": 93}, {"name": "b", "port": 76}]\n\t   },\n\t]',
    },
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      subsets: {
        type: '[]EndpointSubset',
        ref: 'V1EndpointSubset',
        description:
          'The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share. A single address with multiple ports, some of which are ready and some of which are not (because they come from different containers) will result in the address being displayed in different subsets for the different ports. No address will appear in both Addresses and NotReadyAddresses in the same subset. Sets of addresses and ports that comprise a service.',
      },
    },
  },
  V1EndpointSubset: {
    name: 'EndpointSubset',
    description:
      'EndpointSubset is a group of addresses with a common set of ports. The expanded set of endpoints is the Cartesian product of Addresses x Ports. For example, given:\n\n\t{\n\t  Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],\n\t  Ports:     [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]\n\t}\n\nThe resulting set of endpoints can be viewed as:\n\n\ta: [ 10.10.1.1:8675, 10.10.2.2:8675 ],\n\tb: [ 10.10.1.1:309, 10.10.2.2:309 ]  Deprecated: This API is deprecated in v1.33+.',
    older: {
      20: 'EndpointSubset is a group of addresses with a common set of ports. The expanded set of endpoints is the Cartesian product of Addresses x Ports. For example, given:\n\n\t{\n\t   Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],     Ports:     [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]   } The resulting set of endpoints can be viewed as:     a: [ 10.10.1.1:8675, 10.10.2.2:8675 ],     b: [ 10.10.1.1:309, 10.10.2.2:309 ]',
      28: 'EndpointSubset is a group of addresses with a common set of ports. The expanded set of endpoints is the Cartesian product of Addresses x Ports. For example, given:\n\n\t{\n\t  Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],\n\t  Ports:     [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]\n\t}\n\nThe resulting set of endpoints can be viewed as:\n\n\ta: [ 10.10.1.1:8675, 10.10.2.2:8675 ],\n\tb: [ 10.10.1.1:309, 10.10.2.2:309 ]',
    },
    fields: {
      addresses: {
        type: '[]EndpointAddress',
        ref: 'V1EndpointAddress',
        description:
          'IP addresses which offer the related ports that are marked as ready. These endpoints should be considered safe for load balancers and clients to utilize.',
      },
      notReadyAddresses: {
        type: '[]EndpointAddress',
        ref: 'V1EndpointAddress',
        description:
          'IP addresses which offer the related ports but are not currently marked as ready because they have not yet finished starting, have recently failed a readiness check, or have recently failed a liveness check.',
      },
      ports: {
        type: '[]EndpointPort',
        ref: 'CoreV1EndpointPort',
        description: 'Port numbers available on the related IP addresses.',
      },
    },
  },
  V1EndpointAddress: {
    name: 'EndpointAddress',
    description:
      'EndpointAddress is a tuple that describes single IP address. Deprecated: This API is deprecated in v1.33+.',
    older: { 28: 'EndpointAddress is a tuple that describes single IP address.' },
    fields: {
      hostname: { type: 'string', description: 'The Hostname of this endpoint' },
      ip: {
        type: 'string',
        required: true,
        description:
          'The IP of this endpoint. May not be loopback (127.0.0.0/8 or ::1), link-local (169.254.0.0/16 or fe80::/10), or link-local multicast (224.0.0.0/24 or ff02::/16).',
        older: {
          20: 'The IP of this endpoint. May not be loopback (127.0.0.0/8), link-local (169.254.0.0/16), or link-local multicast ((224.0.0.0/24). IPv6 is also accepted but not fully supported on all platforms. Also, certain kubernetes components, like kube-proxy, are not IPv6 ready.',
        },
      },
      nodeName: {
        type: 'string',
        description:
          'Optional: Node hosting this endpoint. This can be used to determine endpoints local to a node.',
      },
      targetRef: {
        type: 'ObjectReference',
        ref: 'V1ObjectReference',
        description: 'Reference to object providing the endpoint.',
      },
    },
  },
  V1ObjectReference: {
    name: 'ObjectReference',
    description:
      'ObjectReference contains enough information to let you inspect or modify the referred object.',
    fields: {
      apiVersion: { type: 'string', description: 'API version of the referent.' },
      fieldPath: {
        type: 'string',
        description:
          'If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.',
      },
      kind: {
        type: 'string',
        description:
          'Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      },
      name: {
        type: 'string',
        description:
          'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
      },
      namespace: {
        type: 'string',
        description:
          'Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
      },
      resourceVersion: {
        type: 'string',
        description:
          'Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency',
      },
      uid: {
        type: 'string',
        description:
          'UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids',
      },
    },
  },
  CoreV1EndpointPort: {
    name: 'EndpointPort',
    minors: [28, 33],
    description:
      'EndpointPort is a tuple that describes a single port. Deprecated: This API is deprecated in v1.33+.',
    older: { 28: 'EndpointPort is a tuple that describes a single port.' },
    fields: {
      appProtocol: {
        type: 'string',
        since: 21,
        description:
          "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-\n  * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455\n  * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol.",
        older: {
          28: "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 over cleartext as described in https://www.rfc-editor.org/rfc/rfc7540   * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455   * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455  * Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol.",
        },
      },
      name: {
        type: 'string',
        since: 21,
        description:
          "The name of this port.  This must match the 'name' field in the corresponding ServicePort. Must be a DNS_LABEL. Optional only if one port is defined.",
      },
      port: {
        type: 'integer',
        required: true,
        since: 21,
        description: 'The port number of the endpoint.',
      },
      protocol: {
        type: 'string',
        since: 21,
        description: 'The IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.',
      },
    },
  },
  V1Node: {
    name: 'Node',
    description:
      'Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      spec: {
        type: 'NodeSpec',
        ref: 'V1NodeSpec',
        description:
          'Spec defines the behavior of a node. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
      status: {
        type: 'NodeStatus',
        ref: 'V1NodeStatus',
        description:
          'Most recently observed status of the node. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1NodeSpec: {
    name: 'NodeSpec',
    description: 'NodeSpec describes the attributes that a node is created with.',
    fields: {
      configSource: {
        type: 'NodeConfigSource',
        ref: 'V1NodeConfigSource',
        description:
          "Deprecated: Previously used to specify the source of the node's configuration for the DynamicKubeletConfig feature. This feature is removed.",
        older: {
          20: 'If specified, the source to get node configuration from The DynamicKubeletConfig feature gate must be enabled for the Kubelet to use this field',
        },
      },
      externalID: {
        type: 'string',
        description:
          'Deprecated. Not all kubelets will set this field. Remove field after 1.13. see: https://issues.k8s.io/61966',
      },
      podCIDR: {
        type: 'string',
        description: 'PodCIDR represents the pod IP range assigned to the node.',
      },
      podCIDRs: {
        type: '[]string',
        description:
          'podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node. If this field is specified, the 0th entry must match the podCIDR field. It may contain at most 1 value for each of IPv4 and IPv6.',
      },
      providerID: {
        type: 'string',
        description:
          'ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>',
      },
      taints: { type: '[]Taint', ref: 'V1Taint', description: "If specified, the node's taints." },
      unschedulable: {
        type: 'boolean',
        description:
          'Unschedulable controls node schedulability of new pods. By default, node is schedulable. More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration',
      },
    },
  },
  V1NodeConfigSource: {
    name: 'NodeConfigSource',
    description:
      'NodeConfigSource specifies a source of node configuration. Exactly one subfield (excluding metadata) must be non-nil. This API is deprecated since 1.22',
    older: {
      20: 'NodeConfigSource specifies a source of node configuration. Exactly one subfield (excluding metadata) must be non-nil.',
    },
    fields: {
      configMap: {
        type: 'ConfigMapNodeConfigSource',
        ref: 'V1ConfigMapNodeConfigSource',
        description: "ConfigMap is a reference to a Node's ConfigMap",
      },
    },
  },
  V1ConfigMapNodeConfigSource: {
    name: 'ConfigMapNodeConfigSource',
    description:
      'ConfigMapNodeConfigSource contains the information to reference a ConfigMap as a config source for the Node. This API is deprecated since 1.22: https://git.k8s.io/enhancements/keps/sig-node/281-dynamic-kubelet-configuration',
    older: {
      20: 'ConfigMapNodeConfigSource contains the information to reference a ConfigMap as a config source for the Node.',
    },
    fields: {
      kubeletConfigKey: {
        type: 'string',
        required: true,
        description:
          'KubeletConfigKey declares which key of the referenced ConfigMap corresponds to the KubeletConfiguration structure This field is required in all cases.',
      },
      name: {
        type: 'string',
        required: true,
        description:
          'Name is the metadata.name of the referenced ConfigMap. This field is required in all cases.',
      },
      namespace: {
        type: 'string',
        required: true,
        description:
          'Namespace is the metadata.namespace of the referenced ConfigMap. This field is required in all cases.',
      },
      resourceVersion: {
        type: 'string',
        description:
          'ResourceVersion is the metadata.ResourceVersion of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status.',
      },
      uid: {
        type: 'string',
        description:
          'UID is the metadata.UID of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status.',
      },
    },
  },
  V1Taint: {
    name: 'Taint',
    description:
      'The node this Taint is attached to has the "effect" on any pod that does not tolerate the Taint.',
    fields: {
      effect: {
        type: 'string',
        required: true,
        description:
          'Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute.',
      },
      key: {
        type: 'string',
        required: true,
        description: 'Required. The taint key to be applied to a node.',
      },
      timeAdded: {
        type: 'string',
        description:
          'TimeAdded represents the time at which the taint was added. It is only written for NoExecute taints.',
      },
      value: { type: 'string', description: 'The taint value corresponding to the taint key.' },
    },
  },
  V1NodeStatus: {
    name: 'NodeStatus',
    description: 'NodeStatus is information about the current status of a node.',
    fields: {
      addresses: {
        type: '[]NodeAddress',
        ref: 'V1NodeAddress',
        description:
          "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP).",
        older: {
          20: 'List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/concepts/nodes/node/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See http://pr.k8s.io/79391 for an example.',
          28: "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/concepts/nodes/node/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP).",
        },
      },
      allocatable: {
        type: 'map[string]Quantity',
        description:
          'Allocatable represents the resources of a node that are available for scheduling. Defaults to Capacity.',
      },
      capacity: {
        type: 'map[string]Quantity',
        description:
          'Capacity represents the total resources of a node. More info: https://kubernetes.io/docs/reference/node/node-status/#capacity',
        older: {
          28: 'Capacity represents the total resources of a node. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#capacity',
        },
      },
      conditions: {
        type: '[]NodeCondition',
        ref: 'V1NodeCondition',
        description:
          'Conditions is an array of current observed node conditions. More info: https://kubernetes.io/docs/reference/node/node-status/#condition',
        older: {
          28: 'Conditions is an array of current observed node conditions. More info: https://kubernetes.io/docs/concepts/nodes/node/#condition',
        },
      },
      config: {
        type: 'NodeConfigStatus',
        ref: 'V1NodeConfigStatus',
        description:
          'Status of the config assigned to the node via the dynamic Kubelet config feature.',
      },
      daemonEndpoints: {
        type: 'NodeDaemonEndpoints',
        ref: 'V1NodeDaemonEndpoints',
        description: 'Endpoints of daemons running on the Node.',
      },
      features: { type: 'NodeFeatures', ref: 'V1NodeFeatures', since: 29, description: '' },
      images: {
        type: '[]ContainerImage',
        ref: 'V1ContainerImage',
        description: 'List of container images on this node',
      },
      nodeInfo: {
        type: 'NodeSystemInfo',
        ref: 'V1NodeSystemInfo',
        description:
          'Set of ids/uuids to uniquely identify the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#info',
      },
      phase: {
        type: 'string',
        description:
          'NodePhase is the recently observed lifecycle phase of the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and now is deprecated.',
      },
      runtimeHandlers: {
        type: '[]NodeRuntimeHandler',
        ref: 'V1NodeRuntimeHandler',
        since: 29,
        description: 'The available runtime handlers.',
      },
      volumesAttached: {
        type: '[]AttachedVolume',
        ref: 'V1AttachedVolume',
        description: 'List of volumes that are attached to the node.',
      },
      volumesInUse: {
        type: '[]string',
        description: 'List of attachable volumes in use (mounted) by the node.',
      },
    },
  },
  V1NodeAddress: {
    name: 'NodeAddress',
    description: "NodeAddress contains information for the node's address.",
    fields: {
      address: { type: 'string', required: true, description: 'The node address.' },
      type: {
        type: 'string',
        required: true,
        description: 'Node address type, one of Hostname, ExternalIP or InternalIP.',
      },
    },
  },
  V1NodeCondition: {
    name: 'NodeCondition',
    description: 'NodeCondition contains condition information for a node.',
    fields: {
      lastHeartbeatTime: {
        type: 'string',
        description: 'Last time we got an update on a given condition.',
      },
      lastTransitionTime: {
        type: 'string',
        description: 'Last time the condition transit from one status to another.',
      },
      message: {
        type: 'string',
        description: 'Human readable message indicating details about last transition.',
      },
      reason: {
        type: 'string',
        description: "(brief) reason for the condition's last transition.",
      },
      status: {
        type: 'string',
        required: true,
        description: 'Status of the condition, one of True, False, Unknown.',
      },
      type: { type: 'string', required: true, description: 'Type of node condition.' },
    },
  },
  V1NodeConfigStatus: {
    name: 'NodeConfigStatus',
    description:
      'NodeConfigStatus describes the status of the config assigned by Node.Spec.ConfigSource.',
    fields: {
      active: {
        type: 'NodeConfigSource',
        ref: 'V1NodeConfigSource',
        description:
          'Active reports the checkpointed config the node is actively using. Active will represent either the current version of the Assigned config, or the current LastKnownGood config, depending on whether attempting to use the Assigned config results in an error.',
      },
      assigned: {
        type: 'NodeConfigSource',
        ref: 'V1NodeConfigSource',
        description:
          'Assigned reports the checkpointed config the node will try to use. When Node.Spec.ConfigSource is updated, the node checkpoints the associated config payload to local disk, along with a record indicating intended config. The node refers to this record to choose its config checkpoint, and reports this record in Assigned. Assigned only updates in the status after the record has been checkpointed to disk. When the Kubelet is restarted, it tries to make the Assigned config the Active config by loading and validating the checkpointed payload identified by Assigned.',
      },
      error: {
        type: 'string',
        description:
          'Error describes any problems reconciling the Spec.ConfigSource to the Active config. Errors may occur, for example, attempting to checkpoint Spec.ConfigSource to the local Assigned record, attempting to checkpoint the payload associated with Spec.ConfigSource, attempting to load or validate the Assigned config, etc. Errors may occur at different points while syncing config. Earlier errors (e.g. download or checkpointing errors) will not result in a rollback to LastKnownGood, and may resolve across Kubelet retries. Later errors (e.g. loading or validating a checkpointed config) will result in a rollback to LastKnownGood. In the latter case, it is usually possible to resolve the error by fixing the config assigned in Spec.ConfigSource. You can find additional information for debugging by searching the error message in the Kubelet log. Error is a human-readable description of the error state; machines can check whether or not Error is empty, but should not rely on the stability of the Error text across Kubelet versions.',
      },
      lastKnownGood: {
        type: 'NodeConfigSource',
        ref: 'V1NodeConfigSource',
        description:
          "LastKnownGood reports the checkpointed config the node will fall back to when it encounters an error attempting to use the Assigned config. The Assigned config becomes the LastKnownGood config when the node determines that the Assigned config is stable and correct. This is currently implemented as a 10-minute soak period starting when the local record of Assigned config is updated. If the Assigned config is Active at the end of this period, it becomes the LastKnownGood. Note that if Spec.ConfigSource is reset to nil (use local defaults), the LastKnownGood is also immediately reset to nil, because the local default config is always assumed good. You should not make assumptions about the node's method of determining config stability and correctness, as this may change or become configurable in the future.",
      },
    },
  },
  V1NodeDaemonEndpoints: {
    name: 'NodeDaemonEndpoints',
    description: 'NodeDaemonEndpoints lists ports opened by daemons running on the Node.',
    fields: {
      kubeletEndpoint: {
        type: 'DaemonEndpoint',
        ref: 'V1DaemonEndpoint',
        description: 'Endpoint on which Kubelet is listening.',
      },
    },
  },
  V1DaemonEndpoint: {
    name: 'DaemonEndpoint',
    description: 'DaemonEndpoint contains information about a single Daemon endpoint.',
    fields: {
      Port: { type: 'integer', required: true, description: 'Port number of the given endpoint.' },
    },
  },
  V1NodeFeatures: {
    name: 'NodeFeatures',
    minors: [33],
    description:
      'NodeFeatures describes the set of features implemented by the CRI implementation. The features contained in the NodeFeatures should depend only on the cri implementation independent of runtime handlers.',
    fields: {
      supplementalGroupsPolicy: {
        type: 'boolean',
        since: 29,
        description:
          'SupplementalGroupsPolicy is set to true if the runtime supports SupplementalGroupsPolicy and ContainerUser.',
      },
    },
  },
  V1ContainerImage: {
    name: 'ContainerImage',
    description: 'Describe a container image',
    fields: {
      names: {
        type: '[]string',
        description:
          'Names by which this image is known. e.g. ["kubernetes.example/hyperkube:v1.0.7", "cloud-vendor.registry.example/cloud-vendor/hyperkube:v1.0.7"]',
        older: {
          20: 'Names by which this image is known. e.g. ["k8s.gcr.io/hyperkube:v1.0.7", "dockerhub.io/google_containers/hyperkube:v1.0.7"]',
        },
      },
      sizeBytes: { type: 'integer', description: 'The size of the image in bytes.' },
    },
  },
  V1NodeSystemInfo: {
    name: 'NodeSystemInfo',
    description: 'NodeSystemInfo is a set of ids/uuids to uniquely identify the node.',
    fields: {
      architecture: {
        type: 'string',
        required: true,
        description: 'The Architecture reported by the node',
      },
      bootID: { type: 'string', required: true, description: 'Boot ID reported by the node.' },
      containerRuntimeVersion: {
        type: 'string',
        required: true,
        description:
          'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).',
        older: {
          20: 'ContainerRuntime Version reported by the node through runtime remote API (e.g. docker://1.5.0).',
        },
      },
      kernelVersion: {
        type: 'string',
        required: true,
        description:
          "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).",
      },
      kubeProxyVersion: {
        type: 'string',
        required: true,
        description: 'Deprecated: KubeProxy Version reported by the node.',
        older: { 28: 'KubeProxy Version reported by the node.' },
      },
      kubeletVersion: {
        type: 'string',
        required: true,
        description: 'Kubelet Version reported by the node.',
      },
      machineID: {
        type: 'string',
        required: true,
        description:
          'MachineID reported by the node. For unique machine identification in the cluster this field is preferred. Learn more from man(5) machine-id: http://man7.org/linux/man-pages/man5/machine-id.5.html',
      },
      operatingSystem: {
        type: 'string',
        required: true,
        description: 'The Operating System reported by the node',
      },
      osImage: {
        type: 'string',
        required: true,
        description:
          'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).',
      },
      swap: { type: 'NodeSwapStatus', ref: 'V1NodeSwapStatus', since: 29, description: '' },
      systemUUID: {
        type: 'string',
        required: true,
        description:
          'SystemUUID reported by the node. For unique machine identification MachineID is preferred. This field is specific to Red Hat hosts https://access.redhat.com/documentation/en-us/red_hat_subscription_management/1/html/rhsm/uuid',
      },
    },
  },
  V1NodeSwapStatus: {
    name: 'NodeSwapStatus',
    minors: [33],
    description: 'NodeSwapStatus represents swap memory information.',
    fields: {
      capacity: {
        type: 'integer',
        since: 29,
        description: 'Total amount of swap memory in bytes.',
      },
    },
  },
  V1NodeRuntimeHandler: {
    name: 'NodeRuntimeHandler',
    minors: [33],
    description: 'NodeRuntimeHandler is a set of runtime handler information.',
    fields: {
      features: {
        type: 'NodeRuntimeHandlerFeatures',
        ref: 'V1NodeRuntimeHandlerFeatures',
        since: 29,
        description: 'Supported features.',
      },
      name: {
        type: 'string',
        since: 29,
        description: 'Runtime handler name. Empty for the default runtime handler.',
      },
    },
  },
  V1NodeRuntimeHandlerFeatures: {
    name: 'NodeRuntimeHandlerFeatures',
    minors: [33],
    description:
      'NodeRuntimeHandlerFeatures is a set of features implemented by the runtime handler.',
    fields: {
      recursiveReadOnlyMounts: {
        type: 'boolean',
        since: 29,
        description:
          'RecursiveReadOnlyMounts is set to true if the runtime handler supports RecursiveReadOnlyMounts.',
      },
      userNamespaces: {
        type: 'boolean',
        since: 29,
        description:
          'UserNamespaces is set to true if the runtime handler supports UserNamespaces, including for volumes.',
      },
    },
  },
  V1AttachedVolume: {
    name: 'AttachedVolume',
    description: 'AttachedVolume describes a volume attached to a node',
    fields: {
      devicePath: {
        type: 'string',
        required: true,
        description: 'DevicePath represents the device path where the volume should be available',
      },
      name: { type: 'string', required: true, description: 'Name of the attached volume' },
    },
  },
  V1Namespace: {
    name: 'Namespace',
    description: 'Namespace provides a scope for Names. Use of multiple namespaces is optional.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      spec: {
        type: 'NamespaceSpec',
        ref: 'V1NamespaceSpec',
        description:
          'Spec defines the behavior of the Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
      status: {
        type: 'NamespaceStatus',
        ref: 'V1NamespaceStatus',
        description:
          'Status describes the current status of a Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1NamespaceSpec: {
    name: 'NamespaceSpec',
    description: 'NamespaceSpec describes the attributes on a Namespace.',
    fields: {
      finalizers: {
        type: '[]string',
        description:
          'Finalizers is an opaque list of values that must be empty to permanently remove object from storage. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/',
      },
    },
  },
  V1NamespaceStatus: {
    name: 'NamespaceStatus',
    description: 'NamespaceStatus is information about the current status of a Namespace.',
    fields: {
      conditions: {
        type: '[]NamespaceCondition',
        ref: 'V1NamespaceCondition',
        description: "Represents the latest available observations of a namespace's current state.",
      },
      phase: {
        type: 'string',
        description:
          'Phase is the current lifecycle phase of the namespace. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/',
      },
    },
  },
  V1NamespaceCondition: {
    name: 'NamespaceCondition',
    description: 'NamespaceCondition contains details about state of namespace.',
    fields: {
      lastTransitionTime: {
        type: 'string',
        description: 'Last time the condition transitioned from one status to another.',
        older: {
          28: 'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.',
        },
      },
      message: {
        type: 'string',
        description: 'Human-readable message indicating details about last transition.',
        older: { 28: '' },
      },
      reason: {
        type: 'string',
        description: "Unique, one-word, CamelCase reason for the condition's last transition.",
        older: { 28: '' },
      },
      status: {
        type: 'string',
        required: true,
        description: 'Status of the condition, one of True, False, Unknown.',
      },
      type: {
        type: 'string',
        required: true,
        description: 'Type of namespace controller condition.',
      },
    },
  },
  CoreV1Event: {
    name: 'Event',
    description:
      'Event is a report of an event somewhere in the cluster.  Events have a limited retention time and triggers and messages may evolve with time.  Event consumers should not rely on the timing of an event with a given Reason reflecting a consistent underlying trigger, or the continued existence of events with that Reason.  Events should be treated as informative, best-effort, supplemental data.',
    fields: {
      action: {
        type: 'string',
        description: 'What action was taken/failed regarding to the Regarding object.',
      },
      apiVersion: API_VERSION,
      count: { type: 'integer', description: 'The number of times this event has occurred.' },
      eventTime: {
        type: 'string',
        description: 'MicroTime is version of Time with microsecond level precision.',
        older: { 20: 'Time when this Event was first observed.' },
      },
      firstTimestamp: {
        type: 'string',
        description:
          'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)',
      },
      involvedObject: {
        type: 'ObjectReference',
        ref: 'V1ObjectReference',
        required: true,
        description: 'The object that this event is about.',
      },
      kind: KIND,
      lastTimestamp: {
        type: 'string',
        description: 'The time at which the most recent occurrence of this event was recorded.',
      },
      message: {
        type: 'string',
        description: 'A human-readable description of the status of this operation.',
      },
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        required: true,
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      reason: {
        type: 'string',
        description:
          "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.",
      },
      related: {
        type: 'ObjectReference',
        ref: 'V1ObjectReference',
        description: 'Optional secondary object for more complex actions.',
      },
      reportingComponent: {
        type: 'string',
        description:
          'Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.',
      },
      reportingInstance: {
        type: 'string',
        description: 'ID of the controller instance, e.g. `kubelet-xyzf`.',
      },
      series: {
        type: 'EventSeries',
        ref: 'CoreV1EventSeries',
        description:
          "Data about the Event series this event represents or nil if it's a singleton Event.",
      },
      source: {
        type: 'EventSource',
        ref: 'V1EventSource',
        description:
          'The component reporting this event. Should be a short machine understandable string.',
      },
      type: {
        type: 'string',
        description: 'Type of this event (Normal, Warning), new types could be added in the future',
      },
    },
  },
  CoreV1EventSeries: {
    name: 'EventSeries',
    description:
      'EventSeries contain information on series of events, i.e. thing that was/is happening continuously for some time.',
    fields: {
      count: {
        type: 'integer',
        description: 'Number of occurrences in this series up to the last heartbeat time',
      },
      lastObservedTime: {
        type: 'string',
        description: 'MicroTime is version of Time with microsecond level precision.',
        older: { 20: 'Time of the last occurrence observed' },
      },
    },
  },
  V1EventSource: {
    name: 'EventSource',
    description: 'EventSource contains information for an event.',
    fields: {
      component: { type: 'string', description: 'Component from which the event is generated.' },
      host: { type: 'string', description: 'Node name on which the event is generated.' },
    },
  },
  V1ConfigMap: {
    name: 'ConfigMap',
    description: 'ConfigMap holds configuration data for pods to consume.',
    fields: {
      apiVersion: API_VERSION,
      binaryData: {
        type: 'map[string]string',
        description:
          "BinaryData contains the binary data. Each key must consist of alphanumeric characters, '-', '_' or '.'. BinaryData can contain byte sequences that are not in the UTF-8 range. The keys stored in BinaryData must not overlap with the ones in the Data field, this is enforced during validation process. Using this field will require 1.10+ apiserver and kubelet.",
      },
      data: {
        type: 'map[string]string',
        description:
          "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.",
      },
      immutable: {
        type: 'boolean',
        description:
          'Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.',
        older: {
          20: 'Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil. This is a beta field enabled by ImmutableEphemeralVolumes feature gate.',
        },
      },
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
    },
  },
  V1Secret: {
    name: 'Secret',
    description:
      'Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.',
    fields: {
      apiVersion: API_VERSION,
      data: {
        type: 'map[string]string',
        description:
          "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4",
      },
      immutable: {
        type: 'boolean',
        description:
          'Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.',
        older: {
          20: 'Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil. This is a beta field enabled by ImmutableEphemeralVolumes feature gate.',
        },
      },
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      stringData: {
        type: 'map[string]string',
        description:
          'stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience. All keys and values are merged into the data field on write, overwriting any existing values. The stringData field is never output when reading from the API.',
        older: {
          20: 'stringData allows specifying non-binary secret data in string form. It is provided as a write-only convenience method. All keys and values are merged into the data field on write, overwriting any existing values. It is never output when reading from the API.',
        },
      },
      type: {
        type: 'string',
        description:
          'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types',
        older: { 20: 'Used to facilitate programmatic handling of secret data.' },
      },
    },
  },
  V1ServiceAccount: {
    name: 'ServiceAccount',
    description:
      'ServiceAccount binds together: * a name, understood by users, and perhaps by peripheral systems, for an identity * a principal that can be authenticated and authorized * a set of secrets',
    fields: {
      apiVersion: API_VERSION,
      automountServiceAccountToken: {
        type: 'boolean',
        description:
          'AutomountServiceAccountToken indicates whether pods running as this service account should have an API token automatically mounted. Can be overridden at the pod level.',
      },
      imagePullSecrets: {
        type: '[]LocalObjectReference',
        ref: 'V1LocalObjectReference',
        description:
          'ImagePullSecrets is a list of references to secrets in the same namespace to use for pulling any images in pods that reference this ServiceAccount. ImagePullSecrets are distinct from Secrets because Secrets can be mounted in the pod, but ImagePullSecrets are only accessed by the kubelet. More info: https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod',
      },
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      secrets: {
        type: '[]ObjectReference',
        ref: 'V1ObjectReference',
        description:
          'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use. Pods are only limited to this list if this service account has a "kubernetes.io/enforce-mountable-secrets" annotation set to "true". The "kubernetes.io/enforce-mountable-secrets" annotation is deprecated since v1.32. Prefer separate namespaces to isolate access to mounted secrets. This field should not be used to find auto-generated service account token secrets for use outside of pods. Instead, tokens can be requested directly using the TokenRequest API, or service account token secrets can be manually created. More info: https://kubernetes.io/docs/concepts/configuration/secret',
        older: {
          20: 'Secrets is the list of secrets allowed to be used by pods running using this ServiceAccount. More info: https://kubernetes.io/docs/concepts/configuration/secret',
          28: 'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use. Pods are only limited to this list if this service account has a "kubernetes.io/enforce-mountable-secrets" annotation set to "true". This field should not be used to find auto-generated service account token secrets for use outside of pods. Instead, tokens can be requested directly using the TokenRequest API, or service account token secrets can be manually created. More info: https://kubernetes.io/docs/concepts/configuration/secret',
        },
      },
    },
  },
  V1ReplicationController: {
    name: 'ReplicationController',
    description: 'ReplicationController represents the configuration of a replication controller.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "If the Labels of a ReplicationController are empty, they are defaulted to be the same as the Pod(s) that the replication controller manages. Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      spec: {
        type: 'ReplicationControllerSpec',
        ref: 'V1ReplicationControllerSpec',
        description:
          'Spec defines the specification of the desired behavior of the replication controller. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
      status: {
        type: 'ReplicationControllerStatus',
        ref: 'V1ReplicationControllerStatus',
        description:
          'Status is the most recently observed status of the replication controller. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1ReplicationControllerSpec: {
    name: 'ReplicationControllerSpec',
    description: 'ReplicationControllerSpec is the specification of a replication controller.',
    fields: {
      minReadySeconds: {
        type: 'integer',
        description:
          'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
      },
      replicas: {
        type: 'integer',
        description:
          'Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller',
      },
      selector: {
        type: 'map[string]string',
        description:
          'Selector is a label query over pods that should match the Replicas count. If Selector is empty, it is defaulted to the labels present on the Pod template. Label keys and values that must match in order to be controlled by this replication controller, if empty defaulted to labels on Pod template. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
      },
      template: {
        type: 'PodTemplateSpec',
        ref: 'V1PodTemplateSpec',
        description:
          'Template is the object that describes the pod that will be created if insufficient replicas are detected. This takes precedence over a TemplateRef. The only allowed template.spec.restartPolicy value is "Always". More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template',
        older: {
          20: 'Template is the object that describes the pod that will be created if insufficient replicas are detected. This takes precedence over a TemplateRef. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template',
        },
      },
    },
  },
  V1PodTemplateSpec: {
    name: 'PodTemplateSpec',
    description:
      'PodTemplateSpec describes the data a pod should have when created from a template',
    fields: {
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      spec: {
        type: 'PodSpec',
        ref: 'V1PodSpec',
        description:
          'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1ReplicationControllerStatus: {
    name: 'ReplicationControllerStatus',
    description:
      'ReplicationControllerStatus represents the current status of a replication controller.',
    fields: {
      availableReplicas: {
        type: 'integer',
        description:
          'The number of available replicas (ready for at least minReadySeconds) for this replication controller.',
      },
      conditions: {
        type: '[]ReplicationControllerCondition',
        ref: 'V1ReplicationControllerCondition',
        description:
          "Represents the latest available observations of a replication controller's current state.",
      },
      fullyLabeledReplicas: {
        type: 'integer',
        description:
          'The number of pods that have labels matching the labels of the pod template of the replication controller.',
      },
      observedGeneration: {
        type: 'integer',
        description:
          'ObservedGeneration reflects the generation of the most recently observed replication controller.',
      },
      readyReplicas: {
        type: 'integer',
        description: 'The number of ready replicas for this replication controller.',
      },
      replicas: {
        type: 'integer',
        required: true,
        description:
          'Replicas is the most recently observed number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller',
        older: {
          20: 'Replicas is the most recently oberved number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller',
        },
      },
    },
  },
  V1ReplicationControllerCondition: {
    name: 'ReplicationControllerCondition',
    description:
      'ReplicationControllerCondition describes the state of a replication controller at a certain point.',
    fields: {
      lastTransitionTime: {
        type: 'string',
        description: 'The last time the condition transitioned from one status to another.',
      },
      message: {
        type: 'string',
        description: 'A human readable message indicating details about the transition.',
      },
      reason: { type: 'string', description: "The reason for the condition's last transition." },
      status: {
        type: 'string',
        required: true,
        description: 'Status of the condition, one of True, False, Unknown.',
      },
      type: {
        type: 'string',
        required: true,
        description: 'Type of replication controller condition.',
      },
    },
  },
  V1LimitRange: {
    name: 'LimitRange',
    description: 'LimitRange sets resource usage limits for each kind of resource in a Namespace.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      spec: {
        type: 'LimitRangeSpec',
        ref: 'V1LimitRangeSpec',
        description:
          'Spec defines the limits enforced. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1LimitRangeSpec: {
    name: 'LimitRangeSpec',
    description: 'LimitRangeSpec defines a min/max usage limit for resources that match on kind.',
    fields: {
      limits: {
        type: '[]LimitRangeItem',
        ref: 'V1LimitRangeItem',
        required: true,
        description: 'Limits is the list of LimitRangeItem objects that are enforced.',
      },
    },
  },
  V1LimitRangeItem: {
    name: 'LimitRangeItem',
    description:
      'LimitRangeItem defines a min/max usage limit for any resource that matches on kind.',
    fields: {
      default: {
        type: 'map[string]string',
        description:
          'Default resource requirement limit value by resource name if resource limit is omitted.',
      },
      defaultRequest: {
        type: 'map[string]string',
        description:
          'DefaultRequest is the default resource requirement request value by resource name if resource request is omitted.',
      },
      max: {
        type: 'map[string]string',
        description: 'Max usage constraints on this kind by resource name.',
      },
      maxLimitRequestRatio: {
        type: 'map[string]string',
        description:
          'MaxLimitRequestRatio if specified, the named resource must have a request and limit that are both non-zero where limit divided by request is less than or equal to the enumerated value; this represents the max burst for the named resource.',
      },
      min: {
        type: 'map[string]string',
        description: 'Min usage constraints on this kind by resource name.',
      },
      type: {
        type: 'string',
        required: true,
        description: 'Type of resource that this limit applies to.',
      },
    },
  },
};

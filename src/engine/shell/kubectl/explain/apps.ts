// kubectl explain's schema for apps/v1 (Deployment, ReplicaSet, DaemonSet, StatefulSet): one entry per definition, one row per field.
// Generated from the OpenAPI (swagger) descriptions of v1.20.2, release-1.28 and v1.33.0 as the
// Kubernetes client models carry them; see schemas.ts for what the rows mean.
import { API_VERSION, KIND } from './common.ts';
import type { Definition } from './common.ts';

export const APPS: Readonly<Record<string, Definition>> = {
  V1Deployment: {
    name: 'Deployment',
    description: 'Deployment enables declarative updates for Pods and ReplicaSets.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
        older: { 20: 'Standard object metadata.' },
      },
      spec: {
        type: 'DeploymentSpec',
        ref: 'V1DeploymentSpec',
        description: 'Specification of the desired behavior of the Deployment.',
      },
      status: {
        type: 'DeploymentStatus',
        ref: 'V1DeploymentStatus',
        description: 'Most recently observed status of the Deployment.',
      },
    },
  },
  V1DeploymentSpec: {
    name: 'DeploymentSpec',
    description: 'DeploymentSpec is the specification of the desired behavior of the Deployment.',
    fields: {
      minReadySeconds: {
        type: 'integer',
        description:
          'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
      },
      paused: { type: 'boolean', description: 'Indicates that the deployment is paused.' },
      progressDeadlineSeconds: {
        type: 'integer',
        description:
          'The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.',
      },
      replicas: {
        type: 'integer',
        description:
          'Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.',
      },
      revisionHistoryLimit: {
        type: 'integer',
        description:
          'The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.',
      },
      selector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        required: true,
        description:
          "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.",
      },
      strategy: {
        type: 'DeploymentStrategy',
        ref: 'V1DeploymentStrategy',
        description: 'The deployment strategy to use to replace existing pods with new ones.',
      },
      template: {
        type: 'PodTemplateSpec',
        ref: 'V1PodTemplateSpec',
        required: true,
        description:
          'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".',
        older: { 20: 'Template describes the pods that will be created.' },
      },
    },
  },
  V1DeploymentStrategy: {
    name: 'DeploymentStrategy',
    description: 'DeploymentStrategy describes how to replace existing pods with new ones.',
    fields: {
      rollingUpdate: {
        type: 'RollingUpdateDeployment',
        ref: 'V1RollingUpdateDeployment',
        description:
          'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.',
      },
      type: {
        type: 'string',
        description:
          'Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.',
      },
    },
  },
  V1RollingUpdateDeployment: {
    name: 'RollingUpdateDeployment',
    description: 'Spec to control the desired behavior of rolling update.',
    fields: {
      maxSurge: {
        type: 'IntOrString',
        description:
          'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods.',
      },
      maxUnavailable: {
        type: 'IntOrString',
        description:
          'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods.',
      },
    },
  },
  V1DeploymentStatus: {
    name: 'DeploymentStatus',
    description: 'DeploymentStatus is the most recently observed status of the Deployment.',
    fields: {
      availableReplicas: {
        type: 'integer',
        description:
          'Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.',
        older: {
          28: 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.',
        },
      },
      collisionCount: {
        type: 'integer',
        description:
          'Count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet.',
      },
      conditions: {
        type: '[]DeploymentCondition',
        ref: 'V1DeploymentCondition',
        description:
          "Represents the latest available observations of a deployment's current state.",
      },
      observedGeneration: {
        type: 'integer',
        description: 'The generation observed by the deployment controller.',
      },
      readyReplicas: {
        type: 'integer',
        description:
          'Total number of non-terminating pods targeted by this Deployment with a Ready Condition.',
        older: {
          20: 'Total number of ready pods targeted by this deployment.',
          28: 'readyReplicas is the number of pods targeted by this Deployment with a Ready Condition.',
        },
      },
      replicas: {
        type: 'integer',
        description:
          'Total number of non-terminating pods targeted by this deployment (their labels match the selector).',
        older: {
          28: 'Total number of non-terminated pods targeted by this deployment (their labels match the selector).',
        },
      },
      terminatingReplicas: {
        type: 'integer',
        since: 29,
        description:
          'Total number of terminating pods targeted by this deployment. Terminating pods have a non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.  This is an alpha field. Enable DeploymentReplicaSetTerminatingReplicas to be able to use this field.',
      },
      unavailableReplicas: {
        type: 'integer',
        description:
          'Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created.',
      },
      updatedReplicas: {
        type: 'integer',
        description:
          'Total number of non-terminating pods targeted by this deployment that have the desired template spec.',
        older: {
          28: 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.',
        },
      },
    },
  },
  V1DeploymentCondition: {
    name: 'DeploymentCondition',
    description: 'DeploymentCondition describes the state of a deployment at a certain point.',
    fields: {
      lastTransitionTime: {
        type: 'string',
        description: 'Last time the condition transitioned from one status to another.',
      },
      lastUpdateTime: { type: 'string', description: 'The last time this condition was updated.' },
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
      type: { type: 'string', required: true, description: 'Type of deployment condition.' },
    },
  },
  V1ReplicaSet: {
    name: 'ReplicaSet',
    description:
      'ReplicaSet ensures that a specified number of pod replicas are running at any given time.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          "If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
      },
      spec: {
        type: 'ReplicaSetSpec',
        ref: 'V1ReplicaSetSpec',
        description:
          'Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
      status: {
        type: 'ReplicaSetStatus',
        ref: 'V1ReplicaSetStatus',
        description:
          'Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1ReplicaSetSpec: {
    name: 'ReplicaSetSpec',
    description: 'ReplicaSetSpec is the specification of a ReplicaSet.',
    fields: {
      minReadySeconds: {
        type: 'integer',
        description:
          'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
      },
      replicas: {
        type: 'integer',
        description:
          'Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset',
        older: {
          28: 'Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller',
        },
      },
      selector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        required: true,
        description:
          "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
      },
      template: {
        type: 'PodTemplateSpec',
        ref: 'V1PodTemplateSpec',
        description:
          'Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template',
      },
    },
  },
  V1ReplicaSetStatus: {
    name: 'ReplicaSetStatus',
    description: 'ReplicaSetStatus represents the current status of a ReplicaSet.',
    fields: {
      availableReplicas: {
        type: 'integer',
        description:
          'The number of available non-terminating pods (ready for at least minReadySeconds) for this replica set.',
        older: {
          28: 'The number of available replicas (ready for at least minReadySeconds) for this replica set.',
        },
      },
      conditions: {
        type: '[]ReplicaSetCondition',
        ref: 'V1ReplicaSetCondition',
        description:
          "Represents the latest available observations of a replica set's current state.",
      },
      fullyLabeledReplicas: {
        type: 'integer',
        description:
          'The number of non-terminating pods that have labels matching the labels of the pod template of the replicaset.',
        older: {
          28: 'The number of pods that have labels matching the labels of the pod template of the replicaset.',
        },
      },
      observedGeneration: {
        type: 'integer',
        description:
          'ObservedGeneration reflects the generation of the most recently observed ReplicaSet.',
      },
      readyReplicas: {
        type: 'integer',
        description:
          'The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.',
        older: {
          20: 'The number of ready replicas for this replica set.',
          28: 'readyReplicas is the number of pods targeted by this ReplicaSet with a Ready Condition.',
        },
      },
      replicas: {
        type: 'integer',
        required: true,
        description:
          'Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset',
        older: {
          20: 'Replicas is the most recently oberved number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller',
          28: 'Replicas is the most recently observed number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller',
        },
      },
      terminatingReplicas: {
        type: 'integer',
        since: 29,
        description:
          'The number of terminating pods for this replica set. Terminating pods have a non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.  This is an alpha field. Enable DeploymentReplicaSetTerminatingReplicas to be able to use this field.',
      },
    },
  },
  V1ReplicaSetCondition: {
    name: 'ReplicaSetCondition',
    description: 'ReplicaSetCondition describes the state of a replica set at a certain point.',
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
      type: { type: 'string', required: true, description: 'Type of replica set condition.' },
    },
  },
  V1DaemonSet: {
    name: 'DaemonSet',
    description: 'DaemonSet represents the configuration of a daemon set.',
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
        type: 'DaemonSetSpec',
        ref: 'V1DaemonSetSpec',
        description:
          'The desired behavior of this daemon set. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
      status: {
        type: 'DaemonSetStatus',
        ref: 'V1DaemonSetStatus',
        description:
          'The current status of this daemon set. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  V1DaemonSetSpec: {
    name: 'DaemonSetSpec',
    description: 'DaemonSetSpec is the specification of a daemon set.',
    fields: {
      minReadySeconds: {
        type: 'integer',
        description:
          'The minimum number of seconds for which a newly created DaemonSet pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready).',
      },
      revisionHistoryLimit: {
        type: 'integer',
        description:
          'The number of old history to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.',
      },
      selector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        required: true,
        description:
          "A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
      },
      template: {
        type: 'PodTemplateSpec',
        ref: 'V1PodTemplateSpec',
        required: true,
        description:
          'An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template\'s node selector (or on every node if no node selector is specified). The only allowed template.spec.restartPolicy value is "Always". More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template',
        older: {
          20: "An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template's node selector (or on every node if no node selector is specified). More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template",
        },
      },
      updateStrategy: {
        type: 'DaemonSetUpdateStrategy',
        ref: 'V1DaemonSetUpdateStrategy',
        description: 'An update strategy to replace existing DaemonSet pods with new pods.',
      },
    },
  },
  V1DaemonSetUpdateStrategy: {
    name: 'DaemonSetUpdateStrategy',
    description:
      'DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.',
    fields: {
      rollingUpdate: {
        type: 'RollingUpdateDaemonSet',
        ref: 'V1RollingUpdateDaemonSet',
        description: 'Rolling update config params. Present only if type = "RollingUpdate".',
      },
      type: {
        type: 'string',
        description:
          'Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.',
      },
    },
  },
  V1RollingUpdateDaemonSet: {
    name: 'RollingUpdateDaemonSet',
    description: 'Spec to control the desired behavior of daemon set rolling update.',
    fields: {
      maxSurge: {
        type: 'IntOrString',
        since: 21,
        description:
          'The maximum number of nodes with an existing available DaemonSet pod that can have an updated DaemonSet pod during during an update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up to a minimum of 1. Default value is 0. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their a new pod created before the old pod is marked as deleted. The update starts by launching new pods on 30% of nodes. Once an updated pod is available (Ready for at least minReadySeconds) the old DaemonSet pod on that node is marked deleted. If the old pod becomes unavailable for any reason (Ready transitions to false, is evicted, or is drained) an updated pod is immediatedly created on that node without considering surge limits. Allowing surge implies the possibility that the resources consumed by the daemonset on any given node can double if the readiness check fails, and so resource intensive daemonsets should take into account that they may cause evictions during disruption.',
      },
      maxUnavailable: {
        type: 'IntOrString',
        description:
          'The maximum number of DaemonSet pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of total number of DaemonSet pods at the start of the update (ex: 10%). Absolute number is calculated from percentage by rounding up. This cannot be 0 if MaxSurge is 0 Default value is 1. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their pods stopped for an update at any given time. The update starts by stopping at most 30% of those DaemonSet pods and then brings up new DaemonSet pods in their place. Once the new pods are available, it then proceeds onto other DaemonSet pods, thus ensuring that at least 70% of original number of DaemonSet pods are available at all times during the update.',
        older: {
          20: 'The maximum number of DaemonSet pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of total number of DaemonSet pods at the start of the update (ex: 10%). Absolute number is calculated from percentage by rounding up. This cannot be 0. Default value is 1. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their pods stopped for an update at any given time. The update starts by stopping at most 30% of those DaemonSet pods and then brings up new DaemonSet pods in their place. Once the new pods are available, it then proceeds onto other DaemonSet pods, thus ensuring that at least 70% of original number of DaemonSet pods are available at all times during the update.',
        },
      },
    },
  },
  V1DaemonSetStatus: {
    name: 'DaemonSetStatus',
    description: 'DaemonSetStatus represents the current status of a daemon set.',
    fields: {
      collisionCount: {
        type: 'integer',
        description:
          'Count of hash collisions for the DaemonSet. The DaemonSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision.',
      },
      conditions: {
        type: '[]DaemonSetCondition',
        ref: 'V1DaemonSetCondition',
        description: "Represents the latest available observations of a DaemonSet's current state.",
      },
      currentNumberScheduled: {
        type: 'integer',
        required: true,
        description:
          'The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/',
      },
      desiredNumberScheduled: {
        type: 'integer',
        required: true,
        description:
          'The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod). More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/',
      },
      numberAvailable: {
        type: 'integer',
        description:
          'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)',
      },
      numberMisscheduled: {
        type: 'integer',
        required: true,
        description:
          'The number of nodes that are running the daemon pod, but are not supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/',
      },
      numberReady: {
        type: 'integer',
        required: true,
        description:
          'numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.',
        older: {
          20: 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.',
        },
      },
      numberUnavailable: {
        type: 'integer',
        description:
          'The number of nodes that should be running the daemon pod and have none of the daemon pod running and available (ready for at least spec.minReadySeconds)',
      },
      observedGeneration: {
        type: 'integer',
        description: 'The most recent generation observed by the daemon set controller.',
      },
      updatedNumberScheduled: {
        type: 'integer',
        description: 'The total number of nodes that are running updated daemon pod',
      },
    },
  },
  V1DaemonSetCondition: {
    name: 'DaemonSetCondition',
    description: 'DaemonSetCondition describes the state of a DaemonSet at a certain point.',
    fields: {
      lastTransitionTime: {
        type: 'string',
        description: 'Last time the condition transitioned from one status to another.',
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
      type: { type: 'string', required: true, description: 'Type of DaemonSet condition.' },
    },
  },
  V1StatefulSet: {
    name: 'StatefulSet',
    description:
      'StatefulSet represents a set of pods with consistent identities. Identities are defined as:\n  - Network: A single stable DNS and hostname.\n  - Storage: As many VolumeClaims as requested.\n\nThe StatefulSet guarantees that a given network identity will always map to the same storage identity.',
    older: {
      20: 'StatefulSet represents a set of pods with consistent identities. Identities are defined as:\n - Network: A single stable DNS and hostname.  - Storage: As many VolumeClaims as requested. The StatefulSet guarantees that a given network identity will always map to the same storage identity.',
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
      spec: {
        type: 'StatefulSetSpec',
        ref: 'V1StatefulSetSpec',
        description: 'Spec defines the desired identities of pods in this set.',
      },
      status: {
        type: 'StatefulSetStatus',
        ref: 'V1StatefulSetStatus',
        description:
          'Status is the current status of Pods in this StatefulSet. This data may be out of date by some window of time.',
      },
    },
  },
  V1StatefulSetSpec: {
    name: 'StatefulSetSpec',
    description: 'A StatefulSetSpec is the specification of a StatefulSet.',
    fields: {
      minReadySeconds: {
        type: 'integer',
        since: 21,
        description:
          'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
      },
      ordinals: {
        type: 'StatefulSetOrdinals',
        ref: 'V1StatefulSetOrdinals',
        since: 21,
        description:
          'ordinals controls the numbering of replica indices in a StatefulSet. The default ordinals behavior assigns a "0" index to the first replica and increments the index by one for each additional replica requested. Using the ordinals field requires the StatefulSetStartOrdinal feature gate to be enabled, which is beta.',
      },
      persistentVolumeClaimRetentionPolicy: {
        type: 'StatefulSetPersistentVolumeClaimRetentionPolicy',
        ref: 'V1StatefulSetPersistentVolumeClaimRetentionPolicy',
        since: 21,
        description:
          'persistentVolumeClaimRetentionPolicy describes the lifecycle of persistent volume claims created from volumeClaimTemplates. By default, all persistent volume claims are created as needed and retained until manually deleted. This policy allows the lifecycle to be altered, for example by deleting persistent volume claims when their stateful set is deleted, or when their pod is scaled down. This requires the StatefulSetAutoDeletePVC feature gate to be enabled, which is alpha.  +optional',
      },
      podManagementPolicy: {
        type: 'string',
        description:
          'podManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down. The default policy is `OrderedReady`, where pods are created in increasing order (pod-0, then pod-1, etc) and the controller will wait until each pod is ready before continuing. When scaling down, the pods are removed in the opposite order. The alternative policy is `Parallel` which will create pods in parallel to match the desired scale without waiting, and on scale down will delete all pods at once.',
      },
      replicas: {
        type: 'integer',
        description:
          'replicas is the desired number of replicas of the given Template. These are replicas in the sense that they are instantiations of the same Template, but individual replicas also have a consistent identity. If unspecified, defaults to 1.',
      },
      revisionHistoryLimit: {
        type: 'integer',
        description:
          "revisionHistoryLimit is the maximum number of revisions that will be maintained in the StatefulSet's revision history. The revision history consists of all revisions not represented by a currently applied StatefulSetSpec version. The default value is 10.",
      },
      selector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        required: true,
        description:
          "selector is a label query over pods that should match the replica count. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
      },
      serviceName: {
        type: 'string',
        description:
          'serviceName is the name of the service that governs this StatefulSet. This service must exist before the StatefulSet, and is responsible for the network identity of the set. Pods get DNS/hostnames that follow the pattern: pod-specific-string.serviceName.default.svc.cluster.local where "pod-specific-string" is managed by the StatefulSet controller.',
      },
      template: {
        type: 'PodTemplateSpec',
        ref: 'V1PodTemplateSpec',
        required: true,
        description:
          'template is the object that describes the pod that will be created if insufficient replicas are detected. Each pod stamped out by the StatefulSet will fulfill this Template, but have a unique identity from the rest of the StatefulSet. Each pod will be named with the format <statefulsetname>-<podindex>. For example, a pod in a StatefulSet named "web" with index number "3" would be named "web-3". The only allowed template.spec.restartPolicy value is "Always".',
        older: {
          20: 'template is the object that describes the pod that will be created if insufficient replicas are detected. Each pod stamped out by the StatefulSet will fulfill this Template, but have a unique identity from the rest of the StatefulSet.',
        },
      },
      updateStrategy: {
        type: 'StatefulSetUpdateStrategy',
        ref: 'V1StatefulSetUpdateStrategy',
        description:
          'updateStrategy indicates the StatefulSetUpdateStrategy that will be employed to update Pods in the StatefulSet when a revision is made to Template.',
      },
      volumeClaimTemplates: {
        type: '[]PersistentVolumeClaim',
        ref: 'V1PersistentVolumeClaim',
        description:
          'volumeClaimTemplates is a list of claims that pods are allowed to reference. The StatefulSet controller is responsible for mapping network identities to claims in a way that maintains the identity of a pod. Every claim in this list must have at least one matching (by name) volumeMount in one container in the template. A claim in this list takes precedence over any volumes in the template, with the same name.',
      },
    },
  },
  V1StatefulSetOrdinals: {
    name: 'StatefulSetOrdinals',
    minors: [28, 33],
    description:
      'StatefulSetOrdinals describes the policy used for replica ordinal assignment in this StatefulSet.',
    fields: {
      start: {
        type: 'integer',
        since: 21,
        description:
          "start is the number representing the first replica's index. It may be used to number replicas from an alternate index (eg: 1-indexed) over the default 0-indexed names, or to orchestrate progressive movement of replicas from one StatefulSet to another. If set, replica indices will be in the range:\n  [.spec.ordinals.start, .spec.ordinals.start + .spec.replicas).\nIf unset, defaults to 0. Replica indices will be in the range:\n  [0, .spec.replicas).",
      },
    },
  },
  V1StatefulSetPersistentVolumeClaimRetentionPolicy: {
    name: 'StatefulSetPersistentVolumeClaimRetentionPolicy',
    minors: [28, 33],
    description:
      'StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.',
    fields: {
      whenDeleted: {
        type: 'string',
        since: 21,
        description:
          'WhenDeleted specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is deleted. The default policy of `Retain` causes PVCs to not be affected by StatefulSet deletion. The `Delete` policy causes those PVCs to be deleted.',
      },
      whenScaled: {
        type: 'string',
        since: 21,
        description:
          'WhenScaled specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is scaled down. The default policy of `Retain` causes PVCs to not be affected by a scaledown. The `Delete` policy causes the associated PVCs for any excess pods above the replica count to be deleted.',
      },
    },
  },
  V1StatefulSetUpdateStrategy: {
    name: 'StatefulSetUpdateStrategy',
    description:
      'StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates. It includes any additional parameters necessary to perform the update for the indicated strategy.',
    fields: {
      rollingUpdate: {
        type: 'RollingUpdateStatefulSetStrategy',
        ref: 'V1RollingUpdateStatefulSetStrategy',
        description:
          'RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.',
      },
      type: {
        type: 'string',
        description:
          'Type indicates the type of the StatefulSetUpdateStrategy. Default is RollingUpdate.',
      },
    },
  },
  V1RollingUpdateStatefulSetStrategy: {
    name: 'RollingUpdateStatefulSetStrategy',
    description:
      'RollingUpdateStatefulSetStrategy is used to communicate parameter for RollingUpdateStatefulSetStrategyType.',
    fields: {
      maxUnavailable: {
        type: 'IntOrString',
        since: 21,
        description:
          'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding up. This can not be 0. Defaults to 1. This field is alpha-level and is only honored by servers that enable the MaxUnavailableStatefulSet feature. The field applies to all pods in the range 0 to Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it will be counted towards MaxUnavailable.',
      },
      partition: {
        type: 'integer',
        description:
          'Partition indicates the ordinal at which the StatefulSet should be partitioned for updates. During a rolling update, all pods from ordinal Replicas-1 to Partition are updated. All pods from ordinal Partition-1 to 0 remain untouched. This is helpful in being able to do a canary based deployment. The default value is 0.',
        older: {
          20: 'Partition indicates the ordinal at which the StatefulSet should be partitioned. Default value is 0.',
        },
      },
    },
  },
  V1PersistentVolumeClaim: {
    name: 'PersistentVolumeClaim',
    description: "PersistentVolumeClaim is a user's request for and claim to a persistent volume",
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
        type: 'PersistentVolumeClaimSpec',
        ref: 'V1PersistentVolumeClaimSpec',
        description:
          'spec defines the desired characteristics of a volume requested by a pod author. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
        older: {
          20: 'Spec defines the desired characteristics of a volume requested by a pod author. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
        },
      },
      status: {
        type: 'PersistentVolumeClaimStatus',
        ref: 'V1PersistentVolumeClaimStatus',
        description:
          'status represents the current information/status of a persistent volume claim. Read-only. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
        older: {
          20: 'Status represents the current information/status of a persistent volume claim. Read-only. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
        },
      },
    },
  },
  V1PersistentVolumeClaimStatus: {
    name: 'PersistentVolumeClaimStatus',
    description: 'PersistentVolumeClaimStatus is the current status of a persistent volume claim.',
    fields: {
      accessModes: {
        type: '[]string',
        description:
          'accessModes contains the actual access modes the volume backing the PVC has. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1',
        older: {
          20: 'AccessModes contains the actual access modes the volume backing the PVC has. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1',
        },
      },
      allocatedResourceStatuses: {
        type: 'map[string]string',
        since: 21,
        description:
          'allocatedResourceStatuses stores status of resource being resized for the given PVC. Key names follow standard Kubernetes label syntax. Valid values are either:\n\t* Un-prefixed keys:\n\t\t- storage - the capacity of the volume.\n\t* Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"\nApart from above values - keys that are unprefixed or have kubernetes.io prefix are considered reserved and hence may not be used.\n\nClaimResourceStatus can be in any of following states:\n\t- ControllerResizeInProgress:\n\t\tState set when resize controller starts resizing the volume in control-plane.\n\t- ControllerResizeFailed:\n\t\tState set when resize has failed in resize controller with a terminal error.\n\t- NodeResizePending:\n\t\tState set when resize controller has finished resizing the volume but further resizing of\n\t\tvolume is needed on the node.\n\t- NodeResizeInProgress:\n\t\tState set when kubelet starts resizing the volume.\n\t- NodeResizeFailed:\n\t\tState set when resizing has failed in kubelet with a terminal error. Transient errors don\'t set\n\t\tNodeResizeFailed.\nFor example: if expanding a PVC for more capacity - this field can be one of the following states:\n\t- pvc.status.allocatedResourceStatus[\'storage\'] = "ControllerResizeInProgress"\n     - pvc.status.allocatedResourceStatus[\'storage\'] = "ControllerResizeFailed"\n     - pvc.status.allocatedResourceStatus[\'storage\'] = "NodeResizePending"\n     - pvc.status.allocatedResourceStatus[\'storage\'] = "NodeResizeInProgress"\n     - pvc.status.allocatedResourceStatus[\'storage\'] = "NodeResizeFailed"\nWhen this field is not set, it means that no resize operation is in progress for the given PVC.\n\nA controller that receives PVC update with previously unknown resourceName or ClaimResourceStatus should ignore the update for the purpose it was designed. For example - a controller that only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid resources associated with PVC.\n\nThis is an alpha field and requires enabling RecoverVolumeExpansionFailure feature.',
      },
      allocatedResources: {
        type: 'map[string]Quantity',
        since: 21,
        description:
          'allocatedResources tracks the resources allocated to a PVC including its capacity. Key names follow standard Kubernetes label syntax. Valid values are either:\n\t* Un-prefixed keys:\n\t\t- storage - the capacity of the volume.\n\t* Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"\nApart from above values - keys that are unprefixed or have kubernetes.io prefix are considered reserved and hence may not be used.\n\nCapacity reported here may be larger than the actual capacity when a volume expansion operation is requested. For storage quota, the larger value from allocatedResources and PVC.spec.resources is used. If allocatedResources is not set, PVC.spec.resources alone is used for quota calculation. If a volume expansion capacity request is lowered, allocatedResources is only lowered if there are no expansion operations in progress and if the actual volume capacity is equal or lower than the requested capacity.\n\nA controller that receives PVC update with previously unknown resourceName should ignore the update for the purpose it was designed. For example - a controller that only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid resources associated with PVC.\n\nThis is an alpha field and requires enabling RecoverVolumeExpansionFailure feature.',
      },
      capacity: {
        type: 'map[string]Quantity',
        description: 'capacity represents the actual resources of the underlying volume.',
        older: { 20: 'Represents the actual resources of the underlying volume.' },
      },
      conditions: {
        type: '[]PersistentVolumeClaimCondition',
        ref: 'V1PersistentVolumeClaimCondition',
        description:
          "conditions is the current Condition of persistent volume claim. If underlying persistent volume is being resized then the Condition will be set to 'Resizing'.",
        older: {
          20: "Current Condition of persistent volume claim. If underlying persistent volume is being resized then the Condition will be set to 'ResizeStarted'.",
          28: "conditions is the current Condition of persistent volume claim. If underlying persistent volume is being resized then the Condition will be set to 'ResizeStarted'.",
        },
      },
      currentVolumeAttributesClassName: {
        type: 'string',
        since: 29,
        description:
          'currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using. When unset, there is no VolumeAttributeClass applied to this PersistentVolumeClaim This is a beta field and requires enabling VolumeAttributesClass feature (off by default).',
      },
      modifyVolumeStatus: {
        type: 'ModifyVolumeStatus',
        ref: 'V1ModifyVolumeStatus',
        since: 29,
        description:
          'ModifyVolumeStatus represents the status object of ControllerModifyVolume operation. When this is unset, there is no ModifyVolume operation being attempted. This is an alpha field and requires enabling VolumeAttributesClass feature.',
      },
      phase: {
        type: 'string',
        description: 'phase represents the current phase of PersistentVolumeClaim.',
        older: { 20: 'Phase represents the current phase of PersistentVolumeClaim.' },
      },
    },
  },
  V1PersistentVolumeClaimCondition: {
    name: 'PersistentVolumeClaimCondition',
    description: 'PersistentVolumeClaimCondition contains details about state of pvc',
    older: { 20: 'PersistentVolumeClaimCondition contails details about state of pvc' },
    fields: {
      lastProbeTime: {
        type: 'string',
        description: 'lastProbeTime is the time we probed the condition.',
        older: { 20: 'Last time we probed the condition.' },
      },
      lastTransitionTime: {
        type: 'string',
        description:
          'lastTransitionTime is the time the condition transitioned from one status to another.',
        older: { 20: 'Last time the condition transitioned from one status to another.' },
      },
      message: {
        type: 'string',
        description:
          'message is the human-readable message indicating details about last transition.',
        older: { 20: 'Human-readable message indicating details about last transition.' },
      },
      reason: {
        type: 'string',
        description:
          'reason is a unique, this should be a short, machine understandable string that gives the reason for condition\'s last transition. If it reports "Resizing" that means the underlying persistent volume is being resized.',
        older: {
          20: 'Unique, this should be a short, machine understandable string that gives the reason for condition\'s last transition. If it reports "ResizeStarted" that means the underlying persistent volume is being resized.',
          28: 'reason is a unique, this should be a short, machine understandable string that gives the reason for condition\'s last transition. If it reports "ResizeStarted" that means the underlying persistent volume is being resized.',
        },
      },
      status: {
        type: 'string',
        required: true,
        description:
          'Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=state%20of%20pvc-,conditions.status,-(string)%2C%20required',
        older: { 28: '' },
      },
      type: {
        type: 'string',
        required: true,
        description:
          'Type is the type of the condition. More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=set%20to%20%27ResizeStarted%27.-,PersistentVolumeClaimCondition,-contains%20details%20about',
        older: { 28: '' },
      },
    },
  },
  V1ModifyVolumeStatus: {
    name: 'ModifyVolumeStatus',
    minors: [33],
    description:
      'ModifyVolumeStatus represents the status object of ControllerModifyVolume operation',
    fields: {
      status: {
        type: 'string',
        required: true,
        since: 29,
        description:
          'status is the status of the ControllerModifyVolume operation. It can be in any of following states:\n - Pending\n   Pending indicates that the PersistentVolumeClaim cannot be modified due to unmet requirements, such as\n   the specified VolumeAttributesClass not existing.\n - InProgress\n   InProgress indicates that the volume is being modified.\n - Infeasible\n  Infeasible indicates that the request has been rejected as invalid by the CSI driver. To\n\t  resolve the error, a valid VolumeAttributesClass needs to be specified.\nNote: New statuses can be added in the future. Consumers should check for unknown statuses and fail appropriately.',
      },
      targetVolumeAttributesClassName: {
        type: 'string',
        since: 29,
        description:
          'targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently being reconciled',
      },
    },
  },
  V1StatefulSetStatus: {
    name: 'StatefulSetStatus',
    description: 'StatefulSetStatus represents the current state of a StatefulSet.',
    fields: {
      availableReplicas: {
        type: 'integer',
        since: 21,
        description:
          'Total number of available pods (ready for at least minReadySeconds) targeted by this statefulset.',
      },
      collisionCount: {
        type: 'integer',
        description:
          'collisionCount is the count of hash collisions for the StatefulSet. The StatefulSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision.',
      },
      conditions: {
        type: '[]StatefulSetCondition',
        ref: 'V1StatefulSetCondition',
        description:
          "Represents the latest available observations of a statefulset's current state.",
      },
      currentReplicas: {
        type: 'integer',
        description:
          'currentReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by currentRevision.',
      },
      currentRevision: {
        type: 'string',
        description:
          'currentRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [0,currentReplicas).',
      },
      observedGeneration: {
        type: 'integer',
        description:
          "observedGeneration is the most recent generation observed for this StatefulSet. It corresponds to the StatefulSet's generation, which is updated on mutation by the API Server.",
      },
      readyReplicas: {
        type: 'integer',
        description:
          'readyReplicas is the number of pods created for this StatefulSet with a Ready Condition.',
        older: {
          20: 'readyReplicas is the number of Pods created by the StatefulSet controller that have a Ready Condition.',
        },
      },
      replicas: {
        type: 'integer',
        required: true,
        description: 'replicas is the number of Pods created by the StatefulSet controller.',
      },
      updateRevision: {
        type: 'string',
        description:
          'updateRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [replicas-updatedReplicas,replicas)',
      },
      updatedReplicas: {
        type: 'integer',
        description:
          'updatedReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by updateRevision.',
      },
    },
  },
  V1StatefulSetCondition: {
    name: 'StatefulSetCondition',
    description: 'StatefulSetCondition describes the state of a statefulset at a certain point.',
    fields: {
      lastTransitionTime: {
        type: 'string',
        description: 'Last time the condition transitioned from one status to another.',
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
      type: { type: 'string', required: true, description: 'Type of statefulset condition.' },
    },
  },
};

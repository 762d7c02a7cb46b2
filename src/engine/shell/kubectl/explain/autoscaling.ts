// kubectl explain's schema for autoscaling v1, v2 and v2beta2 (HorizontalPodAutoscaler): one entry per definition, one row per field.
// Generated from the OpenAPI (swagger) descriptions of v1.20.2, release-1.28 and v1.33.0 as the
// Kubernetes client models carry them; see schemas.ts for what the rows mean.
import { API_VERSION, KIND } from './common.ts';
import type { Definition } from './common.ts';

export const AUTOSCALING: Readonly<Record<string, Definition>> = {
  V1HorizontalPodAutoscaler: {
    name: 'HorizontalPodAutoscaler',
    description: 'configuration of a horizontal pod autoscaler.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          'Standard object metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
      },
      spec: {
        type: 'HorizontalPodAutoscalerSpec',
        ref: 'V1HorizontalPodAutoscalerSpec',
        description:
          'spec defines the behaviour of autoscaler. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status.',
        older: {
          20: 'behaviour of autoscaler. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status.',
        },
      },
      status: {
        type: 'HorizontalPodAutoscalerStatus',
        ref: 'V1HorizontalPodAutoscalerStatus',
        description: 'status is the current information about the autoscaler.',
        older: { 20: 'current information about the autoscaler.' },
      },
    },
  },
  V1HorizontalPodAutoscalerSpec: {
    name: 'HorizontalPodAutoscalerSpec',
    description: 'specification of a horizontal pod autoscaler.',
    fields: {
      maxReplicas: {
        type: 'integer',
        required: true,
        description:
          'maxReplicas is the upper limit for the number of pods that can be set by the autoscaler; cannot be smaller than MinReplicas.',
        older: {
          20: 'upper limit for the number of pods that can be set by the autoscaler; cannot be smaller than MinReplicas.',
        },
      },
      minReplicas: {
        type: 'integer',
        description:
          'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.  minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.  Scaling is active as long as at least one metric value is available.',
      },
      scaleTargetRef: {
        type: 'CrossVersionObjectReference',
        ref: 'V1CrossVersionObjectReference',
        required: true,
        description:
          'reference to scaled resource; horizontal pod autoscaler will learn the current resource consumption and will set the desired number of pods by using its Scale subresource.',
      },
      targetCPUUtilizationPercentage: {
        type: 'integer',
        description:
          'targetCPUUtilizationPercentage is the target average CPU utilization (represented as a percentage of requested CPU) over all the pods; if not specified the default autoscaling policy will be used.',
        older: {
          20: 'target average CPU utilization (represented as a percentage of requested CPU) over all the pods; if not specified the default autoscaling policy will be used.',
        },
      },
    },
  },
  V1CrossVersionObjectReference: {
    name: 'CrossVersionObjectReference',
    description:
      'CrossVersionObjectReference contains enough information to let you identify the referred resource.',
    fields: {
      apiVersion: {
        type: 'string',
        description: 'apiVersion is the API version of the referent',
        older: { 20: 'API version of the referent' },
      },
      kind: {
        type: 'string',
        required: true,
        description:
          'kind is the kind of the referent; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
        older: {
          20: 'Kind of the referent; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"',
        },
      },
      name: {
        type: 'string',
        required: true,
        description:
          'name is the name of the referent; More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
        older: {
          20: 'Name of the referent; More info: http://kubernetes.io/docs/user-guide/identifiers#names',
        },
      },
    },
  },
  V1HorizontalPodAutoscalerStatus: {
    name: 'HorizontalPodAutoscalerStatus',
    description: 'current status of a horizontal pod autoscaler',
    fields: {
      currentCPUUtilizationPercentage: {
        type: 'integer',
        description:
          'currentCPUUtilizationPercentage is the current average CPU utilization over all pods, represented as a percentage of requested CPU, e.g. 70 means that an average pod is using now 70% of its requested CPU.',
        older: {
          20: 'current average CPU utilization over all pods, represented as a percentage of requested CPU, e.g. 70 means that an average pod is using now 70% of its requested CPU.',
        },
      },
      currentReplicas: {
        type: 'integer',
        required: true,
        description:
          'currentReplicas is the current number of replicas of pods managed by this autoscaler.',
        older: { 20: 'current number of replicas of pods managed by this autoscaler.' },
      },
      desiredReplicas: {
        type: 'integer',
        required: true,
        description:
          'desiredReplicas is the  desired number of replicas of pods managed by this autoscaler.',
        older: { 20: 'desired number of replicas of pods managed by this autoscaler.' },
      },
      lastScaleTime: {
        type: 'string',
        description:
          'lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods; used by the autoscaler to control how often the number of pods is changed.',
        older: {
          20: 'last time the HorizontalPodAutoscaler scaled the number of pods; used by the autoscaler to control how often the number of pods is changed.',
        },
      },
      observedGeneration: {
        type: 'integer',
        description:
          'observedGeneration is the most recent generation observed by this autoscaler.',
        older: { 20: 'most recent generation observed by this autoscaler.' },
      },
    },
  },
  V2HorizontalPodAutoscaler: {
    name: 'HorizontalPodAutoscaler',
    minors: [28, 33],
    description:
      'HorizontalPodAutoscaler is the configuration for a horizontal pod autoscaler, which automatically manages the replica count of any resource implementing the scale subresource based on the metrics specified.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        since: 21,
        description:
          'metadata is the standard object metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
      },
      spec: {
        type: 'HorizontalPodAutoscalerSpec',
        ref: 'V2HorizontalPodAutoscalerSpec',
        since: 21,
        description:
          'spec is the specification for the behaviour of the autoscaler. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status.',
      },
      status: {
        type: 'HorizontalPodAutoscalerStatus',
        ref: 'V2HorizontalPodAutoscalerStatus',
        since: 21,
        description: 'status is the current information about the autoscaler.',
      },
    },
  },
  V2HorizontalPodAutoscalerSpec: {
    name: 'HorizontalPodAutoscalerSpec',
    minors: [28, 33],
    description:
      'HorizontalPodAutoscalerSpec describes the desired functionality of the HorizontalPodAutoscaler.',
    fields: {
      behavior: {
        type: 'HorizontalPodAutoscalerBehavior',
        ref: 'V2HorizontalPodAutoscalerBehavior',
        since: 21,
        description:
          'behavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively). If not set, the default HPAScalingRules for scale up and scale down are used.',
      },
      maxReplicas: {
        type: 'integer',
        required: true,
        since: 21,
        description:
          'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas.',
      },
      metrics: {
        type: '[]MetricSpec',
        ref: 'V2MetricSpec',
        since: 21,
        description:
          'metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used).  The desired replica count is calculated multiplying the ratio between the target value and the current value by the current number of pods.  Ergo, metrics used must decrease as the pod count is increased, and vice-versa.  See the individual metric source types for more information about how each type of metric must respond. If not set, the default metric will be set to 80% average CPU utilization.',
      },
      minReplicas: {
        type: 'integer',
        since: 21,
        description:
          'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.  minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.  Scaling is active as long as at least one metric value is available.',
      },
      scaleTargetRef: {
        type: 'CrossVersionObjectReference',
        ref: 'V2CrossVersionObjectReference',
        required: true,
        since: 21,
        description:
          'scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count.',
      },
    },
  },
  V2HorizontalPodAutoscalerBehavior: {
    name: 'HorizontalPodAutoscalerBehavior',
    minors: [28, 33],
    description:
      'HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).',
    fields: {
      scaleDown: {
        type: 'HPAScalingRules',
        ref: 'V2HPAScalingRules',
        since: 21,
        description:
          'scaleDown is scaling policy for scaling Down. If not set, the default value is to allow to scale down to minReplicas pods, with a 300 second stabilization window (i.e., the highest recommendation for the last 300sec is used).',
      },
      scaleUp: {
        type: 'HPAScalingRules',
        ref: 'V2HPAScalingRules',
        since: 21,
        description:
          'scaleUp is scaling policy for scaling Up. If not set, the default value is the higher of:\n  * increase no more than 4 pods per 60 seconds\n  * double the number of pods per 60 seconds\nNo stabilization is used.',
      },
    },
  },
  V2HPAScalingRules: {
    name: 'HPAScalingRules',
    minors: [28, 33],
    description:
      'HPAScalingRules configures the scaling behavior for one direction via scaling Policy Rules and a configurable metric tolerance.  Scaling Policy Rules are applied after calculating DesiredReplicas from metrics for the HPA. They can limit the scaling velocity by specifying scaling policies. They can prevent flapping by specifying the stabilization window, so that the number of replicas is not set instantly, instead, the safest value from the stabilization window is chosen.  The tolerance is applied to the metric values and prevents scaling too eagerly for small metric variations. (Note that setting a tolerance requires enabling the alpha HPAConfigurableTolerance feature gate.)',
    older: {
      28: 'HPAScalingRules configures the scaling behavior for one direction. These Rules are applied after calculating DesiredReplicas from metrics for the HPA. They can limit the scaling velocity by specifying scaling policies. They can prevent flapping by specifying the stabilization window, so that the number of replicas is not set instantly, instead, the safest value from the stabilization window is chosen.',
    },
    fields: {
      policies: {
        type: '[]HPAScalingPolicy',
        ref: 'V2HPAScalingPolicy',
        since: 21,
        description:
          'policies is a list of potential scaling polices which can be used during scaling. If not set, use the default values: - For scale up: allow doubling the number of pods, or an absolute change of 4 pods in a 15s window. - For scale down: allow all pods to be removed in a 15s window.',
        older: {
          28: 'policies is a list of potential scaling polices which can be used during scaling. At least one policy must be specified, otherwise the HPAScalingRules will be discarded as invalid',
        },
      },
      selectPolicy: {
        type: 'string',
        since: 21,
        description:
          'selectPolicy is used to specify which policy should be used. If not set, the default value Max is used.',
      },
      stabilizationWindowSeconds: {
        type: 'integer',
        since: 21,
        description:
          'stabilizationWindowSeconds is the number of seconds for which past recommendations should be considered while scaling up or scaling down. StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour). If not set, use the default values: - For scale up: 0 (i.e. no stabilization is done). - For scale down: 300 (i.e. the stabilization window is 300 seconds long).',
      },
      tolerance: {
        type: 'string',
        since: 29,
        description:
          'tolerance is the tolerance on the ratio between the current and desired metric value under which no updates are made to the desired number of replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not set, the default cluster-wide tolerance is applied (by default 10%).  For example, if autoscaling is configured with a memory consumption target of 100Mi, and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be triggered when the actual consumption falls below 95Mi or exceeds 101Mi.  This is an alpha field and requires enabling the HPAConfigurableTolerance feature gate.',
      },
    },
  },
  V2HPAScalingPolicy: {
    name: 'HPAScalingPolicy',
    minors: [28, 33],
    description:
      'HPAScalingPolicy is a single policy which must hold true for a specified past interval.',
    fields: {
      periodSeconds: {
        type: 'integer',
        required: true,
        since: 21,
        description:
          'periodSeconds specifies the window of time for which the policy should hold true. PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).',
      },
      type: {
        type: 'string',
        required: true,
        since: 21,
        description: 'type is used to specify the scaling policy.',
      },
      value: {
        type: 'integer',
        required: true,
        since: 21,
        description:
          'value contains the amount of change which is permitted by the policy. It must be greater than zero',
      },
    },
  },
  V2MetricSpec: {
    name: 'MetricSpec',
    minors: [28, 33],
    description:
      'MetricSpec specifies how to scale based on a single metric (only `type` and one other matching field should be set at once).',
    fields: {
      containerResource: {
        type: 'ContainerResourceMetricSource',
        ref: 'V2ContainerResourceMetricSource',
        since: 21,
        description:
          'containerResource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod of the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source. This is an alpha feature and can be enabled by the HPAContainerMetrics feature flag.',
      },
      external: {
        type: 'ExternalMetricSource',
        ref: 'V2ExternalMetricSource',
        since: 21,
        description:
          'external refers to a global metric that is not associated with any Kubernetes object. It allows autoscaling based on information coming from components running outside of cluster (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster).',
      },
      object: {
        type: 'ObjectMetricSource',
        ref: 'V2ObjectMetricSource',
        since: 21,
        description:
          'object refers to a metric describing a single kubernetes object (for example, hits-per-second on an Ingress object).',
      },
      pods: {
        type: 'PodsMetricSource',
        ref: 'V2PodsMetricSource',
        since: 21,
        description:
          'pods refers to a metric describing each pod in the current scale target (for example, transactions-processed-per-second).  The values will be averaged together before being compared to the target value.',
      },
      resource: {
        type: 'ResourceMetricSource',
        ref: 'V2ResourceMetricSource',
        since: 21,
        description:
          'resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
      },
      type: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'type is the type of metric source.  It should be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each mapping to a matching field in the object.',
        older: {
          28: 'type is the type of metric source.  It should be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each mapping to a matching field in the object. Note: "ContainerResource" type is available on when the feature-gate HPAContainerMetrics is enabled',
        },
      },
    },
  },
  V2ContainerResourceMetricSource: {
    name: 'ContainerResourceMetricSource',
    minors: [28, 33],
    description:
      'ContainerResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  The values will be averaged together before being compared to the target.  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.  Only one "target" type should be set.',
    fields: {
      container: {
        type: 'string',
        required: true,
        since: 21,
        description: 'container is the name of the container in the pods of the scaling target',
      },
      name: {
        type: 'string',
        required: true,
        since: 21,
        description: 'name is the name of the resource in question.',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2MetricTarget',
        required: true,
        since: 21,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2MetricTarget: {
    name: 'MetricTarget',
    minors: [28, 33],
    description:
      'MetricTarget defines the target value, average value, or average utilization of a specific metric',
    fields: {
      averageUtilization: {
        type: 'integer',
        since: 21,
        description:
          'averageUtilization is the target value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods. Currently only valid for Resource metric source type',
      },
      averageValue: {
        type: 'Quantity',
        since: 21,
        description:
          'averageValue is the target value of the average of the metric across all relevant pods (as a quantity)',
      },
      type: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'type represents whether the metric type is Utilization, Value, or AverageValue',
      },
      value: {
        type: 'Quantity',
        since: 21,
        description: 'value is the target value of the metric (as a quantity).',
      },
    },
  },
  V2ExternalMetricSource: {
    name: 'ExternalMetricSource',
    minors: [28, 33],
    description:
      'ExternalMetricSource indicates how to scale on a metric not associated with any Kubernetes object (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster).',
    fields: {
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2MetricIdentifier',
        required: true,
        since: 21,
        description: 'metric identifies the target metric by name and selector',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2MetricTarget',
        required: true,
        since: 21,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2MetricIdentifier: {
    name: 'MetricIdentifier',
    minors: [28, 33],
    description: 'MetricIdentifier defines the name and optionally selector for a metric',
    fields: {
      name: {
        type: 'string',
        required: true,
        since: 21,
        description: 'name is the name of the given metric',
      },
      selector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        since: 21,
        description:
          'selector is the string-encoded form of a standard kubernetes label selector for the given metric When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping. When unset, just the metricName will be used to gather metrics.',
      },
    },
  },
  V2ObjectMetricSource: {
    name: 'ObjectMetricSource',
    minors: [28, 33],
    description:
      'ObjectMetricSource indicates how to scale on a metric describing a kubernetes object (for example, hits-per-second on an Ingress object).',
    fields: {
      describedObject: {
        type: 'CrossVersionObjectReference',
        ref: 'V2CrossVersionObjectReference',
        required: true,
        since: 21,
        description:
          'describedObject specifies the descriptions of a object,such as kind,name apiVersion',
      },
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2MetricIdentifier',
        required: true,
        since: 21,
        description: 'metric identifies the target metric by name and selector',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2MetricTarget',
        required: true,
        since: 21,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2CrossVersionObjectReference: {
    name: 'CrossVersionObjectReference',
    minors: [28, 33],
    description:
      'CrossVersionObjectReference contains enough information to let you identify the referred resource.',
    fields: {
      apiVersion: {
        type: 'string',
        since: 21,
        description: 'apiVersion is the API version of the referent',
      },
      kind: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'kind is the kind of the referent; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      },
      name: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'name is the name of the referent; More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
      },
    },
  },
  V2PodsMetricSource: {
    name: 'PodsMetricSource',
    minors: [28, 33],
    description:
      'PodsMetricSource indicates how to scale on a metric describing each pod in the current scale target (for example, transactions-processed-per-second). The values will be averaged together before being compared to the target value.',
    fields: {
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2MetricIdentifier',
        required: true,
        since: 21,
        description: 'metric identifies the target metric by name and selector',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2MetricTarget',
        required: true,
        since: 21,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2ResourceMetricSource: {
    name: 'ResourceMetricSource',
    minors: [28, 33],
    description:
      'ResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  The values will be averaged together before being compared to the target.  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.  Only one "target" type should be set.',
    fields: {
      name: {
        type: 'string',
        required: true,
        since: 21,
        description: 'name is the name of the resource in question.',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2MetricTarget',
        required: true,
        since: 21,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2HorizontalPodAutoscalerStatus: {
    name: 'HorizontalPodAutoscalerStatus',
    minors: [28, 33],
    description:
      'HorizontalPodAutoscalerStatus describes the current status of a horizontal pod autoscaler.',
    fields: {
      conditions: {
        type: '[]HorizontalPodAutoscalerCondition',
        ref: 'V2HorizontalPodAutoscalerCondition',
        since: 21,
        description:
          'conditions is the set of conditions required for this autoscaler to scale its target, and indicates whether or not those conditions are met.',
      },
      currentMetrics: {
        type: '[]MetricStatus',
        ref: 'V2MetricStatus',
        since: 21,
        description:
          'currentMetrics is the last read state of the metrics used by this autoscaler.',
      },
      currentReplicas: {
        type: 'integer',
        since: 21,
        description:
          'currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler.',
      },
      desiredReplicas: {
        type: 'integer',
        required: true,
        since: 21,
        description:
          'desiredReplicas is the desired number of replicas of pods managed by this autoscaler, as last calculated by the autoscaler.',
      },
      lastScaleTime: {
        type: 'string',
        since: 21,
        description:
          'lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods, used by the autoscaler to control how often the number of pods is changed.',
      },
      observedGeneration: {
        type: 'integer',
        since: 21,
        description:
          'observedGeneration is the most recent generation observed by this autoscaler.',
      },
    },
  },
  V2HorizontalPodAutoscalerCondition: {
    name: 'HorizontalPodAutoscalerCondition',
    minors: [28, 33],
    description:
      'HorizontalPodAutoscalerCondition describes the state of a HorizontalPodAutoscaler at a certain point.',
    fields: {
      lastTransitionTime: {
        type: 'string',
        since: 21,
        description:
          'lastTransitionTime is the last time the condition transitioned from one status to another',
      },
      message: {
        type: 'string',
        since: 21,
        description:
          'message is a human-readable explanation containing details about the transition',
      },
      reason: {
        type: 'string',
        since: 21,
        description: "reason is the reason for the condition's last transition.",
      },
      status: {
        type: 'string',
        required: true,
        since: 21,
        description: 'status is the status of the condition (True, False, Unknown)',
      },
      type: {
        type: 'string',
        required: true,
        since: 21,
        description: 'type describes the current condition',
      },
    },
  },
  V2MetricStatus: {
    name: 'MetricStatus',
    minors: [28, 33],
    description: 'MetricStatus describes the last-read state of a single metric.',
    fields: {
      containerResource: {
        type: 'ContainerResourceMetricStatus',
        ref: 'V2ContainerResourceMetricStatus',
        since: 21,
        description:
          'container resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
      },
      external: {
        type: 'ExternalMetricStatus',
        ref: 'V2ExternalMetricStatus',
        since: 21,
        description:
          'external refers to a global metric that is not associated with any Kubernetes object. It allows autoscaling based on information coming from components running outside of cluster (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster).',
      },
      object: {
        type: 'ObjectMetricStatus',
        ref: 'V2ObjectMetricStatus',
        since: 21,
        description:
          'object refers to a metric describing a single kubernetes object (for example, hits-per-second on an Ingress object).',
      },
      pods: {
        type: 'PodsMetricStatus',
        ref: 'V2PodsMetricStatus',
        since: 21,
        description:
          'pods refers to a metric describing each pod in the current scale target (for example, transactions-processed-per-second).  The values will be averaged together before being compared to the target value.',
      },
      resource: {
        type: 'ResourceMetricStatus',
        ref: 'V2ResourceMetricStatus',
        since: 21,
        description:
          'resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
      },
      type: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'type is the type of metric source.  It will be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each corresponds to a matching field in the object.',
        older: {
          28: 'type is the type of metric source.  It will be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each corresponds to a matching field in the object. Note: "ContainerResource" type is available on when the feature-gate HPAContainerMetrics is enabled',
        },
      },
    },
  },
  V2ContainerResourceMetricStatus: {
    name: 'ContainerResourceMetricStatus',
    minors: [28, 33],
    description:
      'ContainerResourceMetricStatus indicates the current value of a resource metric known to Kubernetes, as specified in requests and limits, describing a single container in each pod in the current scale target (e.g. CPU or memory).  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
    fields: {
      container: {
        type: 'string',
        required: true,
        since: 21,
        description: 'container is the name of the container in the pods of the scaling target',
      },
      current: {
        type: 'MetricValueStatus',
        ref: 'V2MetricValueStatus',
        required: true,
        since: 21,
        description: 'current contains the current value for the given metric',
      },
      name: {
        type: 'string',
        required: true,
        since: 21,
        description: 'name is the name of the resource in question.',
      },
    },
  },
  V2MetricValueStatus: {
    name: 'MetricValueStatus',
    minors: [28, 33],
    description: 'MetricValueStatus holds the current value for a metric',
    fields: {
      averageUtilization: {
        type: 'integer',
        since: 21,
        description:
          'currentAverageUtilization is the current value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods.',
      },
      averageValue: {
        type: 'Quantity',
        since: 21,
        description:
          'averageValue is the current value of the average of the metric across all relevant pods (as a quantity)',
      },
      value: {
        type: 'Quantity',
        since: 21,
        description: 'value is the current value of the metric (as a quantity).',
      },
    },
  },
  V2ExternalMetricStatus: {
    name: 'ExternalMetricStatus',
    minors: [28, 33],
    description:
      'ExternalMetricStatus indicates the current value of a global metric not associated with any Kubernetes object.',
    fields: {
      current: {
        type: 'MetricValueStatus',
        ref: 'V2MetricValueStatus',
        required: true,
        since: 21,
        description: 'current contains the current value for the given metric',
      },
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2MetricIdentifier',
        required: true,
        since: 21,
        description: 'metric identifies the target metric by name and selector',
      },
    },
  },
  V2ObjectMetricStatus: {
    name: 'ObjectMetricStatus',
    minors: [28, 33],
    description:
      'ObjectMetricStatus indicates the current value of a metric describing a kubernetes object (for example, hits-per-second on an Ingress object).',
    fields: {
      current: {
        type: 'MetricValueStatus',
        ref: 'V2MetricValueStatus',
        required: true,
        since: 21,
        description: 'current contains the current value for the given metric',
      },
      describedObject: {
        type: 'CrossVersionObjectReference',
        ref: 'V2CrossVersionObjectReference',
        required: true,
        since: 21,
        description:
          'DescribedObject specifies the descriptions of a object,such as kind,name apiVersion',
      },
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2MetricIdentifier',
        required: true,
        since: 21,
        description: 'metric identifies the target metric by name and selector',
      },
    },
  },
  V2PodsMetricStatus: {
    name: 'PodsMetricStatus',
    minors: [28, 33],
    description:
      'PodsMetricStatus indicates the current value of a metric describing each pod in the current scale target (for example, transactions-processed-per-second).',
    fields: {
      current: {
        type: 'MetricValueStatus',
        ref: 'V2MetricValueStatus',
        required: true,
        since: 21,
        description: 'current contains the current value for the given metric',
      },
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2MetricIdentifier',
        required: true,
        since: 21,
        description: 'metric identifies the target metric by name and selector',
      },
    },
  },
  V2ResourceMetricStatus: {
    name: 'ResourceMetricStatus',
    minors: [28, 33],
    description:
      'ResourceMetricStatus indicates the current value of a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
    fields: {
      current: {
        type: 'MetricValueStatus',
        ref: 'V2MetricValueStatus',
        required: true,
        since: 21,
        description: 'current contains the current value for the given metric',
      },
      name: {
        type: 'string',
        required: true,
        since: 21,
        description: 'name is the name of the resource in question.',
      },
    },
  },
  V2beta2HorizontalPodAutoscaler: {
    name: 'HorizontalPodAutoscaler',
    minors: [20],
    description:
      'HorizontalPodAutoscaler is the configuration for a horizontal pod autoscaler, which automatically manages the replica count of any resource implementing the scale subresource based on the metrics specified.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description:
          'metadata is the standard object metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
      },
      spec: {
        type: 'HorizontalPodAutoscalerSpec',
        ref: 'V2beta2HorizontalPodAutoscalerSpec',
        description:
          'spec is the specification for the behaviour of the autoscaler. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status.',
      },
      status: {
        type: 'HorizontalPodAutoscalerStatus',
        ref: 'V2beta2HorizontalPodAutoscalerStatus',
        description: 'status is the current information about the autoscaler.',
      },
    },
  },
  V2beta2HorizontalPodAutoscalerSpec: {
    name: 'HorizontalPodAutoscalerSpec',
    minors: [20],
    description:
      'HorizontalPodAutoscalerSpec describes the desired functionality of the HorizontalPodAutoscaler.',
    fields: {
      behavior: {
        type: 'HorizontalPodAutoscalerBehavior',
        ref: 'V2beta2HorizontalPodAutoscalerBehavior',
        description:
          'behavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively). If not set, the default HPAScalingRules for scale up and scale down are used.',
      },
      maxReplicas: {
        type: 'integer',
        required: true,
        description:
          'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas.',
      },
      metrics: {
        type: '[]MetricSpec',
        ref: 'V2beta2MetricSpec',
        description:
          'metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used).  The desired replica count is calculated multiplying the ratio between the target value and the current value by the current number of pods.  Ergo, metrics used must decrease as the pod count is increased, and vice-versa.  See the individual metric source types for more information about how each type of metric must respond. If not set, the default metric will be set to 80% average CPU utilization.',
      },
      minReplicas: {
        type: 'integer',
        description:
          'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.  minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.  Scaling is active as long as at least one metric value is available.',
      },
      scaleTargetRef: {
        type: 'CrossVersionObjectReference',
        ref: 'V2beta2CrossVersionObjectReference',
        required: true,
        description:
          'scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count.',
      },
    },
  },
  V2beta2HorizontalPodAutoscalerBehavior: {
    name: 'HorizontalPodAutoscalerBehavior',
    minors: [20],
    description:
      'HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).',
    fields: {
      scaleDown: {
        type: 'HPAScalingRules',
        ref: 'V2beta2HPAScalingRules',
        description:
          'scaleDown is scaling policy for scaling Down. If not set, the default value is to allow to scale down to minReplicas pods, with a 300 second stabilization window (i.e., the highest recommendation for the last 300sec is used).',
      },
      scaleUp: {
        type: 'HPAScalingRules',
        ref: 'V2beta2HPAScalingRules',
        description:
          'scaleUp is scaling policy for scaling Up. If not set, the default value is the higher of:\n  * increase no more than 4 pods per 60 seconds\n  * double the number of pods per 60 seconds\nNo stabilization is used.',
      },
    },
  },
  V2beta2HPAScalingRules: {
    name: 'HPAScalingRules',
    minors: [20],
    description:
      'HPAScalingRules configures the scaling behavior for one direction. These Rules are applied after calculating DesiredReplicas from metrics for the HPA. They can limit the scaling velocity by specifying scaling policies. They can prevent flapping by specifying the stabilization window, so that the number of replicas is not set instantly, instead, the safest value from the stabilization window is chosen.',
    fields: {
      policies: {
        type: '[]HPAScalingPolicy',
        ref: 'V2beta2HPAScalingPolicy',
        description:
          'policies is a list of potential scaling polices which can be used during scaling. At least one policy must be specified, otherwise the HPAScalingRules will be discarded as invalid',
      },
      selectPolicy: {
        type: 'string',
        description:
          'selectPolicy is used to specify which policy should be used. If not set, the default value MaxPolicySelect is used.',
      },
      stabilizationWindowSeconds: {
        type: 'integer',
        description:
          'StabilizationWindowSeconds is the number of seconds for which past recommendations should be considered while scaling up or scaling down. StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour). If not set, use the default values: - For scale up: 0 (i.e. no stabilization is done). - For scale down: 300 (i.e. the stabilization window is 300 seconds long).',
      },
    },
  },
  V2beta2HPAScalingPolicy: {
    name: 'HPAScalingPolicy',
    minors: [20],
    description:
      'HPAScalingPolicy is a single policy which must hold true for a specified past interval.',
    fields: {
      periodSeconds: {
        type: 'integer',
        required: true,
        description:
          'PeriodSeconds specifies the window of time for which the policy should hold true. PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).',
      },
      type: {
        type: 'string',
        required: true,
        description: 'Type is used to specify the scaling policy.',
      },
      value: {
        type: 'integer',
        required: true,
        description:
          'Value contains the amount of change which is permitted by the policy. It must be greater than zero',
      },
    },
  },
  V2beta2MetricSpec: {
    name: 'MetricSpec',
    minors: [20],
    description:
      'MetricSpec specifies how to scale based on a single metric (only `type` and one other matching field should be set at once).',
    fields: {
      containerResource: {
        type: 'ContainerResourceMetricSource',
        ref: 'V2beta2ContainerResourceMetricSource',
        description:
          'container resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod of the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source. This is an alpha feature and can be enabled by the HPAContainerMetrics feature flag.',
      },
      external: {
        type: 'ExternalMetricSource',
        ref: 'V2beta2ExternalMetricSource',
        description:
          'external refers to a global metric that is not associated with any Kubernetes object. It allows autoscaling based on information coming from components running outside of cluster (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster).',
      },
      object: {
        type: 'ObjectMetricSource',
        ref: 'V2beta2ObjectMetricSource',
        description:
          'object refers to a metric describing a single kubernetes object (for example, hits-per-second on an Ingress object).',
      },
      pods: {
        type: 'PodsMetricSource',
        ref: 'V2beta2PodsMetricSource',
        description:
          'pods refers to a metric describing each pod in the current scale target (for example, transactions-processed-per-second).  The values will be averaged together before being compared to the target value.',
      },
      resource: {
        type: 'ResourceMetricSource',
        ref: 'V2beta2ResourceMetricSource',
        description:
          'resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
      },
      type: {
        type: 'string',
        required: true,
        description:
          'type is the type of metric source.  It should be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each mapping to a matching field in the object. Note: "ContainerResource" type is available on when the feature-gate HPAContainerMetrics is enabled',
      },
    },
  },
  V2beta2ContainerResourceMetricSource: {
    name: 'ContainerResourceMetricSource',
    minors: [20],
    description:
      'ContainerResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  The values will be averaged together before being compared to the target.  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.  Only one "target" type should be set.',
    fields: {
      container: {
        type: 'string',
        required: true,
        description: 'container is the name of the container in the pods of the scaling target',
      },
      name: {
        type: 'string',
        required: true,
        description: 'name is the name of the resource in question.',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2beta2MetricTarget',
        required: true,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2beta2MetricTarget: {
    name: 'MetricTarget',
    minors: [20],
    description:
      'MetricTarget defines the target value, average value, or average utilization of a specific metric',
    fields: {
      averageUtilization: {
        type: 'integer',
        description:
          'averageUtilization is the target value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods. Currently only valid for Resource metric source type',
      },
      averageValue: {
        type: 'Quantity',
        description:
          'averageValue is the target value of the average of the metric across all relevant pods (as a quantity)',
      },
      type: {
        type: 'string',
        required: true,
        description:
          'type represents whether the metric type is Utilization, Value, or AverageValue',
      },
      value: {
        type: 'Quantity',
        description: 'value is the target value of the metric (as a quantity).',
      },
    },
  },
  V2beta2ExternalMetricSource: {
    name: 'ExternalMetricSource',
    minors: [20],
    description:
      'ExternalMetricSource indicates how to scale on a metric not associated with any Kubernetes object (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster).',
    fields: {
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2beta2MetricIdentifier',
        required: true,
        description: 'metric identifies the target metric by name and selector',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2beta2MetricTarget',
        required: true,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2beta2MetricIdentifier: {
    name: 'MetricIdentifier',
    minors: [20],
    description: 'MetricIdentifier defines the name and optionally selector for a metric',
    fields: {
      name: { type: 'string', required: true, description: 'name is the name of the given metric' },
      selector: {
        type: 'LabelSelector',
        ref: 'V1LabelSelector',
        description:
          'selector is the string-encoded form of a standard kubernetes label selector for the given metric When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping. When unset, just the metricName will be used to gather metrics.',
      },
    },
  },
  V2beta2ObjectMetricSource: {
    name: 'ObjectMetricSource',
    minors: [20],
    description:
      'ObjectMetricSource indicates how to scale on a metric describing a kubernetes object (for example, hits-per-second on an Ingress object).',
    fields: {
      describedObject: {
        type: 'CrossVersionObjectReference',
        ref: 'V2beta2CrossVersionObjectReference',
        required: true,
        description: '',
      },
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2beta2MetricIdentifier',
        required: true,
        description: 'metric identifies the target metric by name and selector',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2beta2MetricTarget',
        required: true,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2beta2CrossVersionObjectReference: {
    name: 'CrossVersionObjectReference',
    minors: [20],
    description:
      'CrossVersionObjectReference contains enough information to let you identify the referred resource.',
    fields: {
      apiVersion: { type: 'string', description: 'API version of the referent' },
      kind: {
        type: 'string',
        required: true,
        description:
          'Kind of the referent; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"',
      },
      name: {
        type: 'string',
        required: true,
        description:
          'Name of the referent; More info: http://kubernetes.io/docs/user-guide/identifiers#names',
      },
    },
  },
  V2beta2PodsMetricSource: {
    name: 'PodsMetricSource',
    minors: [20],
    description:
      'PodsMetricSource indicates how to scale on a metric describing each pod in the current scale target (for example, transactions-processed-per-second). The values will be averaged together before being compared to the target value.',
    fields: {
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2beta2MetricIdentifier',
        required: true,
        description: 'metric identifies the target metric by name and selector',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2beta2MetricTarget',
        required: true,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2beta2ResourceMetricSource: {
    name: 'ResourceMetricSource',
    minors: [20],
    description:
      'ResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  The values will be averaged together before being compared to the target.  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.  Only one "target" type should be set.',
    fields: {
      name: {
        type: 'string',
        required: true,
        description: 'name is the name of the resource in question.',
      },
      target: {
        type: 'MetricTarget',
        ref: 'V2beta2MetricTarget',
        required: true,
        description: 'target specifies the target value for the given metric',
      },
    },
  },
  V2beta2HorizontalPodAutoscalerStatus: {
    name: 'HorizontalPodAutoscalerStatus',
    minors: [20],
    description:
      'HorizontalPodAutoscalerStatus describes the current status of a horizontal pod autoscaler.',
    fields: {
      conditions: {
        type: '[]HorizontalPodAutoscalerCondition',
        ref: 'V2beta2HorizontalPodAutoscalerCondition',
        required: true,
        description:
          'conditions is the set of conditions required for this autoscaler to scale its target, and indicates whether or not those conditions are met.',
      },
      currentMetrics: {
        type: '[]MetricStatus',
        ref: 'V2beta2MetricStatus',
        description:
          'currentMetrics is the last read state of the metrics used by this autoscaler.',
      },
      currentReplicas: {
        type: 'integer',
        required: true,
        description:
          'currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler.',
      },
      desiredReplicas: {
        type: 'integer',
        required: true,
        description:
          'desiredReplicas is the desired number of replicas of pods managed by this autoscaler, as last calculated by the autoscaler.',
      },
      lastScaleTime: {
        type: 'string',
        description:
          'lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods, used by the autoscaler to control how often the number of pods is changed.',
      },
      observedGeneration: {
        type: 'integer',
        description:
          'observedGeneration is the most recent generation observed by this autoscaler.',
      },
    },
  },
  V2beta2HorizontalPodAutoscalerCondition: {
    name: 'HorizontalPodAutoscalerCondition',
    minors: [20],
    description:
      'HorizontalPodAutoscalerCondition describes the state of a HorizontalPodAutoscaler at a certain point.',
    fields: {
      lastTransitionTime: {
        type: 'string',
        description:
          'lastTransitionTime is the last time the condition transitioned from one status to another',
      },
      message: {
        type: 'string',
        description:
          'message is a human-readable explanation containing details about the transition',
      },
      reason: {
        type: 'string',
        description: "reason is the reason for the condition's last transition.",
      },
      status: {
        type: 'string',
        required: true,
        description: 'status is the status of the condition (True, False, Unknown)',
      },
      type: { type: 'string', required: true, description: 'type describes the current condition' },
    },
  },
  V2beta2MetricStatus: {
    name: 'MetricStatus',
    minors: [20],
    description: 'MetricStatus describes the last-read state of a single metric.',
    fields: {
      containerResource: {
        type: 'ContainerResourceMetricStatus',
        ref: 'V2beta2ContainerResourceMetricStatus',
        description:
          'container resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
      },
      external: {
        type: 'ExternalMetricStatus',
        ref: 'V2beta2ExternalMetricStatus',
        description:
          'external refers to a global metric that is not associated with any Kubernetes object. It allows autoscaling based on information coming from components running outside of cluster (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster).',
      },
      object: {
        type: 'ObjectMetricStatus',
        ref: 'V2beta2ObjectMetricStatus',
        description:
          'object refers to a metric describing a single kubernetes object (for example, hits-per-second on an Ingress object).',
      },
      pods: {
        type: 'PodsMetricStatus',
        ref: 'V2beta2PodsMetricStatus',
        description:
          'pods refers to a metric describing each pod in the current scale target (for example, transactions-processed-per-second).  The values will be averaged together before being compared to the target value.',
      },
      resource: {
        type: 'ResourceMetricStatus',
        ref: 'V2beta2ResourceMetricStatus',
        description:
          'resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
      },
      type: {
        type: 'string',
        required: true,
        description:
          'type is the type of metric source.  It will be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each corresponds to a matching field in the object. Note: "ContainerResource" type is available on when the feature-gate HPAContainerMetrics is enabled',
      },
    },
  },
  V2beta2ContainerResourceMetricStatus: {
    name: 'ContainerResourceMetricStatus',
    minors: [20],
    description:
      'ContainerResourceMetricStatus indicates the current value of a resource metric known to Kubernetes, as specified in requests and limits, describing a single container in each pod in the current scale target (e.g. CPU or memory).  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
    fields: {
      container: {
        type: 'string',
        required: true,
        description: 'Container is the name of the container in the pods of the scaling target',
      },
      current: {
        type: 'MetricValueStatus',
        ref: 'V2beta2MetricValueStatus',
        required: true,
        description: 'current contains the current value for the given metric',
      },
      name: {
        type: 'string',
        required: true,
        description: 'Name is the name of the resource in question.',
      },
    },
  },
  V2beta2MetricValueStatus: {
    name: 'MetricValueStatus',
    minors: [20],
    description: 'MetricValueStatus holds the current value for a metric',
    fields: {
      averageUtilization: {
        type: 'integer',
        description:
          'currentAverageUtilization is the current value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods.',
      },
      averageValue: {
        type: 'Quantity',
        description:
          'averageValue is the current value of the average of the metric across all relevant pods (as a quantity)',
      },
      value: {
        type: 'Quantity',
        description: 'value is the current value of the metric (as a quantity).',
      },
    },
  },
  V2beta2ExternalMetricStatus: {
    name: 'ExternalMetricStatus',
    minors: [20],
    description:
      'ExternalMetricStatus indicates the current value of a global metric not associated with any Kubernetes object.',
    fields: {
      current: {
        type: 'MetricValueStatus',
        ref: 'V2beta2MetricValueStatus',
        required: true,
        description: 'current contains the current value for the given metric',
      },
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2beta2MetricIdentifier',
        required: true,
        description: 'metric identifies the target metric by name and selector',
      },
    },
  },
  V2beta2ObjectMetricStatus: {
    name: 'ObjectMetricStatus',
    minors: [20],
    description:
      'ObjectMetricStatus indicates the current value of a metric describing a kubernetes object (for example, hits-per-second on an Ingress object).',
    fields: {
      current: {
        type: 'MetricValueStatus',
        ref: 'V2beta2MetricValueStatus',
        required: true,
        description: 'current contains the current value for the given metric',
      },
      describedObject: {
        type: 'CrossVersionObjectReference',
        ref: 'V2beta2CrossVersionObjectReference',
        required: true,
        description: '',
      },
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2beta2MetricIdentifier',
        required: true,
        description: 'metric identifies the target metric by name and selector',
      },
    },
  },
  V2beta2PodsMetricStatus: {
    name: 'PodsMetricStatus',
    minors: [20],
    description:
      'PodsMetricStatus indicates the current value of a metric describing each pod in the current scale target (for example, transactions-processed-per-second).',
    fields: {
      current: {
        type: 'MetricValueStatus',
        ref: 'V2beta2MetricValueStatus',
        required: true,
        description: 'current contains the current value for the given metric',
      },
      metric: {
        type: 'MetricIdentifier',
        ref: 'V2beta2MetricIdentifier',
        required: true,
        description: 'metric identifies the target metric by name and selector',
      },
    },
  },
  V2beta2ResourceMetricStatus: {
    name: 'ResourceMetricStatus',
    minors: [20],
    description:
      'ResourceMetricStatus indicates the current value of a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).  Such metrics are built in to Kubernetes, and have special scaling options on top of those available to normal per-pod metrics using the "pods" source.',
    fields: {
      current: {
        type: 'MetricValueStatus',
        ref: 'V2beta2MetricValueStatus',
        required: true,
        description: 'current contains the current value for the given metric',
      },
      name: {
        type: 'string',
        required: true,
        description: 'Name is the name of the resource in question.',
      },
    },
  },
};

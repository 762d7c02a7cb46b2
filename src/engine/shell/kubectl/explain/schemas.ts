// The API schema `kubectl explain` reads, for the definitions the lab knows in full: one entry per
// definition, one row per field (type in OpenAPI v3 terms, description, required). Descriptions are
// the kubernetes/api ones (types_swagger_doc_generated.go of a recent release, and the TypeMeta
// and ObjectMeta texts every kind shares); older releases worded a few of them differently, and
// the "Possible enum values" notes newer servers append are not included (unverified per release).
// A definition missing here is not guessed at: explain says it has no schema for it.

/**
 * A field's type as kubectl ≥1.27 names it: "string", "integer", "boolean", "IntOrString",
 * "map[string]string", "[]string", or a definition name ("ServiceSpec", "[]ServicePort").
 */
export interface FieldDef {
  readonly type: string;
  readonly description: string;
  readonly required?: boolean;
  /** The first minor release that has the field, and the first that no longer has it. */
  readonly since?: number;
  readonly until?: number;
}

export interface Definition {
  readonly description: string;
  readonly fields: Readonly<Record<string, FieldDef>>;
}

const CONVENTIONS =
  'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';
const SERVICES = 'https://kubernetes.io/docs/concepts/services-networking/service/';

const API_VERSION: FieldDef = {
  type: 'string',
  description: `APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: ${CONVENTIONS}#resources`,
};
const KIND: FieldDef = {
  type: 'string',
  description: `Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: ${CONVENTIONS}#types-kinds`,
};
const METADATA: FieldDef = {
  type: 'ObjectMeta',
  description: `Standard object's metadata. More info: ${CONVENTIONS}#metadata`,
};

/** apiVersion, kind, metadata, and the kind's own fields. */
const object = (description: string, fields: Readonly<Record<string, FieldDef>>): Definition => ({
  description,
  fields: { apiVersion: API_VERSION, kind: KIND, metadata: METADATA, ...fields },
});

export const DEFINITIONS: Readonly<Record<string, Definition>> = {
  Service: object(
    'Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.',
    {
      spec: {
        type: 'ServiceSpec',
        description: `Spec defines the behavior of a service. ${CONVENTIONS}#spec-and-status`,
      },
      status: {
        type: 'ServiceStatus',
        description: `Most recently observed status of the service. Populated by the system. Read-only. More info: ${CONVENTIONS}#spec-and-status`,
      },
    },
  ),
  ServiceSpec: {
    description: 'ServiceSpec describes the attributes that a user creates on a service.',
    fields: {
      allocateLoadBalancerNodePorts: {
        type: 'boolean',
        since: 20,
        description:
          'allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is "true". It may be set to "false" if the cluster load-balancer does not rely on NodePorts.  If the caller requests specific NodePorts (by specifying a value), those requests will be respected, regardless of this field. This field may only be set for services with type LoadBalancer and will be cleared if the type is changed to any other type.',
      },
      clusterIP: {
        type: 'string',
        description: `clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address. Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName. More info: ${SERVICES}#virtual-ips-and-service-proxies`,
      },
      clusterIPs: {
        type: '[]string',
        since: 20,
        description: `ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.  If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be empty) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address.  Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName.  If this field is not specified, it will be initialized from the clusterIP field.  If this field is specified, clients must ensure that clusterIPs[0] and clusterIP have the same value.\n\nThis field may hold a maximum of two entries (dual-stack IPs, in either order). These IPs must correspond to the values of the ipFamilies field. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field. More info: ${SERVICES}#virtual-ips-and-service-proxies`,
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
      },
      externalTrafficPolicy: {
        type: 'string',
        description:
          'externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service\'s "externally-facing" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs). If set to "Local", the proxy will configure the service in a way that assumes that external load balancers will take care of balancing the service traffic between nodes, and so each node will deliver traffic only to the node-local endpoints of the service, without masquerading the client source IP. (Traffic mistakenly sent to a node with no endpoints will be dropped.) The default value, "Cluster", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features). Note that traffic sent to an External IP or LoadBalancer IP from within the cluster will always get "Cluster" semantics, but clients sending to a NodePort from within the cluster may need to take traffic policy into account when picking a node.',
      },
      healthCheckNodePort: {
        type: 'integer',
        description:
          'healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local. If a value is specified, is in-range, and is not in use, it will be used.  If not specified, a value will be automatically allocated.  External systems (e.g. load-balancers) can use this port to determine if a given node holds endpoints for this service or not.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type). This field cannot be updated once set.',
      },
      internalTrafficPolicy: {
        type: 'string',
        since: 21,
        description:
          'InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP. If set to "Local", the proxy will assume that pods only want to talk to endpoints of the service on the same node as the pod, dropping the traffic if there are no local endpoints. The default value, "Cluster", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features).',
      },
      ipFamilies: {
        type: '[]string',
        since: 20,
        description:
          'IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service. This field is usually assigned automatically based on cluster configuration and the ipFamilyPolicy field. If this field is specified manually, the requested family is available in the cluster, and ipFamilyPolicy allows it, it will be used; otherwise creation of the service will fail. This field is conditionally mutable: it allows for adding or removing a secondary IP family, but it does not allow changing the primary IP family of the Service. Valid values are "IPv4" and "IPv6".  This field only applies to Services of types ClusterIP, NodePort, and LoadBalancer, and does apply to "headless" services. This field will be wiped when updating a Service to type ExternalName.\n\nThis field may hold a maximum of two entries (dual-stack families, in either order).  These families must correspond to the values of the clusterIPs field, if specified. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.',
      },
      ipFamilyPolicy: {
        type: 'string',
        since: 20,
        description:
          'IPFamilyPolicy represents the dual-stack-ness requested or required by this Service. If there is no value provided, then this field will be set to SingleStack. Services can be "SingleStack" (a single IP family), "PreferDualStack" (two IP families on dual-stack configured clusters or a single IP family on single-stack clusters), or "RequireDualStack" (two IP families on dual-stack configured clusters, otherwise fail). The ipFamilies and clusterIPs fields depend on the value of this field. This field will be wiped when updating a service to type ExternalName.',
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
      },
      loadBalancerSourceRanges: {
        type: '[]string',
        description:
          'If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs. This field will be ignored if the cloud-provider does not support the feature." More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/',
      },
      ports: {
        type: '[]ServicePort',
        description: `The list of ports that are exposed by this service. More info: ${SERVICES}#virtual-ips-and-service-proxies`,
      },
      publishNotReadyAddresses: {
        type: 'boolean',
        description:
          'publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready. The primary use case for setting this field is for a StatefulSet\'s Headless Service to propagate SRV DNS records for its Pods for the purpose of peer discovery. The Kubernetes controllers that generate Endpoints and EndpointSlice resources for Services interpret this to mean that all endpoints are considered "ready" even if the Pods themselves are not. Agents which consume only Kubernetes generated endpoints through the Endpoints or EndpointSlice resources can safely assume this behavior.',
      },
      selector: {
        type: 'map[string]string',
        description: `Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: ${SERVICES}`,
      },
      sessionAffinity: {
        type: 'string',
        description: `Supports "ClientIP" and "None". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. More info: ${SERVICES}#virtual-ips-and-service-proxies`,
      },
      sessionAffinityConfig: {
        type: 'SessionAffinityConfig',
        description: 'sessionAffinityConfig contains the configurations of session affinity.',
      },
      // Alpha in v1.17-v1.21 (ServiceTopology), removed in v1.22. Wording from the v1.20 API.
      topologyKeys: {
        type: '[]string',
        since: 17,
        until: 22,
        description:
          'topologyKeys is a preference-order list of topology keys which implementations of services should use to preferentially sort endpoints when accessing this Service, it can not be used at the same time as externalTrafficPolicy=Local. Topology keys must be valid label keys and at most 16 keys may be specified. Endpoints are chosen based on the first topology key with available backends. If this field is specified and all entries have no backends that match the topology of the client, the service has no backends for that client and connections should fail. The special value "*" may be used to mean "any topology". This catch-all value, if used, only makes sense as the last value in the list. If this is not specified or empty, no topology constraints will be applied. This field is alpha-level and is only honored by servers that enable the ServiceTopology feature.',
      },
      trafficDistribution: {
        type: 'string',
        since: 30,
        description:
          'TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints. Implementations can use this field as a hint, but are not required to guarantee strict adherence. If the field is not set, the implementation will apply its default routing strategy. If set to "PreferClose", implementations should prioritize endpoints that are in the same zone.',
      },
      type: {
        type: 'string',
        description: `type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. "ClusterIP" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is "None", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. "NodePort" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. "LoadBalancer" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. "ExternalName" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: ${SERVICES}#publishing-services-service-types`,
      },
    },
  },
  ServicePort: {
    description: "ServicePort contains information on service's port.",
    fields: {
      appProtocol: {
        type: 'string',
        since: 18,
        description:
          "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-\n  * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455\n  * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol.",
      },
      name: {
        type: 'string',
        description:
          "The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service.",
      },
      nodePort: {
        type: 'integer',
        description: `The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type from NodePort to ClusterIP). More info: ${SERVICES}#type-nodeport`,
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
        description: `Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map). This field is ignored for services with clusterIP=None, and should be omitted or set equal to the 'port' field. More info: ${SERVICES}#defining-a-service`,
      },
    },
  },
  SessionAffinityConfig: {
    description: 'SessionAffinityConfig represents the configurations of session affinity.',
    fields: {
      clientIP: {
        type: 'ClientIPConfig',
        description: 'clientIP contains the configurations of Client IP based session affinity.',
      },
    },
  },
  ClientIPConfig: {
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
  ServiceStatus: {
    description: 'ServiceStatus represents the current status of a service.',
    fields: {
      conditions: { type: '[]Condition', since: 20, description: 'Current service state' },
      loadBalancer: {
        type: 'LoadBalancerStatus',
        description:
          'LoadBalancer contains the current status of the load-balancer, if one is present.',
      },
    },
  },
  Pod: object(
    'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
    {
      spec: {
        type: 'PodSpec',
        description: `Specification of the desired behavior of the pod. More info: ${CONVENTIONS}#spec-and-status`,
      },
      status: {
        type: 'PodStatus',
        description: `Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: ${CONVENTIONS}#spec-and-status`,
      },
    },
  ),
  Deployment: object('Deployment enables declarative updates for Pods and ReplicaSets.', {
    spec: {
      type: 'DeploymentSpec',
      description: 'Specification of the desired behavior of the Deployment.',
    },
    status: {
      type: 'DeploymentStatus',
      description: 'Most recently observed status of the Deployment.',
    },
  }),
  ReplicaSet: {
    description:
      'ReplicaSet ensures that a specified number of pod replicas are running at any given time.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        description: `If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object's metadata. More info: ${CONVENTIONS}#metadata`,
      },
      spec: {
        type: 'ReplicaSetSpec',
        description: `Spec defines the specification of the desired behavior of the ReplicaSet. More info: ${CONVENTIONS}#spec-and-status`,
      },
      status: {
        type: 'ReplicaSetStatus',
        description: `Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: ${CONVENTIONS}#spec-and-status`,
      },
    },
  },
  Namespace: object(
    'Namespace provides a scope for Names. Use of multiple namespaces is optional.',
    {
      spec: {
        type: 'NamespaceSpec',
        description: `Spec defines the behavior of the Namespace. More info: ${CONVENTIONS}#spec-and-status`,
      },
      status: {
        type: 'NamespaceStatus',
        description: `Status describes the current status of a Namespace. More info: ${CONVENTIONS}#spec-and-status`,
      },
    },
  ),
  ConfigMap: object('ConfigMap holds configuration data for pods to consume.', {
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
      since: 18,
      description:
        'Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.',
    },
  }),
  Secret: object(
    'Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.',
    {
      data: {
        type: 'map[string]string',
        description:
          "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4",
      },
      immutable: {
        type: 'boolean',
        since: 18,
        description:
          'Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.',
      },
      stringData: {
        type: 'map[string]string',
        description:
          'stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience. All keys and values are merged into the data field on write, overwriting any existing values. The stringData field is never output when reading from the API.',
      },
      type: {
        type: 'string',
        description:
          'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types',
      },
    },
  ),
};

/** The definition `kubectl explain KIND` starts from (the kind's own name here). */
export function definitionOf(kind: string): Definition | undefined {
  return DEFINITIONS[kind];
}

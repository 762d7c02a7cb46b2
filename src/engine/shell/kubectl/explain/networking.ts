// kubectl explain's schema for networking.k8s.io v1 (Ingress, IngressClass) and the v1beta1 Ingress of networking.k8s.io and extensions: one entry per definition, one row per field.
// Generated from the OpenAPI (swagger) descriptions of v1.20.2, release-1.28 and v1.33.0 as the
// Kubernetes client models carry them; see schemas.ts for what the rows mean.
import { API_VERSION, KIND } from './common.ts';
import type { Definition } from './common.ts';

export const NETWORKING: Readonly<Record<string, Definition>> = {
  V1Ingress: {
    name: 'Ingress',
    description:
      'Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.',
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
        type: 'IngressSpec',
        ref: 'V1IngressSpec',
        description:
          'spec is the desired state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
        older: {
          20: 'Spec is the desired state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
        },
      },
      status: {
        type: 'IngressStatus',
        ref: 'V1IngressStatus',
        description:
          'status is the current state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
        older: {
          20: 'Status is the current state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
        },
      },
    },
  },
  V1IngressSpec: {
    name: 'IngressSpec',
    description: 'IngressSpec describes the Ingress the user wishes to exist.',
    fields: {
      defaultBackend: {
        type: 'IngressBackend',
        ref: 'V1IngressBackend',
        description:
          "defaultBackend is the backend that should handle requests that don't match any rule. If Rules are not specified, DefaultBackend must be specified. If DefaultBackend is not set, the handling of requests that do not match any of the rules will be up to the Ingress controller.",
        older: {
          20: "DefaultBackend is the backend that should handle requests that don't match any rule. If Rules are not specified, DefaultBackend must be specified. If DefaultBackend is not set, the handling of requests that do not match any of the rules will be up to the Ingress controller.",
        },
      },
      ingressClassName: {
        type: 'string',
        description:
          'ingressClassName is the name of an IngressClass cluster resource. Ingress controller implementations use this field to know whether they should be serving this Ingress resource, by a transitive connection (controller -> IngressClass -> Ingress resource). Although the `kubernetes.io/ingress.class` annotation (simple constant name) was never formally defined, it was widely supported by Ingress controllers to create a direct binding between Ingress controller and Ingress resources. Newly created Ingress resources should prefer using the field. However, even though the annotation is officially deprecated, for backwards compatibility reasons, ingress controllers should still honor that annotation if present.',
        older: {
          20: 'IngressClassName is the name of the IngressClass cluster resource. The associated IngressClass defines which controller will implement the resource. This replaces the deprecated `kubernetes.io/ingress.class` annotation. For backwards compatibility, when that annotation is set, it must be given precedence over this field. The controller may emit a warning if the field and annotation have different values. Implementations of this API should ignore Ingresses without a class specified. An IngressClass resource may be marked as default, which can be used to set a default value for this field. For more information, refer to the IngressClass documentation.',
        },
      },
      rules: {
        type: '[]IngressRule',
        ref: 'V1IngressRule',
        description:
          'rules is a list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.',
        older: {
          20: 'A list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.',
        },
      },
      tls: {
        type: '[]IngressTLS',
        ref: 'V1IngressTLS',
        description:
          'tls represents the TLS configuration. Currently the Ingress only supports a single TLS port, 443. If multiple members of this list specify different hosts, they will be multiplexed on the same port according to the hostname specified through the SNI TLS extension, if the ingress controller fulfilling the ingress supports SNI.',
        older: {
          20: 'TLS configuration. Currently the Ingress only supports a single TLS port, 443. If multiple members of this list specify different hosts, they will be multiplexed on the same port according to the hostname specified through the SNI TLS extension, if the ingress controller fulfilling the ingress supports SNI.',
        },
      },
    },
  },
  V1IngressBackend: {
    name: 'IngressBackend',
    description: 'IngressBackend describes all endpoints for a given service and port.',
    fields: {
      resource: {
        type: 'TypedLocalObjectReference',
        ref: 'V1TypedLocalObjectReference',
        description:
          'resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object. If resource is specified, a service.Name and service.Port must not be specified. This is a mutually exclusive setting with "Service".',
        older: {
          20: 'Resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object. If resource is specified, a service.Name and service.Port must not be specified. This is a mutually exclusive setting with "Service".',
        },
      },
      service: {
        type: 'IngressServiceBackend',
        ref: 'V1IngressServiceBackend',
        description:
          'service references a service as a backend. This is a mutually exclusive setting with "Resource".',
        older: {
          20: 'Service references a Service as a Backend. This is a mutually exclusive setting with "Resource".',
        },
      },
    },
  },
  V1IngressServiceBackend: {
    name: 'IngressServiceBackend',
    description: 'IngressServiceBackend references a Kubernetes Service as a Backend.',
    fields: {
      name: {
        type: 'string',
        required: true,
        description:
          'name is the referenced service. The service must exist in the same namespace as the Ingress object.',
        older: {
          20: 'Name is the referenced service. The service must exist in the same namespace as the Ingress object.',
        },
      },
      port: {
        type: 'ServiceBackendPort',
        ref: 'V1ServiceBackendPort',
        description:
          'port of the referenced service. A port name or port number is required for a IngressServiceBackend.',
        older: {
          20: 'Port of the referenced service. A port name or port number is required for a IngressServiceBackend.',
        },
      },
    },
  },
  V1ServiceBackendPort: {
    name: 'ServiceBackendPort',
    description: 'ServiceBackendPort is the service port being referenced.',
    fields: {
      name: {
        type: 'string',
        description:
          'name is the name of the port on the Service. This is a mutually exclusive setting with "Number".',
        older: {
          20: 'Name is the name of the port on the Service. This is a mutually exclusive setting with "Number".',
        },
      },
      number: {
        type: 'integer',
        description:
          'number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with "Name".',
        older: {
          20: 'Number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with "Name".',
        },
      },
    },
  },
  V1IngressRule: {
    name: 'IngressRule',
    description:
      'IngressRule represents the rules mapping the paths under a specified host to the related backend services. Incoming requests are first evaluated for a host match, then routed to the backend associated with the matching IngressRuleValue.',
    fields: {
      host: {
        type: 'string',
        description:
          'host is the fully qualified domain name of a network host, as defined by RFC 3986. Note the following deviations from the "host" part of the URI as defined in RFC 3986: 1. IPs are not allowed. Currently an IngressRuleValue can only apply to\n   the IP in the Spec of the parent Ingress.\n2. The `:` delimiter is not respected because ports are not allowed.\n\t  Currently the port of an Ingress is implicitly :80 for http and\n\t  :443 for https.\nBoth these may change in the future. Incoming requests are matched against the host before the IngressRuleValue. If the host is unspecified, the Ingress routes all traffic based on the specified IngressRuleValue.\n\nhost can be "precise" which is a domain name without the terminating dot of a network host (e.g. "foo.bar.com") or "wildcard", which is a domain name prefixed with a single wildcard label (e.g. "*.foo.com"). The wildcard character \'*\' must appear by itself as the first DNS label and matches only a single label. You cannot have a wildcard label by itself (e.g. Host == "*"). Requests will be matched against the Host field in the following way: 1. If host is precise, the request matches this rule if the http host header is equal to Host. 2. If host is a wildcard, then the request matches this rule if the http host header is to equal to the suffix (removing the first label) of the wildcard rule.',
        older: {
          20: 'Host is the fully qualified domain name of a network host, as defined by RFC 3986. Note the following deviations from the "host" part of the URI as defined in RFC 3986: 1. IPs are not allowed. Currently an IngressRuleValue can only apply to    the IP in the Spec of the parent Ingress. 2. The `:` delimiter is not respected because ports are not allowed.    Currently the port of an Ingress is implicitly :80 for http and    :443 for https. Both these may change in the future. Incoming requests are matched against the host before the IngressRuleValue. If the host is unspecified, the Ingress routes all traffic based on the specified IngressRuleValue.  Host can be "precise" which is a domain name without the terminating dot of a network host (e.g. "foo.bar.com") or "wildcard", which is a domain name prefixed with a single wildcard label (e.g. "*.foo.com"). The wildcard character \'*\' must appear by itself as the first DNS label and matches only a single label. You cannot have a wildcard label by itself (e.g. Host == "*"). Requests will be matched against the Host field in the following way: 1. If Host is precise, the request matches this rule if the http host header is equal to Host. 2. If Host is a wildcard, then the request matches this rule if the http host header is to equal to the suffix (removing the first label) of the wildcard rule.',
        },
      },
      http: { type: 'HTTPIngressRuleValue', ref: 'V1HTTPIngressRuleValue', description: '' },
    },
  },
  V1HTTPIngressRuleValue: {
    name: 'HTTPIngressRuleValue',
    description:
      "HTTPIngressRuleValue is a list of http selectors pointing to backends. In the example: http://<host>/<path>?<searchpart> -> backend where where parts of the url correspond to RFC 3986, this resource will be used to match against everything after the last '/' and before the first '?' or '#'.",
    fields: {
      paths: {
        type: '[]HTTPIngressPath',
        ref: 'V1HTTPIngressPath',
        required: true,
        description: 'paths is a collection of paths that map requests to backends.',
        older: { 20: 'A collection of paths that map requests to backends.' },
      },
    },
  },
  V1HTTPIngressPath: {
    name: 'HTTPIngressPath',
    description:
      'HTTPIngressPath associates a path with a backend. Incoming urls matching the path are forwarded to the backend.',
    fields: {
      backend: {
        type: 'IngressBackend',
        ref: 'V1IngressBackend',
        required: true,
        description:
          'backend defines the referenced service endpoint to which the traffic will be forwarded to.',
        older: {
          20: 'Backend defines the referenced service endpoint to which the traffic will be forwarded to.',
        },
      },
      path: {
        type: 'string',
        description:
          'path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986. Paths must begin with a \'/\' and must be present when using PathType with value "Exact" or "Prefix".',
        older: {
          20: 'Path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986. Paths must begin with a \'/\'. When unspecified, all paths from incoming requests are matched.',
        },
      },
      pathType: {
        type: 'string',
        required: true,
        description:
          "pathType determines the interpretation of the path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by '/'. Matching is\n  done on a path element by element basis. A path element refers is the\n  list of labels in the path split by the '/' separator. A request is a\n  match for path p if every p is an element-wise prefix of p of the\n  request path. Note that if the last element of the path is a substring\n  of the last element in request path, it is not a match (e.g. /foo/bar\n  matches /foo/bar/baz, but does not match /foo/barbaz).\n* ImplementationSpecific: Interpretation of the Path matching is up to\n  the IngressClass. Implementations can treat this as a separate PathType\n  or treat it identically to Prefix or Exact path types.\nImplementations are required to support all path types.",
        older: {
          20: "PathType determines the interpretation of the Path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by '/'. Matching is   done on a path element by element basis. A path element refers is the   list of labels in the path split by the '/' separator. A request is a   match for path p if every p is an element-wise prefix of p of the   request path. Note that if the last element of the path is a substring   of the last element in request path, it is not a match (e.g. /foo/bar   matches /foo/bar/baz, but does not match /foo/barbaz). * ImplementationSpecific: Interpretation of the Path matching is up to   the IngressClass. Implementations can treat this as a separate PathType   or treat it identically to Prefix or Exact path types. Implementations are required to support all path types.",
        },
      },
    },
  },
  V1IngressTLS: {
    name: 'IngressTLS',
    description: 'IngressTLS describes the transport layer security associated with an ingress.',
    older: { 20: 'IngressTLS describes the transport layer security associated with an Ingress.' },
    fields: {
      hosts: {
        type: '[]string',
        description:
          'hosts is a list of hosts included in the TLS certificate. The values in this list must match the name/s used in the tlsSecret. Defaults to the wildcard host setting for the loadbalancer controller fulfilling this Ingress, if left unspecified.',
        older: {
          20: 'Hosts are a list of hosts included in the TLS certificate. The values in this list must match the name/s used in the tlsSecret. Defaults to the wildcard host setting for the loadbalancer controller fulfilling this Ingress, if left unspecified.',
        },
      },
      secretName: {
        type: 'string',
        description:
          'secretName is the name of the secret used to terminate TLS traffic on port 443. Field is left optional to allow TLS routing based on SNI hostname alone. If the SNI host in a listener conflicts with the "Host" header field used by an IngressRule, the SNI host is used for termination and value of the "Host" header is used for routing.',
        older: {
          20: 'SecretName is the name of the secret used to terminate TLS traffic on port 443. Field is left optional to allow TLS routing based on SNI hostname alone. If the SNI host in a listener conflicts with the "Host" header field used by an IngressRule, the SNI host is used for termination and value of the Host header is used for routing.',
        },
      },
    },
  },
  V1IngressStatus: {
    name: 'IngressStatus',
    description: 'IngressStatus describe the current state of the Ingress.',
    fields: {
      loadBalancer: {
        type: 'IngressLoadBalancerStatus',
        ref: 'V1IngressLoadBalancerStatus',
        description: 'loadBalancer contains the current status of the load-balancer.',
        older: { 20: 'LoadBalancer contains the current status of the load-balancer.' },
      },
    },
  },
  V1IngressLoadBalancerStatus: {
    name: 'IngressLoadBalancerStatus',
    minors: [28, 33],
    description: 'IngressLoadBalancerStatus represents the status of a load-balancer.',
    fields: {
      ingress: {
        type: '[]IngressLoadBalancerIngress',
        ref: 'V1IngressLoadBalancerIngress',
        since: 21,
        description: 'ingress is a list containing ingress points for the load-balancer.',
      },
    },
  },
  V1IngressLoadBalancerIngress: {
    name: 'IngressLoadBalancerIngress',
    minors: [28, 33],
    description:
      'IngressLoadBalancerIngress represents the status of a load-balancer ingress point.',
    fields: {
      hostname: {
        type: 'string',
        since: 21,
        description: 'hostname is set for load-balancer ingress points that are DNS based.',
      },
      ip: {
        type: 'string',
        since: 21,
        description: 'ip is set for load-balancer ingress points that are IP based.',
      },
      ports: {
        type: '[]IngressPortStatus',
        ref: 'V1IngressPortStatus',
        since: 21,
        description: 'ports provides information about the ports exposed by this LoadBalancer.',
      },
    },
  },
  V1IngressPortStatus: {
    name: 'IngressPortStatus',
    minors: [28, 33],
    description: 'IngressPortStatus represents the error condition of a service port',
    fields: {
      error: {
        type: 'string',
        since: 21,
        description:
          'error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use\n  CamelCase names\n- cloud provider specific error values must have names that comply with the\n  format foo.example.com/CamelCase.',
      },
      port: {
        type: 'integer',
        required: true,
        since: 21,
        description: 'port is the port number of the ingress port.',
      },
      protocol: {
        type: 'string',
        required: true,
        since: 21,
        description:
          'protocol is the protocol of the ingress port. The supported values are: "TCP", "UDP", "SCTP"',
      },
    },
  },
  NetworkingV1beta1Ingress: {
    name: 'Ingress',
    minors: [20],
    description:
      'Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.',
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
        type: 'IngressSpec',
        ref: 'NetworkingV1beta1IngressSpec',
        description:
          'Spec is the desired state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
      status: {
        type: 'IngressStatus',
        ref: 'NetworkingV1beta1IngressStatus',
        description:
          'Status is the current state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
      },
    },
  },
  NetworkingV1beta1IngressSpec: {
    name: 'IngressSpec',
    minors: [20],
    description: 'IngressSpec describes the Ingress the user wishes to exist.',
    fields: {
      backend: {
        type: 'IngressBackend',
        ref: 'NetworkingV1beta1IngressBackend',
        description:
          "A default backend capable of servicing requests that don't match any rule. At least one of 'backend' or 'rules' must be specified. This field is optional to allow the loadbalancer controller or defaulting logic to specify a global default.",
      },
      ingressClassName: {
        type: 'string',
        description:
          'IngressClassName is the name of the IngressClass cluster resource. The associated IngressClass defines which controller will implement the resource. This replaces the deprecated `kubernetes.io/ingress.class` annotation. For backwards compatibility, when that annotation is set, it must be given precedence over this field. The controller may emit a warning if the field and annotation have different values. Implementations of this API should ignore Ingresses without a class specified. An IngressClass resource may be marked as default, which can be used to set a default value for this field. For more information, refer to the IngressClass documentation.',
      },
      rules: {
        type: '[]IngressRule',
        ref: 'NetworkingV1beta1IngressRule',
        description:
          'A list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.',
      },
      tls: {
        type: '[]IngressTLS',
        ref: 'NetworkingV1beta1IngressTLS',
        description:
          'TLS configuration. Currently the Ingress only supports a single TLS port, 443. If multiple members of this list specify different hosts, they will be multiplexed on the same port according to the hostname specified through the SNI TLS extension, if the ingress controller fulfilling the ingress supports SNI.',
      },
    },
  },
  NetworkingV1beta1IngressBackend: {
    name: 'IngressBackend',
    minors: [20],
    description: 'IngressBackend describes all endpoints for a given service and port.',
    fields: {
      resource: {
        type: 'TypedLocalObjectReference',
        ref: 'V1TypedLocalObjectReference',
        description:
          'Resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object. If resource is specified, serviceName and servicePort must not be specified.',
      },
      serviceName: { type: 'string', description: 'Specifies the name of the referenced service.' },
      servicePort: {
        type: 'IntOrString',
        description: 'Specifies the port of the referenced service.',
      },
    },
  },
  NetworkingV1beta1IngressRule: {
    name: 'IngressRule',
    minors: [20],
    description:
      'IngressRule represents the rules mapping the paths under a specified host to the related backend services. Incoming requests are first evaluated for a host match, then routed to the backend associated with the matching IngressRuleValue.',
    fields: {
      host: {
        type: 'string',
        description:
          'Host is the fully qualified domain name of a network host, as defined by RFC 3986. Note the following deviations from the "host" part of the URI as defined in RFC 3986: 1. IPs are not allowed. Currently an IngressRuleValue can only apply to    the IP in the Spec of the parent Ingress. 2. The `:` delimiter is not respected because ports are not allowed.    Currently the port of an Ingress is implicitly :80 for http and    :443 for https. Both these may change in the future. Incoming requests are matched against the host before the IngressRuleValue. If the host is unspecified, the Ingress routes all traffic based on the specified IngressRuleValue.  Host can be "precise" which is a domain name without the terminating dot of a network host (e.g. "foo.bar.com") or "wildcard", which is a domain name prefixed with a single wildcard label (e.g. "*.foo.com"). The wildcard character \'*\' must appear by itself as the first DNS label and matches only a single label. You cannot have a wildcard label by itself (e.g. Host == "*"). Requests will be matched against the Host field in the following way: 1. If Host is precise, the request matches this rule if the http host header is equal to Host. 2. If Host is a wildcard, then the request matches this rule if the http host header is to equal to the suffix (removing the first label) of the wildcard rule.',
      },
      http: {
        type: 'HTTPIngressRuleValue',
        ref: 'NetworkingV1beta1HTTPIngressRuleValue',
        description: '',
      },
    },
  },
  NetworkingV1beta1HTTPIngressRuleValue: {
    name: 'HTTPIngressRuleValue',
    minors: [20],
    description:
      "HTTPIngressRuleValue is a list of http selectors pointing to backends. In the example: http://<host>/<path>?<searchpart> -> backend where where parts of the url correspond to RFC 3986, this resource will be used to match against everything after the last '/' and before the first '?' or '#'.",
    fields: {
      paths: {
        type: '[]HTTPIngressPath',
        ref: 'NetworkingV1beta1HTTPIngressPath',
        required: true,
        description: 'A collection of paths that map requests to backends.',
      },
    },
  },
  NetworkingV1beta1HTTPIngressPath: {
    name: 'HTTPIngressPath',
    minors: [20],
    description:
      'HTTPIngressPath associates a path with a backend. Incoming urls matching the path are forwarded to the backend.',
    fields: {
      backend: {
        type: 'IngressBackend',
        ref: 'NetworkingV1beta1IngressBackend',
        required: true,
        description:
          'Backend defines the referenced service endpoint to which the traffic will be forwarded to.',
      },
      path: {
        type: 'string',
        description:
          'Path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986. Paths must begin with a \'/\'. When unspecified, all paths from incoming requests are matched.',
      },
      pathType: {
        type: 'string',
        description:
          "PathType determines the interpretation of the Path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by '/'. Matching is   done on a path element by element basis. A path element refers is the   list of labels in the path split by the '/' separator. A request is a   match for path p if every p is an element-wise prefix of p of the   request path. Note that if the last element of the path is a substring   of the last element in request path, it is not a match (e.g. /foo/bar   matches /foo/bar/baz, but does not match /foo/barbaz). * ImplementationSpecific: Interpretation of the Path matching is up to   the IngressClass. Implementations can treat this as a separate PathType   or treat it identically to Prefix or Exact path types. Implementations are required to support all path types. Defaults to ImplementationSpecific.",
      },
    },
  },
  NetworkingV1beta1IngressTLS: {
    name: 'IngressTLS',
    minors: [20],
    description: 'IngressTLS describes the transport layer security associated with an Ingress.',
    fields: {
      hosts: {
        type: '[]string',
        description:
          'Hosts are a list of hosts included in the TLS certificate. The values in this list must match the name/s used in the tlsSecret. Defaults to the wildcard host setting for the loadbalancer controller fulfilling this Ingress, if left unspecified.',
      },
      secretName: {
        type: 'string',
        description:
          'SecretName is the name of the secret used to terminate TLS traffic on port 443. Field is left optional to allow TLS routing based on SNI hostname alone. If the SNI host in a listener conflicts with the "Host" header field used by an IngressRule, the SNI host is used for termination and value of the Host header is used for routing.',
      },
    },
  },
  NetworkingV1beta1IngressStatus: {
    name: 'IngressStatus',
    minors: [20],
    description: 'IngressStatus describe the current state of the Ingress.',
    fields: {
      loadBalancer: {
        type: 'LoadBalancerStatus',
        ref: 'V1LoadBalancerStatus',
        description: 'LoadBalancer contains the current status of the load-balancer.',
      },
    },
  },
  V1IngressClass: {
    name: 'IngressClass',
    description:
      'IngressClass represents the class of the Ingress, referenced by the Ingress Spec. The `ingressclass.kubernetes.io/is-default-class` annotation can be used to indicate that an IngressClass should be considered default. When a single IngressClass resource has this annotation set to true, new Ingress resources without a class specified will be assigned this default class.',
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
        type: 'IngressClassSpec',
        ref: 'V1IngressClassSpec',
        description:
          'spec is the desired state of the IngressClass. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
        older: {
          20: 'Spec is the desired state of the IngressClass. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
        },
      },
    },
  },
  V1IngressClassSpec: {
    name: 'IngressClassSpec',
    description: 'IngressClassSpec provides information about the class of an Ingress.',
    fields: {
      controller: {
        type: 'string',
        description:
          'controller refers to the name of the controller that should handle this class. This allows for different "flavors" that are controlled by the same controller. For example, you may have different parameters for the same implementing controller. This should be specified as a domain-prefixed path no more than 250 characters in length, e.g. "acme.io/ingress-controller". This field is immutable.',
        older: {
          20: 'Controller refers to the name of the controller that should handle this class. This allows for different "flavors" that are controlled by the same controller. For example, you may have different Parameters for the same implementing controller. This should be specified as a domain-prefixed path no more than 250 characters in length, e.g. "acme.io/ingress-controller". This field is immutable.',
        },
      },
      parameters: {
        type: 'IngressClassParametersReference',
        ref: 'V1IngressClassParametersReference',
        description:
          'parameters is a link to a custom resource containing additional configuration for the controller. This is optional if the controller does not require extra parameters.',
        older: {
          20: 'Parameters is a link to a custom resource containing additional configuration for the controller. This is optional if the controller does not require extra parameters.',
        },
      },
    },
  },
  V1IngressClassParametersReference: {
    name: 'IngressClassParametersReference',
    minors: [28, 33],
    description:
      'IngressClassParametersReference identifies an API object. This can be used to specify a cluster or namespace-scoped resource.',
    fields: {
      apiGroup: {
        type: 'string',
        since: 21,
        description:
          'apiGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.',
      },
      kind: {
        type: 'string',
        required: true,
        since: 21,
        description: 'kind is the type of resource being referenced.',
      },
      name: {
        type: 'string',
        required: true,
        since: 21,
        description: 'name is the name of resource being referenced.',
      },
      namespace: {
        type: 'string',
        since: 21,
        description:
          'namespace is the namespace of the resource being referenced. This field is required when scope is set to "Namespace" and must be unset when scope is set to "Cluster".',
      },
      scope: {
        type: 'string',
        since: 21,
        description:
          'scope represents if this refers to a cluster or namespace scoped resource. This may be set to "Cluster" (default) or "Namespace".',
      },
    },
  },
};

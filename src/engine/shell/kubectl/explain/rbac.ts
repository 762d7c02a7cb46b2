// kubectl explain's schema for rbac.authorization.k8s.io/v1 (Role, ClusterRole, RoleBinding, ClusterRoleBinding): one entry per definition, one row per field.
// Generated from the OpenAPI (swagger) descriptions of v1.20.2, release-1.28 and v1.33.0 as the
// Kubernetes client models carry them; see schemas.ts for what the rows mean.
import { API_VERSION, KIND } from './common.ts';
import type { Definition } from './common.ts';

export const RBAC: Readonly<Record<string, Definition>> = {
  V1Role: {
    name: 'Role',
    description:
      'Role is a namespaced, logical grouping of PolicyRules that can be referenced as a unit by a RoleBinding.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description: "Standard object's metadata.",
      },
      rules: {
        type: '[]PolicyRule',
        ref: 'V1PolicyRule',
        description: 'Rules holds all the PolicyRules for this Role',
      },
    },
  },
  V1PolicyRule: {
    name: 'PolicyRule',
    description:
      'PolicyRule holds information that describes a policy rule, but does not contain information about who the rule applies to or which namespace the rule applies to.',
    fields: {
      apiGroups: {
        type: '[]string',
        description:
          'APIGroups is the name of the APIGroup that contains the resources.  If multiple API groups are specified, any action requested against one of the enumerated resources in any API group will be allowed. "" represents the core API group and "*" represents all API groups.',
        older: {
          20: 'APIGroups is the name of the APIGroup that contains the resources.  If multiple API groups are specified, any action requested against one of the enumerated resources in any API group will be allowed.',
        },
      },
      nonResourceURLs: {
        type: '[]string',
        description:
          'NonResourceURLs is a set of partial urls that a user should have access to.  *s are allowed, but only as the full, final step in the path Since non-resource URLs are not namespaced, this field is only applicable for ClusterRoles referenced from a ClusterRoleBinding. Rules can either apply to API resources (such as "pods" or "secrets") or non-resource URL paths (such as "/api"),  but not both.',
      },
      resourceNames: {
        type: '[]string',
        description:
          'ResourceNames is an optional white list of names that the rule applies to.  An empty set means that everything is allowed.',
      },
      resources: {
        type: '[]string',
        description:
          "Resources is a list of resources this rule applies to. '*' represents all resources.",
        older: {
          20: 'Resources is a list of resources this rule applies to.  ResourceAll represents all resources.',
        },
      },
      verbs: {
        type: '[]string',
        required: true,
        description:
          "Verbs is a list of Verbs that apply to ALL the ResourceKinds contained in this rule. '*' represents all verbs.",
        older: {
          20: 'Verbs is a list of Verbs that apply to ALL the ResourceKinds and AttributeRestrictions contained in this rule.  VerbAll represents all kinds.',
        },
      },
    },
  },
  V1ClusterRole: {
    name: 'ClusterRole',
    description:
      'ClusterRole is a cluster level, logical grouping of PolicyRules that can be referenced as a unit by a RoleBinding or ClusterRoleBinding.',
    fields: {
      aggregationRule: {
        type: 'AggregationRule',
        ref: 'V1AggregationRule',
        description:
          'AggregationRule is an optional field that describes how to build the Rules for this ClusterRole. If AggregationRule is set, then the Rules are controller managed and direct changes to Rules will be stomped by the controller.',
      },
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description: "Standard object's metadata.",
      },
      rules: {
        type: '[]PolicyRule',
        ref: 'V1PolicyRule',
        description: 'Rules holds all the PolicyRules for this ClusterRole',
      },
    },
  },
  V1AggregationRule: {
    name: 'AggregationRule',
    description:
      'AggregationRule describes how to locate ClusterRoles to aggregate into the ClusterRole',
    fields: {
      clusterRoleSelectors: {
        type: '[]LabelSelector',
        ref: 'V1LabelSelector',
        description:
          "ClusterRoleSelectors holds a list of selectors which will be used to find ClusterRoles and create the rules. If any of the selectors match, then the ClusterRole's permissions will be added",
      },
    },
  },
  V1RoleBinding: {
    name: 'RoleBinding',
    description:
      'RoleBinding references a role, but does not contain it.  It can reference a Role in the same namespace or a ClusterRole in the global namespace. It adds who information via Subjects and namespace information by which namespace it exists in.  RoleBindings in a given namespace only have effect in that namespace.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description: "Standard object's metadata.",
      },
      roleRef: {
        type: 'RoleRef',
        ref: 'V1RoleRef',
        required: true,
        description:
          'RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.',
        older: {
          20: 'RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.',
        },
      },
      subjects: {
        type: '[]Subject',
        ref: 'RbacV1Subject',
        description: 'Subjects holds references to the objects the role applies to.',
      },
    },
  },
  V1RoleRef: {
    name: 'RoleRef',
    description: 'RoleRef contains information that points to the role being used',
    fields: {
      apiGroup: {
        type: 'string',
        required: true,
        description: 'APIGroup is the group for the resource being referenced',
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
  RbacV1Subject: {
    name: 'Subject',
    minors: [33],
    description:
      'Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference, or a value for non-objects such as user and group names.',
    fields: {
      apiGroup: {
        type: 'string',
        since: 29,
        description:
          'APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.',
      },
      kind: {
        type: 'string',
        required: true,
        since: 29,
        description:
          'Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.',
      },
      name: {
        type: 'string',
        required: true,
        since: 29,
        description: 'Name of the object being referenced.',
      },
      namespace: {
        type: 'string',
        since: 29,
        description:
          'Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.',
      },
    },
  },
  V1ClusterRoleBinding: {
    name: 'ClusterRoleBinding',
    description:
      'ClusterRoleBinding references a ClusterRole, but not contain it.  It can reference a ClusterRole in the global namespace, and adds who information via Subject.',
    fields: {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: {
        type: 'ObjectMeta',
        ref: 'V1ObjectMeta',
        description: "Standard object's metadata.",
      },
      roleRef: {
        type: 'RoleRef',
        ref: 'V1RoleRef',
        required: true,
        description:
          'RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.',
        older: {
          20: 'RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.',
        },
      },
      subjects: {
        type: '[]Subject',
        ref: 'RbacV1Subject',
        description: 'Subjects holds references to the objects the role applies to.',
      },
    },
  },
};

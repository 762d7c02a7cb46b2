// The API server decodes a request body into the kind's Go structs before anything else looks at
// it: a number where the struct has a string, a string where it has an int32, or a number that does
// not fit the integer type is a BadRequest (`<Kind> in version "<v>" cannot be handled as a <Kind>:
// json: cannot unmarshal ...`). The text is encoding/json's UnmarshalTypeError, as the server's
// decoder (sigs.k8s.io/json, from v1.23) prints it: the Go struct holding the field, the field's
// JSON path from the object's root without indexes, and the Go type. Only the fields written out
// here are checked (the integers a learner types and the string maps every object has); elsewhere
// nothing is reported, never a false alarm.
import { own } from '../util/own.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field's Go type; `v1.X` is a named string type (v1.Protocol), printed as such. */
type GoType =
  'int32' | 'int64' | 'string' | 'intstr' | 'map[string]string' | '[]string' | `v1.${string}`;
/** What a value is checked against: a field's type, or a struct (object) in a list or field. */
type Target = GoType | 'struct';

/** A struct: its Go name and its typed fields; `children` are nested structs, `lists` lists of them. */
interface Struct {
  readonly name: string;
  readonly fields: Readonly<Record<string, GoType>>;
  readonly children?: Readonly<Record<string, Struct>>;
  readonly lists?: Readonly<Record<string, Struct>>;
}

const OBJECT_META: Struct = {
  name: 'ObjectMeta',
  fields: {
    name: 'string',
    namespace: 'string',
    generateName: 'string',
    labels: 'map[string]string',
    annotations: 'map[string]string',
  },
};

const CONTAINER: Struct = {
  name: 'Container',
  fields: { name: 'string', image: 'string', imagePullPolicy: 'v1.PullPolicy' },
  lists: {
    ports: {
      name: 'ContainerPort',
      fields: {
        containerPort: 'int32',
        hostPort: 'int32',
        name: 'string',
        protocol: 'v1.Protocol',
      },
    },
    env: { name: 'EnvVar', fields: { name: 'string', value: 'string' } },
  },
};

const POD_SPEC: Struct = {
  name: 'PodSpec',
  fields: {
    terminationGracePeriodSeconds: 'int64',
    nodeName: 'string',
    restartPolicy: 'v1.RestartPolicy',
  },
  lists: { containers: CONTAINER, initContainers: CONTAINER },
};

const TEMPLATE: Struct = {
  name: 'PodTemplateSpec',
  fields: {},
  children: { metadata: OBJECT_META, spec: POD_SPEC },
};

const LABEL_SELECTOR: Struct = {
  name: 'LabelSelector',
  fields: { matchLabels: 'map[string]string' },
  lists: {
    matchExpressions: {
      name: 'LabelSelectorRequirement',
      fields: { key: 'string', operator: 'v1.LabelSelectorOperator', values: '[]string' },
    },
  },
};

/** A workload's spec; its selector a LabelSelector, but a ReplicationController's a label map. */
const workload = (spec: string, extra: Record<string, GoType> = {}): Struct => ({
  name: spec,
  fields: { replicas: 'int32', minReadySeconds: 'int32', revisionHistoryLimit: 'int32', ...extra },
  children: {
    template: TEMPLATE,
    ...(extra.selector === undefined ? { selector: LABEL_SELECTOR } : {}),
  },
});

const SPECS: Readonly<Record<string, Struct>> = {
  Service: {
    name: 'ServiceSpec',
    fields: {
      healthCheckNodePort: 'int32',
      type: 'v1.ServiceType',
      clusterIP: 'string',
      sessionAffinity: 'v1.ServiceAffinity',
      selector: 'map[string]string',
    },
    lists: {
      ports: {
        name: 'ServicePort',
        fields: {
          name: 'string',
          port: 'int32',
          nodePort: 'int32',
          targetPort: 'intstr',
          protocol: 'v1.Protocol',
        },
      },
    },
    children: {
      sessionAffinityConfig: {
        name: 'SessionAffinityConfig',
        fields: {},
        children: { clientIP: { name: 'ClientIPConfig', fields: { timeoutSeconds: 'int32' } } },
      },
    },
  },
  Pod: POD_SPEC,
  Deployment: workload('DeploymentSpec', { progressDeadlineSeconds: 'int32' }),
  ReplicaSet: workload('ReplicaSetSpec'),
  StatefulSet: workload('StatefulSetSpec', { serviceName: 'string' }),
  ReplicationController: workload('ReplicationControllerSpec', { selector: 'map[string]string' }),
  DaemonSet: workload('DaemonSetSpec'),
};

const ENDPOINT_ADDRESS: Struct = {
  name: 'EndpointAddress',
  fields: { ip: 'string', hostname: 'string', nodeName: 'string' },
};

/** Kinds whose content is not under spec: their top-level fields. */
const TOP: Readonly<Record<string, Pick<Struct, 'fields' | 'lists'>>> = {
  Endpoints: {
    fields: {},
    lists: {
      subsets: {
        name: 'EndpointSubset',
        fields: {},
        lists: {
          addresses: ENDPOINT_ADDRESS,
          notReadyAddresses: ENDPOINT_ADDRESS,
          ports: {
            name: 'EndpointPort',
            fields: { name: 'string', port: 'int32', protocol: 'v1.Protocol' },
          },
        },
      },
    },
  },
  ConfigMap: { fields: { data: 'map[string]string' } },
  Secret: { fields: { stringData: 'map[string]string', type: 'v1.SecretType' } },
};

const INT_RANGE: Readonly<Record<'int32' | 'int64', readonly [number, number]>> = {
  int32: [-2147483648, 2147483647],
  int64: [-(2 ** 63), 2 ** 63 - 1],
};

/** encoding/json's name for a JSON value of the wrong type ("number 1.5" for an integer field). */
function jsonKind(v: unknown, target: Target): string | undefined {
  const integer = target === 'int32' || target === 'int64' || target === 'intstr';
  if (typeof v === 'number') {
    // go-yaml keeps a number too large for a float64 (`1e400`) as the string it was written as.
    if (!Number.isFinite(v)) return target === 'string' ? undefined : 'string';
    if (!integer) return 'number';
    const [min, max] = INT_RANGE[target === 'intstr' ? 'int32' : target];
    // The number as kubectl's YAML-to-JSON conversion writes it (Go and JavaScript agree on the
    // digits of integers and on switching to exponents from 1e21).
    if (!Number.isInteger(v) || v < min || v > max) return `number ${String(v)}`;
    return undefined;
  }
  if (typeof v === 'string')
    return target === 'string' || target === 'intstr' ? undefined : 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  if (isObj(v)) return target === 'map[string]string' || target === 'struct' ? undefined : 'object';
  return undefined; // null leaves the field unset
}

export interface DecodeError {
  /** The field as the lab's errors address it ("spec.ports[0].nodePort"), for its line. */
  readonly path: string;
  /** encoding/json's error ("json: cannot unmarshal ..."). */
  readonly message: string;
}

const inOrder = (value: Obj, sorted: boolean): string[] =>
  sorted ? Object.keys(value).sort() : Object.keys(value);

/** A dotted path one field deeper. */
const join = (path: string, field: string): string => (path ? `${path}.${field}` : field);

/** Where check is: the struct, the JSON and field paths to it, and the field it looks at. */
interface At {
  readonly struct: Struct;
  readonly jsonPath: string;
  readonly path: string;
  readonly field: string;
}

/**
 * encoding/json's error for a value of JSON type `what` where `goType` was expected, at the field
 * (or `below` it: a map key, a list index). Spelled only on failure: most fields are fine.
 */
function fail(at: At, what: string, goType: string, below = ''): DecodeError {
  return {
    path: join(at.path, at.field) + below,
    message: `json: cannot unmarshal ${what} into Go struct field ${at.struct.name}.${join(at.jsonPath, at.field)} of type ${goType}`,
  };
}

/**
 * The first field of `value` the decoder cannot take. kubectl sends the object as Go marshals a
 * map, keys sorted, and the decoder reports the first error: `sorted` walks in that order, which
 * only matters once an error is known to be there (most objects have none, and go unsorted).
 */
function check(
  value: Obj,
  struct: Struct,
  jsonPath: string,
  path: string,
  sorted: boolean,
): DecodeError | undefined {
  for (const field of inOrder(value, sorted)) {
    const v = value[field];
    const type = own(struct.fields, field);
    const at: At = { struct, jsonPath, path, field };
    if (type === 'map[string]string') {
      if (v === null) continue;
      if (!isObj(v)) return fail(at, jsonKind(v, 'string') ?? 'string', 'map[string]string');
      for (const k of inOrder(v, sorted)) {
        const item = v[k];
        const wrong = item === null ? undefined : jsonKind(item, 'string');
        if (wrong) return fail(at, wrong, 'string', `.${k}`);
      }
      continue;
    }
    if (type === '[]string') {
      if (v === null) continue;
      if (!Array.isArray(v)) return fail(at, jsonKind(v, 'string') ?? 'string', '[]string');
      for (const [i, item] of v.entries()) {
        const wrong = item === null ? undefined : jsonKind(item, 'string');
        if (wrong) return fail(at, wrong, 'string', `[${i}]`);
      }
      continue;
    }
    if (type) {
      const wrong = jsonKind(v, type.startsWith('v1.') ? 'string' : (type as Target));
      if (wrong) return fail(at, wrong, type === 'intstr' ? 'int32' : type);
      continue;
    }
    if (v === null || v === undefined) continue;
    const list = own(struct.lists, field);
    if (list) {
      if (!Array.isArray(v))
        return fail(at, isObj(v) ? 'object' : jsonKind(v, 'struct')!, `[]v1.${list.name}`);
      for (const [i, item] of v.entries()) {
        if (item === null) continue;
        if (!isObj(item)) return fail(at, jsonKind(item, 'struct')!, `v1.${list.name}`, `[${i}]`);
        const found = check(
          item,
          list,
          join(jsonPath, field),
          `${join(path, field)}[${i}]`,
          sorted,
        );
        if (found) return found;
      }
      continue;
    }
    const child = own(struct.children, field);
    if (!child) continue;
    if (!isObj(v)) return fail(at, jsonKind(v, 'struct')!, `v1.${child.name}`);
    const found = check(v, child, join(jsonPath, field), join(path, field), sorted);
    if (found) return found;
  }
  return undefined;
}

/** The first field the server could not decode into the kind's structs, if any. */
export function decodeTypeError(kind: string, obj: Obj): DecodeError | undefined {
  const spec = own(SPECS, kind);
  const top: Struct = {
    name: kind,
    fields: own(TOP, kind)?.fields ?? {},
    children: { metadata: OBJECT_META, ...(spec ? { spec } : {}) },
    ...(own(TOP, kind)?.lists ? { lists: own(TOP, kind)!.lists } : {}),
  };
  const { apiVersion: _a, kind: _k, ...rest } = obj;
  return check(rest, top, '', '', false) && check(rest, top, '', '', true);
}

function zeroNulls(value: Obj, struct: Struct): Obj {
  let out: Obj | undefined;
  for (const [field, v] of Object.entries(value)) {
    const list = own(struct.lists, field);
    if (list && Array.isArray(v)) {
      const items = v.map((item) =>
        isObj(item) ? zeroNulls(item, list) : item === null ? {} : item,
      );
      if (items.some((item, i) => item !== v[i])) (out ??= { ...value })[field] = items;
      continue;
    }
    const child = own(struct.children, field);
    if (child && isObj(v)) {
      const inner = zeroNulls(v, child);
      if (inner !== v) (out ??= { ...value })[field] = inner;
    }
  }
  return out ?? value;
}

/**
 * The object as the server holds it after decoding: a null item of a list of structs becomes the
 * struct's zero value (`subsets: [null]` is one empty subset), as encoding/json decodes it.
 */
export function decodedBody(kind: string, obj: Obj): Obj {
  const spec = own(SPECS, kind);
  return zeroNulls(obj, {
    name: kind,
    fields: {},
    children: { metadata: OBJECT_META, ...(spec ? { spec } : {}) },
    ...(own(TOP, kind)?.lists ? { lists: own(TOP, kind)!.lists } : {}),
  });
}

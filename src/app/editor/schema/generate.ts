// The editor's Kubernetes JSON Schema (draft-07, what monaco-yaml reads), built from the one source
// of truth the engine already has: kubectl explain's definitions (fields, types, descriptions per
// release) and the served API versions. Enum values are not in that data; they are asked of the
// engine's own API-server validation (an unsupported value is rejected with the supported ones).
// Run by build.ts, which writes one file per release; generate.test.ts keeps the files current.
import { SERVED_VERSIONS } from '../../../engine/api/apiVersions.ts';
import { createSession } from '../../../engine/index.ts';
import { PRESETS } from '../../../engine/presets/presets.ts';
import {
  DEFINITIONS,
  definitionOf,
  describedAt,
  type Definition,
  type FieldDef,
} from '../../../engine/shell/kubectl/explain/schemas.ts';

/** A JSON Schema node (only the keywords this generator writes). */
export interface JsonSchema {
  $schema?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  const?: string;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
}

/** The releases the presets run: one schema each. */
export function presetMinors(): number[] {
  return [...new Set(Object.values(PRESETS).map((p) => p.minor))].sort((a, b) => a - b);
}

const PRIMITIVES: Readonly<Record<string, JsonSchema>> = {
  string: { type: 'string' },
  integer: { type: 'integer' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  // x-kubernetes-int-or-string: a port number or a port name, "25%" or 1.
  IntOrString: { type: ['integer', 'string'] },
  // resource.Quantity is a string in the API ("500m", "1Gi"); YAML authors also write bare numbers.
  Quantity: { type: ['string', 'number'] },
  Object: { type: 'object' },
};

/** The schema of one field's type, without its description. */
function typeSchema(type: string, ref: string | undefined): JsonSchema {
  if (type.startsWith('[]')) return { type: 'array', items: typeSchema(type.slice(2), ref) };
  if (type.startsWith('map[string]'))
    return { type: 'object', additionalProperties: typeSchema(type.slice(11), ref) };
  if (ref !== undefined) return { $ref: `#/definitions/${ref}` };
  return { ...(PRIMITIVES[type] ?? {}) };
}

function fieldAt(field: FieldDef, minor: number): boolean {
  return (
    (field.since === undefined || minor >= field.since) &&
    (field.until === undefined || minor < field.until)
  );
}

function definitionAt(def: Definition, minor: number): boolean {
  return def.minors === undefined || def.minors.includes(minor);
}

/** Field paths whose values the API server restricts, probed from the engine's validation. */
interface EnumProbe {
  readonly definition: string;
  readonly field: string;
  /** The error's field path in the probe's answer. */
  readonly path: string;
  readonly manifest: string;
}

const BAD = 'not-a-value';

const servicePorts = (extra: string, port = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: probe\nspec:\n${extra}  ports:\n  - port: 80\n${port}`;
const podWith = (extra: string, port = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\nspec:\n${extra}  containers:\n  - name: c\n    image: nginx\n${port}`;

const ENUM_PROBES: readonly EnumProbe[] = [
  {
    definition: 'V1ServiceSpec',
    field: 'type',
    path: 'spec.type',
    manifest: servicePorts(`  type: ${BAD}\n`),
  },
  {
    definition: 'V1ServiceSpec',
    field: 'sessionAffinity',
    path: 'spec.sessionAffinity',
    manifest: servicePorts(`  sessionAffinity: ${BAD}\n`),
  },
  {
    definition: 'V1ServiceSpec',
    field: 'externalTrafficPolicy',
    path: 'spec.externalTrafficPolicy',
    manifest: servicePorts(`  type: NodePort\n  externalTrafficPolicy: ${BAD}\n`),
  },
  {
    definition: 'V1ServiceSpec',
    field: 'internalTrafficPolicy',
    path: 'spec.internalTrafficPolicy',
    manifest: servicePorts(`  internalTrafficPolicy: ${BAD}\n`),
  },
  {
    definition: 'V1ServicePort',
    field: 'protocol',
    path: 'spec.ports[0].protocol',
    manifest: servicePorts('', `    protocol: ${BAD}\n`),
  },
  {
    definition: 'V1PodSpec',
    field: 'restartPolicy',
    path: 'spec.restartPolicy',
    manifest: podWith(`  restartPolicy: ${BAD}\n`),
  },
  {
    definition: 'V1ContainerPort',
    field: 'protocol',
    path: 'spec.containers[0].ports[0].protocol',
    manifest: podWith('', `    ports:\n    - containerPort: 80\n      protocol: ${BAD}\n`),
  },
  {
    definition: 'V1HTTPIngressPath',
    field: 'pathType',
    path: 'spec.rules[0].http.paths[0].pathType',
    manifest:
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: probe\nspec:\n  rules:\n  - http:\n      paths:\n' +
      `      - path: /\n        pathType: ${BAD}\n        backend:\n          service:\n            name: s\n            port:\n              number: 80\n`,
  },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "definition.field" -> the values the engine's API server of this release accepts. */
export function probeEnums(minor: number): Map<string, string[]> {
  const preset = Object.entries(PRESETS).find(([, p]) => p.minor === minor)?.[0];
  const found = new Map<string, string[]>();
  if (preset === undefined) return found;
  for (const probe of ENUM_PROBES) {
    const session = createSession({ preset });
    const answer = session.apply(probe.manifest);
    const text = [answer.stderr, ...answer.errors.map((e) => e.message)].join('\n');
    const match = new RegExp(
      `${escapeRegExp(probe.path)}: Unsupported value: "${BAD}": supported values: ((?:"[^"]*"(?:, )?)+)`,
    ).exec(text);
    if (match === null) continue;
    const values = [...match[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    found.set(`${probe.definition}.${probe.field}`, values);
  }
  return found;
}

/** Every definition reachable from the given ones, as it reads at this release. */
function definitionsAt(
  roots: readonly string[],
  minor: number,
  enums: ReadonlyMap<string, readonly string[]>,
): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (name in out) continue;
    const def = DEFINITIONS[name];
    if (def === undefined) continue;
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(def.fields)) {
      if (!fieldAt(field, minor)) continue;
      const values = enums.get(`${name}.${key}`);
      properties[key] = {
        ...typeSchema(field.type, field.ref),
        description: describedAt(field, minor),
        ...(values ? { enum: [...values] } : {}),
      };
      if (field.required) required.push(key);
      if (field.ref !== undefined) queue.push(field.ref);
    }
    out[name] = {
      title: def.name,
      description: describedAt(def, minor),
      type: 'object',
      properties,
      ...(required.length > 0 ? { required } : {}),
      // The API server (strict field validation) rejects unknown fields; flag them while typing.
      additionalProperties: false,
    };
  }
  return out;
}

/** The schema of every kind the lab serves at this release, one `anyOf` branch per kind. */
export function kubernetesSchema(minor: number): JsonSchema {
  const enums = probeEnums(minor);
  const kinds = SERVED_VERSIONS.filter(
    (v) => minor >= v.since && (v.removed === undefined || minor < v.removed),
  )
    .map((v) => ({ served: v, def: definitionOf(v.apiVersion, v.kind) }))
    .filter((k): k is { served: (typeof SERVED_VERSIONS)[number]; def: Definition } => {
      return k.def !== undefined && definitionAt(k.def, minor);
    });
  const roots = kinds.map(({ def }) =>
    Object.keys(DEFINITIONS).find((n) => DEFINITIONS[n] === def)!,
  );
  const definitions = definitionsAt(roots, minor, enums);
  const branches: JsonSchema[] = kinds.map(({ served }, i) => {
    const base = definitions[roots[i]!]!;
    return {
      title: `${served.apiVersion} ${served.kind}`,
      description: base.description,
      type: 'object',
      properties: {
        ...base.properties,
        apiVersion: { ...base.properties!.apiVersion, const: served.apiVersion },
        kind: { ...base.properties!.kind, const: served.kind },
      },
      required: ['apiVersion', 'kind', ...(base.required ?? [])],
      additionalProperties: false,
    };
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Kubernetes 1.${minor}`,
    anyOf: branches,
    definitions,
  };
}

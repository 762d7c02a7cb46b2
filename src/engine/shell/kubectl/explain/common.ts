// The shapes of kubectl explain's schema data (one Definition per OpenAPI definition, one FieldDef
// per field) and the two descriptions every kind shares.

/**
 * One field. `type` is what kubectl ≥1.27 prints: "string", "integer", "boolean", "IntOrString",
 * "Quantity", "Object", "map[string]string", "[]string", or a definition's name ("[]Container");
 * `ref` names the Definition an object-typed field leads to.
 */
export interface FieldDef {
  readonly type: string;
  readonly ref?: string;
  readonly description: string;
  readonly required?: boolean;
  /** The first minor release that has the field, and the first that no longer has it. */
  readonly since?: number;
  readonly until?: number;
  /** Older wordings: `older[m]` is the text up to and including minor m (the nearest m wins). */
  readonly older?: Readonly<Record<number, string>>;
}

export interface Definition {
  /** The definition's name as kubectl ≥1.27 prints it (PodSpec, HorizontalPodAutoscalerSpec). */
  readonly name: string;
  /** The minor releases whose sources have the definition, when not all of 20, 28 and 33. */
  readonly minors?: readonly number[];
  readonly description: string;
  readonly older?: Readonly<Record<number, string>>;
  readonly fields: Readonly<Record<string, FieldDef>>;
}

const CONVENTIONS =
  'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';

export const API_VERSION: FieldDef = {
  type: 'string',
  description: `APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: ${CONVENTIONS}#resources`,
};

export const KIND: FieldDef = {
  type: 'string',
  description: `Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: ${CONVENTIONS}#types-kinds`,
};

/** The wording a minor release prints: the nearest older wording at or above it, else the current. */
export function describedAt(
  d: { readonly description: string; readonly older?: Readonly<Record<number, string>> },
  minor: number,
): string {
  const at = Object.keys(d.older ?? {})
    .map(Number)
    .filter((m) => minor <= m)
    .sort((a, b) => a - b)[0];
  return at === undefined ? d.description : d.older![at]!;
}

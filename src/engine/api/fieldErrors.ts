// Validation errors as data (apimachinery pkg/util/validation/field/errors.go): a type, a path, the
// bad value and a detail. The validator returns all of them; kubectl renders them (reference §1.13).

export type FieldErrorType =
  | 'Required value'
  | 'Invalid value'
  | 'Unsupported value'
  | 'Duplicate value'
  | 'Forbidden'
  | 'Not found'
  | 'Too long'
  | 'Internal error';

export interface FieldError {
  readonly type: FieldErrorType;
  /** e.g. "spec.ports[0].nodePort" */
  readonly field: string;
  readonly value?: unknown;
  readonly detail?: string;
}

export const required = (field: string, detail?: string): FieldError => ({
  type: 'Required value',
  field,
  ...(detail ? { detail } : {}),
});
export const invalid = (field: string, value: unknown, detail: string): FieldError => ({
  type: 'Invalid value',
  field,
  value,
  detail,
});
export const forbidden = (field: string, detail: string): FieldError => ({
  type: 'Forbidden',
  field,
  detail,
});
export const duplicate = (field: string, value: unknown): FieldError => ({
  type: 'Duplicate value',
  field,
  value,
});
export const unsupported = (
  field: string,
  value: unknown,
  supported: readonly string[],
): FieldError => ({
  type: 'Unsupported value',
  field,
  value,
  detail: `supported values: ${[...supported]
    .sort()
    .map((s) => `"${s}"`)
    .join(', ')}`,
});

/**
 * A bad value as the API server prints it: strings quoted, numbers bare; lists and maps in Go
 * syntax up to v1.33 (`[]string{"a"}`, `map[string]string{"app":"x"}`), JSON from v1.34 (§0).
 */
export function renderValue(value: unknown, minor: number): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (minor >= 34) return JSON.stringify(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return `[]string{${value.map((v) => JSON.stringify(v)).join(', ')}}`;
  }
  if (
    value &&
    typeof value === 'object' &&
    Object.values(value).every((v) => typeof v === 'string')
  ) {
    const pairs = Object.entries(value as Record<string, string>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    return `map[string]string{${pairs.join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** One cause as `path: Type: value: detail` (Required and Forbidden omit the value). */
export function renderFieldError(e: FieldError, minor: number): string {
  const head = `${e.field}: ${e.type}`;
  if (e.type === 'Required value' || e.type === 'Forbidden' || e.type === 'Internal error') {
    return e.detail ? `${head}: ${e.detail}` : head;
  }
  const value = renderValue(e.value, minor);
  return e.detail ? `${head}: ${value}: ${e.detail}` : `${head}: ${value}`;
}

/** kubectl's rendering of an Invalid status (pkg/cmd/util/helpers.go), one cause or several. */
export function renderInvalid(
  kind: string,
  name: string,
  errors: readonly FieldError[],
  minor: number,
): string {
  const causes = [...new Set(errors.map((e) => renderFieldError(e, minor)))];
  if (causes.length === 1) return `The ${kind} "${name}" is invalid: ${causes[0]}`;
  return `The ${kind} "${name}" is invalid: \n${causes.map((c) => `* ${c}`).join('\n')}`;
}

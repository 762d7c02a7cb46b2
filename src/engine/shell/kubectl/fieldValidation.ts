// Unknown fields in an applied manifest, as kubectl's default `--validate=strict` reports them.
// kubectl before v1.25 validated on the client against the server's OpenAPI schema and refused the
// object; from v1.25 (server-side field validation, beta then GA in v1.27) kubectl asks the server
// to decode strictly, and the server refuses with BadRequest. Neither applies the object: the
// warning-only behaviour is `--validate=warn`, and silent dropping is `--validate=false`.
import { checkFields } from '../../api/knownFields.ts';

/** The first release whose kubectl and API server validate fields on the server. */
const SERVER_SIDE_VALIDATION = 25;

export type FieldValidation =
  | { readonly stage: 'client'; readonly message: string; readonly path: string }
  | { readonly stage: 'server'; readonly message: string; readonly path: string };

export function validateFields(
  kind: string,
  apiVersion: string,
  manifest: unknown,
  source: string,
  minor: number,
): FieldValidation | undefined {
  const { unknown, missing } = checkFields(kind, manifest, minor, apiVersion);
  const first = unknown[0];
  if (minor >= SERVER_SIDE_VALIDATION) {
    // The server reports decoding errors only; missing fields are left to its validation.
    if (!first) return undefined;
    // The version in "in version" is the apiVersion's version part only ("v1", "v1beta1").
    const version = apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
    const fields = unknown.map((u) => `unknown field "${u.path}"`).join(', ');
    return {
      stage: 'server',
      path: first.path,
      message: `Error from server (BadRequest): error when creating "${source}": ${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: ${fields}`,
    };
  }
  if (!first && missing.length === 0) return undefined;
  // kube-openapi's validation lists a level's unknown fields, then the required ones it lacks.
  const errors = [
    ...unknown.map(
      (u) => `ValidationError(${u.parent}): unknown field "${u.field}" in ${u.definition}`,
    ),
    ...missing.map(
      (m) => `ValidationError(${m.parent}): missing required field "${m.field}" in ${m.definition}`,
    ),
  ];
  const data = errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`;
  return {
    stage: 'client',
    path: first?.path ?? '',
    message: `error: error validating "${source}": error validating data: ${data}; if you choose to ignore these errors, turn validation off with --validate=false`,
  };
}

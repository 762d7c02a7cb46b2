// Label validation every object's metadata goes through (apimachinery
// pkg/apis/meta/v1/validation ValidateLabels, with pkg/util/validation's IsQualifiedName and
// IsValidLabelValue): each key a qualified name, each value at most 63 characters of a restricted
// alphabet. Errors carry the path `metadata.labels` and the offending key or value, as the server's.
import { invalid, type FieldError } from './fieldErrors.ts';

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

// RegexError's examples: `'ex1', ` then ` or 'ex2', `, hence the two spaces before "or".
const QUALIFIED_NAME_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** Go's len(): UTF-8 bytes. */
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** IsQualifiedName's messages for a label key (or annotation key). */
export function qualifiedNameProblems(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else {
      if (bytes(prefix) > 253) errs.push('prefix part must be no more than 253 characters');
      if (!DNS1123_SUBDOMAIN.test(prefix)) errs.push(`prefix part ${SUBDOMAIN_MSG}`);
    }
  } else {
    return [
      `a qualified name ${QUALIFIED_NAME_MSG} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (bytes(name) > 63) errs.push('name part must be no more than 63 characters');
  if (!QUALIFIED_NAME.test(name)) errs.push(`name part ${QUALIFIED_NAME_MSG}`);
  return errs;
}

/** ValidateLabels: every key, then every value, under `metadata.labels` (or `path`). */
export function labelErrors(labels: unknown, path = 'metadata.labels'): FieldError[] {
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) return [];
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels)) {
    for (const msg of qualifiedNameProblems(k)) errs.push(invalid(path, k, msg));
    if (typeof v !== 'string') continue;
    if (bytes(v) > 63) errs.push(invalid(path, v, 'must be no more than 63 characters'));
    if (!LABEL_VALUE.test(v)) errs.push(invalid(path, v, LABEL_VALUE_MSG));
  }
  return errs;
}

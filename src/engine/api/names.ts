// Name rules of apimachinery pkg/util/validation/validation.go, with their exact messages (§1.12).
import { invalid, type FieldError } from './fieldErrors.ts';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

// The message builder appends `'ex1', ` then ` or 'ex2', `: hence the two spaces before "or".
const LABEL_1123_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const LABEL_1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

export function dns1123Label(field: string, value: string): FieldError[] {
  const errs: FieldError[] = [];
  if (value.length > 63) errs.push(invalid(field, value, 'must be no more than 63 characters'));
  if (!DNS1123_LABEL.test(value)) errs.push(invalid(field, value, LABEL_1123_MSG));
  return errs;
}

export function dns1035Label(field: string, value: string): FieldError[] {
  const errs: FieldError[] = [];
  if (value.length > 63) errs.push(invalid(field, value, 'must be no more than 63 characters'));
  if (!DNS1035_LABEL.test(value)) errs.push(invalid(field, value, LABEL_1035_MSG));
  return errs;
}

export function dns1123Subdomain(field: string, value: string): FieldError[] {
  const errs: FieldError[] = [];
  if (value.length > 253) errs.push(invalid(field, value, 'must be no more than 253 characters'));
  if (!DNS1123_SUBDOMAIN.test(value)) errs.push(invalid(field, value, SUBDOMAIN_MSG));
  return errs;
}

/** An IANA service name, as a named targetPort or container port name must be (§1.3). */
export function ianaServiceName(field: string, value: string): FieldError[] {
  const errs: FieldError[] = [];
  if (value.length > 15) errs.push(invalid(field, value, 'must be no more than 15 characters'));
  if (!/^[-a-z0-9]+$/.test(value)) {
    errs.push(
      invalid(
        field,
        value,
        'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ),
    );
  }
  if (value.includes('--'))
    errs.push(invalid(field, value, 'must not contain consecutive hyphens'));
  if (!/[a-z]/.test(value))
    errs.push(invalid(field, value, 'must contain at least one letter (a-z)'));
  if (value.startsWith('-') || value.endsWith('-')) {
    errs.push(invalid(field, value, 'must not begin or end with a hyphen'));
  }
  return errs;
}

/**
 * Names that only have to be a URL path segment (RBAC roles and bindings, whose names hold ':'):
 * apimachinery pkg/api/validation/path ValidatePathSegmentName.
 */
export function pathSegmentName(field: string, value: string): FieldError[] {
  if (value === '.' || value === '..') return [invalid(field, value, `may not be '${value}'`)];
  return ['/', '%']
    .filter((c) => value.includes(c))
    .map((c) => invalid(field, value, `may not contain '${c}'`));
}

// Ingress: the v1beta1 shape converted to the stored networking.k8s.io/v1 shape (the API server
// converts to its storage version and serves v1 to every v1 reader), pathType defaulting of the beta
// versions, and the path and host rules of pkg/apis/networking/validation (reference §8.1).
import { invalid, required, unsupported, type FieldError } from './fieldErrors.ts';
import { dns1123Subdomain } from './names.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];

/** `{serviceName, servicePort}` (beta) as `{service: {name, port: {number | name}}}` (v1). */
function convertBackend(b: unknown): unknown {
  if (!isObj(b) || !('serviceName' in b || 'servicePort' in b)) return b;
  const { serviceName, servicePort, ...rest } = b;
  const port = typeof servicePort === 'number' ? { number: servicePort } : { name: servicePort };
  return { ...rest, service: { name: serviceName, port } };
}

/** A beta Ingress spec as the server stores it: v1 field names, pathType defaulted. */
export function convertBetaIngressSpec(spec: Obj): Obj {
  const { backend, ...rest } = spec;
  const out: Obj = {
    ...rest,
    ...(backend !== undefined ? { defaultBackend: convertBackend(backend) } : {}),
  };
  if (Array.isArray(spec.rules)) {
    out.rules = spec.rules.map((rule: unknown) => {
      if (!isObj(rule) || !isObj(rule.http) || !Array.isArray(rule.http.paths)) return rule;
      const paths = rule.http.paths.map((p: unknown) => {
        if (!isObj(p)) return p;
        const { path, ...pathRest } = p;
        return {
          ...pathRest,
          // `path:` with no value is null in YAML and means "every path": the field is omitted.
          ...(typeof path === 'string' && path !== '' ? { path } : {}),
          pathType: p.pathType ?? 'ImplementationSpecific',
          backend: convertBackend(p.backend),
        };
      });
      return { ...rule, http: { ...rule.http, paths } };
    });
  }
  return out;
}

function validatePath(p: Obj, field: string): FieldError[] {
  const errs: FieldError[] = [];
  const path = typeof p.path === 'string' ? p.path : '';
  const type = p.pathType;
  if (type === undefined || type === null || type === '') {
    return [required(`${field}.pathType`, 'pathType must be specified')];
  }
  if (type === 'Exact' || type === 'Prefix') {
    if (!path.startsWith('/'))
      errs.push(invalid(`${field}.path`, path, 'must be an absolute path'));
    if (path.length > 0) {
      for (const seq of INVALID_SEQUENCES) {
        if (path.includes(seq))
          errs.push(invalid(`${field}.path`, path, `must not contain '${seq}'`));
      }
      for (const suffix of INVALID_SUFFIXES) {
        if (path.endsWith(suffix))
          errs.push(invalid(`${field}.path`, path, `cannot end with '${suffix}'`));
      }
    }
  } else if (type === 'ImplementationSpecific') {
    if (path.length > 0 && !path.startsWith('/')) {
      errs.push(invalid(`${field}.path`, path, 'must be an absolute path'));
    }
  } else {
    errs.push(unsupported(`${field}.pathType`, type, PATH_TYPES));
  }
  return errs;
}

function validateHost(host: string, field: string): FieldError[] {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    return [invalid(field, host, 'must be a DNS name, not an IP address')];
  }
  // A wildcard host is checked as a subdomain after its "*." (IsWildcardDNS1123Subdomain).
  const errs = dns1123Subdomain(field, host.startsWith('*.') ? host.slice(2) : host);
  return errs.map((e) => ({ ...e, value: host }));
}

/** ValidateIngressSpec: hosts and paths of every rule (backends are not checked here). */
export function validateIngressSpec(spec: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const rules = Array.isArray(spec.rules) ? spec.rules : [];
  rules.forEach((rule: unknown, i) => {
    if (!isObj(rule)) return;
    if (typeof rule.host === 'string' && rule.host !== '') {
      errs.push(...validateHost(rule.host, `spec.rules[${i}].host`));
    }
    const http = isObj(rule.http) ? rule.http : undefined;
    const paths = http && Array.isArray(http.paths) ? http.paths : [];
    if (http && paths.length === 0) errs.push(required(`spec.rules[${i}].http.paths`));
    paths.forEach((p: unknown, j) => {
      if (isObj(p)) errs.push(...validatePath(p, `spec.rules[${i}].http.paths[${j}]`));
    });
  });
  return errs;
}

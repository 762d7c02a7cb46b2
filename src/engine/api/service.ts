// Service defaulting (pkg/apis/core/v1/defaults.go) and validation (pkg/apis/core/validation,
// ValidateService), in the order the API server checks them (reference §1.1-§1.12).
import { isIPv4 } from '../net/ipv4.ts';
import {
  duplicate,
  forbidden,
  invalid,
  required,
  unsupported,
  type FieldError,
} from './fieldErrors.ts';
import { labelErrors } from './labels.ts';
import { dns1035Label, dns1123Label, ianaServiceName } from './names.ts';

type Obj = Record<string, unknown>;

const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isExternallyAccessible(spec: Obj): boolean {
  const type = spec.type;
  const ext = spec.externalIPs;
  return (
    type === 'NodePort' ||
    type === 'LoadBalancer' ||
    (type === 'ClusterIP' && Array.isArray(ext) && ext.length > 0)
  );
}

/** SetDefaults_Service: applied to the submitted spec before validation. */
/** `minor`: the server's version; internalTrafficPolicy exists from v1.22 (alpha and off in v1.21). */
export function defaultServiceSpec(input: Obj, minor = 33): Obj {
  const spec: Obj = { ...input };
  // selector is a Go map with omitempty: `selector: {}` is stored as no selector at all, so the
  // Service is selectorless (no endpoints from the controllers) and is printed without one.
  if (isObj(spec.selector) && Object.keys(spec.selector).length === 0) delete spec.selector;
  spec.type ??= 'ClusterIP';
  spec.sessionAffinity ??= 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP') {
    const cfg = isObj(spec.sessionAffinityConfig) ? spec.sessionAffinityConfig : {};
    const clientIP = isObj(cfg.clientIP) ? cfg.clientIP : {};
    spec.sessionAffinityConfig = { ...cfg, clientIP: { timeoutSeconds: 10800, ...clientIP } };
  }
  if (Array.isArray(spec.ports)) {
    spec.ports = spec.ports.map((p: unknown) => {
      if (!isObj(p)) return p;
      const port: Obj = { ...p };
      port.protocol ??= 'TCP';
      if (port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '') {
        port.targetPort = port.port;
      }
      return port;
    });
  }
  if (spec.type !== 'ExternalName') {
    if (isExternallyAccessible(spec)) spec.externalTrafficPolicy ??= 'Cluster';
    if (minor >= 22) spec.internalTrafficPolicy ??= 'Cluster';
    else delete spec.internalTrafficPolicy;
    if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
    if (
      typeof spec.clusterIP === 'string' &&
      spec.clusterIP !== '' &&
      !Array.isArray(spec.clusterIPs)
    ) {
      spec.clusterIPs = [spec.clusterIP];
    }
    const headlessSelectorless = spec.clusterIP === 'None' && !isObj(spec.selector);
    spec.ipFamilyPolicy ??= headlessSelectorless ? 'RequireDualStack' : 'SingleStack';
    spec.ipFamilies ??= headlessSelectorless ? ['IPv4', 'IPv6'] : ['IPv4'];
  }
  return spec;
}

function validatePort(p: unknown, i: number, multi: boolean, names: Set<string>): FieldError[] {
  const path = `spec.ports[${i}]`;
  if (!isObj(p)) return [invalid(path, p, 'must be an object')];
  const errs: FieldError[] = [];
  const name = p.name;
  if (typeof name !== 'string' || name === '') {
    if (multi) errs.push(required(`${path}.name`));
  } else {
    errs.push(...dns1123Label(`${path}.name`, name));
    if (names.has(name)) errs.push(duplicate(`${path}.name`, name));
    names.add(name);
  }
  const port = p.port;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    errs.push(invalid(`${path}.port`, port ?? 0, 'must be between 1 and 65535, inclusive'));
  }
  if (!PROTOCOLS.includes(String(p.protocol))) {
    errs.push(unsupported(`${path}.protocol`, p.protocol, PROTOCOLS));
  }
  const target = p.targetPort;
  if (typeof target === 'number') {
    if (target < 1 || target > 65535) {
      errs.push(invalid(`${path}.targetPort`, target, 'must be between 1 and 65535, inclusive'));
    }
  } else if (typeof target === 'string') {
    errs.push(...ianaServiceName(`${path}.targetPort`, target));
  }
  return errs;
}

/** ValidateService for a create; allocation errors (taken ports and IPs) come later. */
export function validateService(name: string, spec: Obj): FieldError[] {
  const errs: FieldError[] = [...dns1035Label('metadata.name', name)];
  const type = spec.type;
  const headless = spec.clusterIP === 'None';
  const ports = Array.isArray(spec.ports) ? spec.ports : [];

  if (ports.length === 0 && !headless && type !== 'ExternalName') errs.push(required('spec.ports'));
  if ((type === 'LoadBalancer' || type === 'NodePort') && headless) {
    errs.push(
      invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${type} services`),
    );
  }
  if (type === 'ExternalName') {
    if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '') {
      errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    }
    if (typeof spec.externalName !== 'string' || spec.externalName === '') {
      errs.push(required('spec.externalName'));
    }
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validatePort(p, i, ports.length > 1, names)));
  // The selector is a label map: ValidateLabels, after the ports and before session affinity.
  errs.push(...labelErrors(spec.selector, 'spec.selector'));

  const affinity = spec.sessionAffinity;
  if (affinity !== 'None' && affinity !== 'ClientIP') {
    errs.push(unsupported('spec.sessionAffinity', affinity, ['ClientIP', 'None']));
  } else if (affinity === 'ClientIP') {
    const cfg = spec.sessionAffinityConfig as
      { clientIP?: { timeoutSeconds?: number } } | undefined;
    const t = cfg?.clientIP?.timeoutSeconds;
    if (typeof t !== 'number' || t <= 0 || t > 86400) {
      errs.push(
        invalid(
          'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
          t ?? 0,
          'must be greater than 0 and less than 86400',
        ),
      );
    }
  }
  const clusterIP = spec.clusterIP;
  if (
    typeof clusterIP === 'string' &&
    clusterIP !== '' &&
    clusterIP !== 'None' &&
    !isIPv4(clusterIP)
  ) {
    errs.push(
      invalid('spec.clusterIPs[0]', clusterIP, 'must be a valid IP address, (e.g. 10.9.128.0)'),
    );
  }
  if (!TYPES.includes(String(type))) errs.push(unsupported('spec.type', type, TYPES));

  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (isObj(p) && typeof p.nodePort === 'number' && p.nodePort !== 0) {
        errs.push(
          forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"),
        );
      }
    });
  }
  const nodePorts = new Map<string, number>();
  const portKeys = new Set<string>();
  ports.forEach((p, i) => {
    if (!isObj(p)) return;
    if (typeof p.nodePort === 'number' && p.nodePort !== 0 && type !== 'ClusterIP') {
      const key = `${p.protocol}/${p.nodePort}`;
      if (nodePorts.has(key)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
      nodePorts.set(key, i);
    }
    const key = `${p.protocol}/${p.port}`;
    if (portKeys.has(key)) {
      errs.push(duplicate(`spec.ports[${i}]`, { port: p.port, protocol: p.protocol }));
    }
    portKeys.add(key);
  });

  // Reference §1.2 item 13 (the capital L in the path is upstream's).
  const ranges = spec.loadBalancerSourceRanges;
  if (Array.isArray(ranges) && ranges.length > 0 && type !== 'LoadBalancer') {
    errs.push(
      forbidden('spec.LoadBalancerSourceRanges', "may only be used when `type` is 'LoadBalancer'"),
    );
  }

  const etp = spec.externalTrafficPolicy;
  if (etp !== undefined) {
    if (!isExternallyAccessible(spec)) {
      errs.push(
        invalid(
          'spec.externalTrafficPolicy',
          etp,
          'may only be set for externally-accessible services',
        ),
      );
    } else if (etp !== 'Cluster' && etp !== 'Local') {
      errs.push(unsupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
    }
  }
  const itp = spec.internalTrafficPolicy;
  if (itp !== undefined && itp !== 'Cluster' && itp !== 'Local') {
    errs.push(unsupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  }
  return errs;
}

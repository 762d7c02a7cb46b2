// Defaulting and validation of the kinds the API server stores without a controller of ours
// (ConfigMap, Secret, Ingress, ReplicationController, HPA, CRDs, ...). A table keyed by kind: add a
// kind's rules by adding a row. Kinds without a row are stored as sent (RBAC, ServiceAccount, ...).
import { admitConfigMap, admitSecret, type DecodedBody } from './configData.ts';
import { invalid, required, unsupported, type FieldError } from './fieldErrors.ts';
import { dns1123Label } from './names.ts';
import { convertBetaIngressSpec, validateIngressSpec } from './ingress.ts';
import { selectorMatches, type Labels } from './objects.ts';
import { defaultPodSpec, validatePodSpec } from './workload.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface KindRuleResult extends DecodedBody {
  /** The apiVersion the object is stored and served as, when it differs from the applied one. */
  readonly apiVersion?: string;
}

/** `body` is the manifest without apiVersion, kind, metadata and status. */
type KindRule = (body: Obj, apiVersion: string, name: string) => KindRuleResult;

function templateOf(spec: Obj): Obj {
  const template = isObj(spec.template) ? spec.template : {};
  return {
    ...template,
    metadata: isObj(template.metadata) ? template.metadata : {},
    spec: defaultPodSpec(isObj(template.spec) ? template.spec : {}),
  };
}

function templateLabels(template: Obj): Labels {
  const meta = isObj(template.metadata) ? template.metadata : {};
  return (isObj(meta.labels) ? meta.labels : {}) as Labels;
}

/** A workload with a pod template: the template's pod spec defaulted and validated. */
function podTemplateOwner(body: Obj): KindRuleResult {
  const spec = isObj(body.spec) ? body.spec : {};
  const template = templateOf(spec);
  return {
    body: { ...body, spec: { ...spec, template } },
    errors: validatePodSpec(template.spec as Obj, 'spec.template.spec'),
  };
}

/**
 * ReplicationController (core/v1): selector defaults to the template's labels, replicas to 1
 * (SetDefaults_ReplicationController). The mismatch text is the apps one; core's
 * ValidatePodTemplateSpecForRC is believed to use the same wording (not checked against a server).
 */
function replicationController(body: Obj): KindRuleResult {
  const spec = isObj(body.spec) ? body.spec : {};
  const template = templateOf(spec);
  const labels = templateLabels(template);
  const selector = (isObj(spec.selector) ? spec.selector : labels) as Labels;
  const errors: FieldError[] = [];
  if (Object.keys(selector).length === 0) errors.push(required('spec.selector'));
  else if (!selectorMatches({ matchLabels: selector }, labels)) {
    errors.push(
      invalid(
        'spec.template.metadata.labels',
        labels,
        '`selector` does not match template `labels`',
      ),
    );
  }
  errors.push(...validatePodSpec(template.spec as Obj, 'spec.template.spec'));
  const replicas = spec.replicas ?? 1;
  return { body: { ...body, spec: { ...spec, replicas, selector, template } }, errors };
}

function ingress(body: Obj, apiVersion: string): KindRuleResult {
  const raw = isObj(body.spec) ? body.spec : {};
  const beta = apiVersion !== 'networking.k8s.io/v1';
  const spec = beta ? convertBetaIngressSpec(raw) : raw;
  return {
    body: { ...body, spec, status: { loadBalancer: {} } },
    errors: validateIngressSpec(spec),
    ...(beta ? { apiVersion: 'networking.k8s.io/v1' } : {}),
  };
}

/** minReplicas defaults to 1 in every autoscaling version. */
function horizontalPodAutoscaler(body: Obj): KindRuleResult {
  const spec = isObj(body.spec) ? body.spec : {};
  return { body: { ...body, spec: { minReplicas: 1, ...spec } }, errors: [] };
}

/** The name must be `<plural>.<group>` (ValidateCustomResourceDefinition). */
function customResourceDefinition(body: Obj, _apiVersion: string, name: string): KindRuleResult {
  const spec = isObj(body.spec) ? body.spec : {};
  const names = isObj(spec.names) ? spec.names : {};
  const errors: FieldError[] = [];
  if (name !== `${String(names.plural)}.${String(spec.group)}`) {
    errors.push(invalid('metadata.name', name, 'must be spec.names.plural+"."+spec.group'));
  }
  const status = {
    acceptedNames: names,
    conditions: [
      { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts' },
      { type: 'Established', status: 'True', reason: 'InitialNamesAccepted' },
    ],
    storedVersions: (Array.isArray(spec.versions) ? spec.versions : [])
      .filter((v: unknown) => isObj(v) && v.storage === true)
      .map((v: unknown) => (v as Obj).name),
  };
  return { body: { ...body, status }, errors };
}

/**
 * Endpoints written by hand (a Service without a selector): each port's protocol defaults to TCP;
 * validation (validateEndpointSubsets) wants an address in every subset, a name on each port of a
 * subset with several, ports in range and a supported protocol.
 */
function endpoints(body: Obj): KindRuleResult {
  const errors: FieldError[] = [];
  const subsets = (Array.isArray(body.subsets) ? body.subsets : []).map((raw, i) => {
    const subset = isObj(raw) ? raw : {};
    const at = `subsets[${i}]`;
    const count = (k: string) => (Array.isArray(subset[k]) ? (subset[k] as unknown[]).length : 0);
    if (count('addresses') === 0 && count('notReadyAddresses') === 0)
      errors.push(required(at, 'must specify `addresses` or `notReadyAddresses`'));
    const ports = (Array.isArray(subset.ports) ? subset.ports : []).map((p: unknown, j) => {
      const port = isObj(p) ? p : {};
      const where = `${at}.ports[${j}]`;
      const name = typeof port.name === 'string' ? port.name : '';
      if (count('ports') > 1 && name === '') errors.push(required(`${where}.name`));
      else if (name !== '') errors.push(...dns1123Label(`${where}.name`, name));
      const num = typeof port.port === 'number' ? port.port : 0;
      if (!(num >= 1 && num <= 65535))
        errors.push(invalid(`${where}.port`, num, 'must be between 1 and 65535, inclusive'));
      const protocol = typeof port.protocol === 'string' && port.protocol ? port.protocol : 'TCP';
      if (!['TCP', 'UDP', 'SCTP'].includes(protocol))
        errors.push(unsupported(`${where}.protocol`, protocol, ['SCTP', 'TCP', 'UDP']));
      return { ...port, protocol };
    });
    return Array.isArray(subset.ports) ? { ...subset, ports } : subset;
  });
  return { body: Array.isArray(body.subsets) ? { ...body, subsets } : body, errors };
}

export const KIND_RULES: Readonly<Record<string, KindRule>> = {
  Endpoints: endpoints,
  ConfigMap: (body) => admitConfigMap(body),
  Secret: (body) => admitSecret(body),
  Ingress: ingress,
  ReplicationController: replicationController,
  DaemonSet: podTemplateOwner,
  StatefulSet: podTemplateOwner,
  Job: podTemplateOwner,
  HorizontalPodAutoscaler: horizontalPodAutoscaler,
  CustomResourceDefinition: customResourceDefinition,
};

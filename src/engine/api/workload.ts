// Defaulting and validation of pod templates, Pods and Deployments (apps/v1), as
// pkg/apis/apps/v1/defaults.go and pkg/apis/apps/validation/validation.go do it (reference §1.14).
import { selectorMatches, type LabelSelector, type Labels } from './objects.ts';
import { invalid, required, unsupported, type FieldError } from './fieldErrors.ts';
import { dns1123Label, dns1123Subdomain, ianaServiceName } from './names.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `Always` for `:latest` or no tag, `IfNotPresent` otherwise (core/v1 defaults). */
export function defaultPullPolicy(image: string): string {
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  if (image.includes('@')) return 'IfNotPresent';
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** A container with its defaults; the same object when it has them all already. */
function defaultContainer(c: unknown): unknown {
  if (!isObj(c)) return c;
  const ports = Array.isArray(c.ports) ? c.ports : undefined;
  if (
    c.imagePullPolicy !== undefined &&
    c.resources !== undefined &&
    c.terminationMessagePath !== undefined &&
    c.terminationMessagePolicy !== undefined &&
    (!ports || ports.every((p) => !isObj(p) || p.protocol !== undefined))
  )
    return c;
  const container: Obj = {
    imagePullPolicy: typeof c.image === 'string' ? defaultPullPolicy(c.image) : 'Always',
    resources: {},
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    ...c,
  };
  if (ports)
    container.ports = ports.map((p: unknown) => (isObj(p) ? { protocol: 'TCP', ...p } : p));
  return container;
}

export function defaultPodSpec(input: Obj): Obj {
  const spec: Obj = {
    dnsPolicy: 'ClusterFirst',
    restartPolicy: 'Always',
    schedulerName: 'default-scheduler',
    securityContext: {},
    terminationGracePeriodSeconds: 30,
    ...input,
  };
  if (Array.isArray(spec.containers)) {
    const containers = spec.containers.map(defaultContainer);
    // A template's spec is defaulted already: its pods then share its containers, not copies.
    if (containers.some((c, i) => c !== (spec.containers as unknown[])[i]))
      spec.containers = containers;
  }
  return spec;
}

/** SetDefaults_Deployment: an empty strategy is RollingUpdate, whose empty fields are 25%. */
function defaultStrategy(input: unknown): Obj {
  const strategy = isObj(input) ? input : {};
  const type =
    typeof strategy.type === 'string' && strategy.type !== '' ? strategy.type : 'RollingUpdate';
  if (type !== 'RollingUpdate') return { ...strategy, type };
  const rolling = isObj(strategy.rollingUpdate) ? strategy.rollingUpdate : {};
  return {
    ...strategy,
    rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%', ...rolling },
    type,
  };
}

export function defaultDeploymentSpec(input: Obj): Obj {
  const template = isObj(input.template) ? input.template : {};
  return {
    progressDeadlineSeconds: 600,
    replicas: 1,
    revisionHistoryLimit: 10,
    ...input,
    strategy: defaultStrategy(input.strategy),
    template: {
      ...template,
      metadata: isObj(template.metadata) ? template.metadata : {},
      spec: defaultPodSpec(isObj(template.spec) ? template.spec : {}),
    },
  };
}

export function validatePodSpec(spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  if (containers.length === 0) errs.push(required(`${path}.containers`));
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const cpath = `${path}.containers[${i}]`;
    // The real server fails to decode such a document at all; as data it is an invalid container.
    if (!isObj(c)) {
      errs.push(invalid(cpath, c, 'must be an object'));
      return;
    }
    if (typeof c.name !== 'string' || c.name === '') errs.push(required(`${cpath}.name`));
    else {
      errs.push(...dns1123Label(`${cpath}.name`, c.name));
      if (names.has(c.name))
        errs.push({ type: 'Duplicate value', field: `${cpath}.name`, value: c.name });
      names.add(c.name);
    }
    if (typeof c.image !== 'string' || c.image.trim() === '') errs.push(required(`${cpath}.image`));
    const ports = Array.isArray(c.ports) ? c.ports : [];
    ports.forEach((p, j) => {
      if (!isObj(p)) return;
      const ppath = `${cpath}.ports[${j}]`;
      if (typeof p.name === 'string' && p.name !== '')
        errs.push(...ianaServiceName(`${ppath}.name`, p.name));
      const n = p.containerPort;
      if (typeof n !== 'number' || n < 1 || n > 65535) {
        errs.push(
          invalid(`${ppath}.containerPort`, n ?? 0, 'must be between 1 and 65535, inclusive'),
        );
      }
      if (!['TCP', 'UDP', 'SCTP'].includes(String(p.protocol))) {
        errs.push(unsupported(`${ppath}.protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']));
      }
    });
  });
  const restart = spec.restartPolicy;
  if (!['Always', 'OnFailure', 'Never'].includes(String(restart))) {
    errs.push(unsupported(`${path}.restartPolicy`, restart, ['Always', 'Never', 'OnFailure']));
  }
  return errs;
}

export function validatePod(name: string, spec: Obj): FieldError[] {
  return [...dns1123Subdomain('metadata.name', name), ...validatePodSpec(spec, 'spec')];
}

/** ValidateDeployment (and, with kind 'ReplicaSet', the same template/selector rules). */
export function validateDeployment(name: string, spec: Obj): FieldError[] {
  const errs: FieldError[] = [...dns1123Subdomain('metadata.name', name)];
  const selector = spec.selector as LabelSelector | undefined;
  const template = isObj(spec.template) ? spec.template : {};
  const metadata = isObj(template.metadata) ? template.metadata : {};
  const labels = (isObj(metadata.labels) ? metadata.labels : {}) as Labels;
  if (!isObj(selector)) errs.push(required('spec.selector'));
  else {
    const sel = selector as LabelSelector;
    const empty =
      Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions?.length ?? 0) === 0;
    if (empty)
      errs.push(invalid('spec.selector', selector, 'empty selector is invalid for deployment'));
    else if (!selectorMatches(selector, labels)) {
      errs.push(
        invalid(
          'spec.template.metadata.labels',
          labels,
          '`selector` does not match template `labels`',
        ),
      );
    }
  }
  const replicas = spec.replicas;
  if (typeof replicas !== 'number' || replicas < 0) {
    errs.push(invalid('spec.replicas', replicas, 'must be greater than or equal to 0'));
  }
  const podSpec = isObj(template.spec) ? template.spec : {};
  errs.push(...validatePodSpec(podSpec, 'spec.template.spec'));
  if (podSpec.restartPolicy !== undefined && podSpec.restartPolicy !== 'Always') {
    errs.push(unsupported('spec.template.spec.restartPolicy', podSpec.restartPolicy, ['Always']));
  }
  return errs;
}

/** The selector of an apps/v1 object may not change after creation. */
export function validateSelectorUpdate(oldSelector: unknown, newSelector: unknown): FieldError[] {
  return JSON.stringify(oldSelector) === JSON.stringify(newSelector)
    ? []
    : [invalid('spec.selector', newSelector, 'field is immutable')];
}

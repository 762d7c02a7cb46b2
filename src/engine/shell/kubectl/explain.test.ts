import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';
import { wordWrap, wrapWords } from './explain.ts';

// Layouts: kubectl <1.27 pkg/explain (model_printer.go, fields_printer.go, formatter.go wrapping
// at 80 columns); kubectl >=1.27 pkg/explain/v2/templates/plaintext.tmpl (go-wordwrap at 76,
// indent 4, a whitespace-only line closing the description).

const APIVERSION_V2 = [
  '   apiVersion\t<string>',
  '     APIVersion defines the versioned schema of this representation of an',
  '     object. Servers should convert recognized schemas to the latest internal',
  '     value, and may reject unrecognized values. More info:',
  '     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
  '',
];

describe('kubectl explain on v1.20 (OpenAPI v2 layout)', () => {
  const s = createSession({ preset: 'k8sinfra' });

  it('explains a kind: KIND, VERSION, DESCRIPTION, FIELDS', () => {
    const out = s.run('kubectl explain svc').stdout;
    expect(out.split('\n').slice(0, 16)).toEqual([
      'KIND:     Service',
      'VERSION:  v1',
      '',
      'DESCRIPTION:',
      '     Service is a named abstraction of software service (for example, mysql)',
      '     consisting of local port (for example 3306) that the proxy listens on, and',
      '     the selector that determines which pods will answer requests sent through',
      '     the proxy.',
      '',
      'FIELDS:',
      ...APIVERSION_V2,
    ]);
    expect(out).toContain('\n   spec\t<Object>\n     Spec defines the behavior of a service.\n');
  });

  it('explains an object field with RESOURCE and both descriptions, a required field marked', () => {
    const out = s.run('kubectl explain service.spec.ports').stdout;
    expect(out).toMatch(
      /^KIND: {5}Service\nVERSION: {2}v1\n\nRESOURCE: ports <\[\]Object>\n\nDESCRIPTION:\n {5}The list of ports that are exposed by this service\. More info:\n {5}https:\S+\n\n {5}ServicePort contains information on service's port\.\n\nFIELDS:\n/,
    );
    expect(out).toContain('\n   port\t<integer> -required-\n');
    expect(out).toContain('\n   targetPort\t<string>\n');
  });

  it('explains a leaf with FIELD, and knows v1.20 fields', () => {
    const out = s.run('kubectl explain svc.spec.topologyKeys').stdout;
    expect(out.split('\n').slice(0, 5)).toEqual([
      'KIND:     Service',
      'VERSION:  v1',
      '',
      'FIELD:    topologyKeys <[]string>',
      '',
    ]);
    expect(s.run('kubectl explain svc.spec.internalTrafficPolicy').stderr).toBe(
      'error: field "internalTrafficPolicy" does not exist\n',
    );
  });

  it('names the group in VERSION for a grouped kind', () => {
    expect(s.run('kubectl explain deployment').stdout).toMatch(
      /^KIND: {5}Deployment\nVERSION: {2}apps\/v1\n\n/,
    );
  });

  it('lists nested fields without descriptions with --recursive', () => {
    const out = s.run('kubectl explain svc.spec.sessionAffinityConfig --recursive').stdout;
    expect(out.endsWith('FIELDS:\n   clientIP\t<Object>\n      timeoutSeconds\t<integer>\n')).toBe(
      true,
    );
  });
});

describe('kubectl explain on v1.33 (OpenAPI v3 layout)', () => {
  const s = createSession({ preset: 'lab' });

  it('explains a kind with type names from the schema', () => {
    const out = s.run('kubectl explain pod').stdout;
    expect(out.split('\n').slice(0, 14)).toEqual([
      'KIND:       Pod',
      'VERSION:    v1',
      '',
      'DESCRIPTION:',
      '    Pod is a collection of containers that can run on a host. This resource is',
      '    created by clients and scheduled onto hosts.',
      '    ',
      'FIELDS:',
      '  apiVersion\t<string>',
      '    APIVersion defines the versioned schema of this representation of an object.',
      '    Servers should convert recognized schemas to the latest internal value, and',
      '    may reject unrecognized values. More info:',
      '    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      '',
    ]);
    expect(out).toContain('\n  spec\t<PodSpec>\n');
  });

  it('puts GROUP above KIND for a grouped kind', () => {
    expect(s.run('kubectl explain deploy').stdout).toMatch(
      /^GROUP: {6}apps\nKIND: {7}Deployment\nVERSION: {4}v1\n\n/,
    );
  });

  it('explains a field: FIELD, the field and type descriptions, its fields', () => {
    const out = s.run('kubectl explain svc.spec.ports').stdout;
    expect(out).toContain('FIELD: ports <[]ServicePort>\n');
    expect(out).toContain(
      "\n    https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies\n    ServicePort contains information on service's port.\n    \nFIELDS:\n",
    );
    expect(out).toContain('\n  targetPort\t<IntOrString>\n');
    expect(out).toContain(
      '\n  port\t<integer> -required-\n    The port that will be exposed by this service.\n\n',
    );
  });
});

describe('kubectl explain errors', () => {
  it('refuses an unknown resource and an unknown field', () => {
    const s = createSession({ preset: 'lab' });
    expect(s.run('kubectl explain svcs').stderr).toBe(
      'error: the server doesn\'t have a resource type "svcs"\n',
    );
    expect(s.run('kubectl explain svc.spec.clusterIp').stderr).toBe(
      'error: field "clusterIp" does not exist\n',
    );
  });
});

describe('wrapping', () => {
  it('joins words up to the width (kubectl <1.27)', () => {
    expect(wrapWords('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
  });
  it('keeps newlines and breaks before a word would pass the limit (go-wordwrap)', () => {
    expect(wordWrap('aaa bbb ccc\nd', 7)).toBe('aaa bbb\nccc\nd');
    expect(wordWrap('aaaaaaaaaa b', 4)).toBe('aaaaaaaaaa\nb');
  });
});

// Field-level schemas: descriptions are the kubernetes/api OpenAPI texts of each release.
describe('kubectl explain nested fields of the workload and networking kinds', () => {
  it('explains pod.spec.containers.ports on v1.20 (kubectl 1.20 layout)', () => {
    const out = createSession({ preset: 'k8sinfra' }).run(
      'kubectl explain pod.spec.containers.ports',
    ).stdout;
    expect(out.split('\n').slice(0, 22)).toEqual([
      'KIND:     Pod',
      'VERSION:  v1',
      '',
      'RESOURCE: ports <[]Object>',
      '',
      'DESCRIPTION:',
      '     List of ports to expose from the container. Exposing a port here gives the',
      '     system additional information about the network connections a container',
      '     uses, but is primarily informational. Not specifying a port here DOES NOT',
      '     prevent that port from being exposed. Any port which is listening on the',
      '     default "0.0.0.0" address inside a container will be accessible from the',
      '     network. Cannot be updated.',
      '',
      '     ContainerPort represents a network port in a single container.',
      '',
      'FIELDS:',
      '   containerPort\t<integer> -required-',
      "     Number of port to expose on the pod's IP address. This must be a valid port",
      '     number, 0 < x < 65536.',
      '',
      '   hostIP\t<string>',
      '     What host IP to bind the external port to.',
    ]);
    expect(out).toContain(
      '\n   protocol\t<string>\n     Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".\n',
    );
  });

  it('explains pod.spec.containers.ports on v1.33 (OpenAPI v3 template)', () => {
    const out = createSession({ preset: 'lab' }).run(
      'kubectl explain pod.spec.containers.ports',
    ).stdout;
    expect(out).toMatch(
      /^KIND: {7}Pod\nVERSION: {4}v1\n\nFIELD: ports <\[\]ContainerPort>\n\n\nDESCRIPTION:\n/,
    );
    expect(out).toContain(
      '    ContainerPort represents a network port in a single container.\n    \nFIELDS:\n' +
        '  containerPort\t<integer> -required-\n' +
        "    Number of port to expose on the pod's IP address. This must be a valid port\n" +
        '    number, 0 < x < 65536.\n\n',
    );
  });

  it('explains deployment.spec.strategy on both layouts', () => {
    expect(
      createSession({ preset: 'k8sinfra' }).run('kubectl explain deployment.spec.strategy').stdout,
    ).toBe(
      [
        'KIND:     Deployment',
        'VERSION:  apps/v1',
        '',
        'RESOURCE: strategy <Object>',
        '',
        'DESCRIPTION:',
        '     The deployment strategy to use to replace existing pods with new ones.',
        '',
        '     DeploymentStrategy describes how to replace existing pods with new ones.',
        '',
        'FIELDS:',
        '   rollingUpdate\t<Object>',
        '     Rolling update config params. Present only if DeploymentStrategyType =',
        '     RollingUpdate.',
        '',
        '   type\t<string>',
        '     Type of deployment. Can be "Recreate" or "RollingUpdate". Default is',
        '     RollingUpdate.',
        '',
        '',
      ].join('\n'),
    );
    const v3 = createSession({ preset: 'lab' }).run('kubectl explain deploy.spec.strategy').stdout;
    expect(v3).toContain(
      'FIELD: strategy <DeploymentStrategy>\n\n\nDESCRIPTION:\n' +
        '    The deployment strategy to use to replace existing pods with new ones.\n' +
        '    DeploymentStrategy describes how to replace existing pods with new ones.\n    \n' +
        'FIELDS:\n  rollingUpdate\t<RollingUpdateDeployment>\n' +
        '    Rolling update config params. Present only if DeploymentStrategyType =\n' +
        '    RollingUpdate.\n\n',
    );
  });

  it('explains ingress.spec.rules.http.paths.pathType as each release words it', () => {
    const old = createSession({ preset: 'k8sinfra' }).run(
      'kubectl explain ingress.spec.rules.http.paths.pathType',
    ).stdout;
    expect(old.split('\n').slice(0, 8)).toEqual([
      'KIND:     Ingress',
      'VERSION:  networking.k8s.io/v1',
      '',
      'FIELD:    pathType <string>',
      '',
      'DESCRIPTION:',
      '     PathType determines the interpretation of the Path matching. PathType can',
      '     be one of the following values: * Exact: Matches the URL path exactly. *',
    ]);
    const now = createSession({ preset: 'lab' }).run(
      'kubectl explain ingress.spec.rules.http.paths.pathType',
    ).stdout;
    expect(now).toMatch(
      /^GROUP: {6}networking\.k8s\.io\nKIND: {7}Ingress\nVERSION: {4}v1\n\nFIELD: pathType <string>\n\n\nDESCRIPTION:\n {4}pathType determines the interpretation of the path matching\./,
    );
  });

  it('explains the HPA of the version asked for', () => {
    const s = createSession({ preset: 'lab' });
    const v1 = s.run('kubectl explain hpa.spec --api-version=autoscaling/v1').stdout;
    expect(v1).toMatch(
      /^GROUP: {6}autoscaling\nKIND: {7}HorizontalPodAutoscaler\nVERSION: {4}v1\n/,
    );
    expect(v1).toContain('\n  targetCPUUtilizationPercentage\t<integer>\n');
    expect(v1).not.toContain('\n  metrics\t');
    const v2 = s.run('kubectl explain hpa.spec').stdout;
    expect(v2).toMatch(
      /^GROUP: {6}autoscaling\nKIND: {7}HorizontalPodAutoscaler\nVERSION: {4}v2\n/,
    );
    expect(v2).toContain('\n  metrics\t<[]MetricSpec>\n');
    expect(v2).toContain('\n  behavior\t<HorizontalPodAutoscalerBehavior>\n');
    // v1.20 serves autoscaling/v1 as the preferred version.
    const old = createSession({ preset: 'k8sinfra' }).run('kubectl explain hpa.spec').stdout;
    expect(old).toMatch(/^KIND: {5}HorizontalPodAutoscaler\nVERSION: {2}autoscaling\/v1\n/);
  });

  it('has a schema for every served kind of the lab', () => {
    const s = createSession({ preset: 'lab' });
    for (const kind of [
      'endpoints',
      'endpointslices',
      'ingressclass',
      'ds',
      'sts',
      'job',
      'sa',
      'rc',
      'ns',
      'cm',
      'secret',
      'node',
    ])
      expect(s.run(`kubectl explain ${kind}`).stderr).toBe('');
    expect(
      s.run('kubectl explain pod.spec.containers.readinessProbe.httpGet.port').stdout,
    ).toContain('FIELD: port <IntOrString>\n');
    expect(s.run('kubectl explain pod.spec.containers.resources.limits').stdout).toContain(
      'FIELD: limits <map[string]Quantity>\n',
    );
  });
});

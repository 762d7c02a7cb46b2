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

import { describe, expect, it } from 'vitest';
import { jsonpath } from './jsonpath.ts';

const list = {
  kind: 'List',
  items: [
    {
      metadata: { name: 'a', labels: { 'app.kubernetes.io/name': 'x' } },
      spec: { clusterIP: '10.96.0.1', ports: [{ port: 443 }] },
    },
    {
      metadata: { name: 'b' },
      spec: { clusterIP: '10.96.0.10', ports: [{ port: 53 }, { port: 9153 }] },
    },
  ],
};
const node = {
  status: {
    addresses: [
      { type: 'InternalIP', address: '192.168.1.101' },
      { type: 'Hostname', address: 'w1-k8s' },
    ],
  },
};

describe('jsonpath as kubectl -o jsonpath evaluates it', () => {
  it('joins several results of one expression with spaces and adds no newline', () => {
    expect(jsonpath('{.items[*].metadata.name}', list)).toBe('a b');
  });

  it('reads a field of one object', () => {
    expect(jsonpath('{.spec.clusterIP}', list.items[1])).toBe('10.96.0.10');
  });

  it('repeats a body per item with range ... end, and expands "\\n" literals', () => {
    expect(
      jsonpath('{range .items[*]}{.metadata.name}{"\\t"}{.spec.ports[*].port}{"\\n"}{end}', list),
    ).toBe('a\t443\nb\t53 9153\n');
  });

  it('filters a list by a field value', () => {
    expect(jsonpath('{.status.addresses[?(@.type=="InternalIP")].address}', node)).toBe(
      '192.168.1.101',
    );
  });

  it('prints nothing for a missing key, and maps as JSON', () => {
    expect(jsonpath('{.spec.nothing}', list.items[0])).toBe('');
    expect(jsonpath('{.metadata.labels}', list.items[0])).toBe('{"app.kubernetes.io/name":"x"}');
    expect(jsonpath('{.metadata.labels.app\\.kubernetes\\.io/name}', list.items[0])).toBe('x');
  });
});

import { describe as suite, expect, it } from 'vitest';
import { createSession } from '../session.ts';

/** kubernetes/kubectl#1559's example: `kubectl create configmap sample --from-literal=sample1=value1 --from-literal=sample2=value2`. */
const SAMPLE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: sample
data:
  sample1: value1
  sample2: value2
`;

const HEAD = [
  'Name:         sample',
  'Namespace:    default',
  'Labels:       <none>',
  'Annotations:  <none>',
  '',
  'Data',
  '====',
];

function describeSample(preset: string, yaml = SAMPLE): string {
  const s = createSession({ preset, seed: 1 });
  s.apply(yaml);
  return s.run('kubectl describe configmap sample').stdout;
}

suite('kubectl describe configmap', () => {
  it('separates entries by a blank line and prints an empty BinaryData section on v1.33', () => {
    // The output kubernetes/kubernetes#123597 (v1.31) introduced, as kubectl#1559 proposed it.
    expect(describeSample('lab')).toBe(
      [
        ...HEAD,
        'sample1:',
        '----',
        'value1',
        '',
        'sample2:',
        '----',
        'value2',
        '',
        '',
        'BinaryData',
        '====',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
  });

  it('runs entries together before v1.31 but already has the BinaryData section on v1.28', () => {
    expect(describeSample('minikube')).toBe(
      [
        ...HEAD,
        'sample1:',
        '----',
        'value1',
        'sample2:',
        '----',
        'value2',
        '',
        'BinaryData',
        '====',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
  });

  it('has no BinaryData section on a v1.20 kubectl, so a value ending in a newline leaves one blank line', () => {
    // kubernetes/kubectl#997 (kubectl 1.20): "set paste", a blank line, then "Events:  <none>".
    const yaml = SAMPLE.replace(
      '  sample2: value2\n',
      '  vimrc: |\n    set expandtab\n    set paste\n',
    );
    expect(describeSample('k8sinfra', yaml)).toBe(
      [
        ...HEAD,
        'sample1:',
        '----',
        'value1',
        'vimrc:',
        '----',
        'set expandtab',
        'set paste',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
  });

  it('lists binaryData keys with their decoded size in bytes', () => {
    const yaml = `${SAMPLE}binaryData:\n  blob.bin: AAECAw==\n`;
    const lines = describeSample('lab', yaml).split('\n');
    expect(lines.slice(lines.indexOf('BinaryData'))).toEqual([
      'BinaryData',
      '====',
      'blob.bin: 4 bytes',
      '',
      'Events:  <none>',
      '',
    ]);
  });
});

// Apply errors land on their lines; the schema follows the cluster's release.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../engine/index.ts';
import { applyMarkers, schemaMinor, SEVERITY_ERROR } from './markers.ts';

describe('applyMarkers', () => {
  it("puts the API server's message on the offending line of a multi-document file", () => {
    const text = [
      'apiVersion: v1',
      'kind: Namespace',
      'metadata:',
      '  name: ok-ns',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: bad',
      'spec:',
      '  type: Nodeport',
      '  ports:',
      '  - port: 80',
      '',
    ].join('\n');
    const answer = createSession().apply(text);
    const markers = applyMarkers(text, answer.errors);
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({
      severity: SEVERITY_ERROR,
      startLineNumber: 11,
      startColumn: 3,
      endColumn: '  type: Nodeport'.length + 1,
    });
    // The text kubectl prints for this Service (reference: apimachinery's field.NotSupported).
    expect(markers[0]?.message).toBe(
      'The Service "bad" is invalid: spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    );
  });

  it('keeps a line past the end on the last line and skips errors without a line', () => {
    const markers = applyMarkers('a: 1\nb: 2', [
      { line: 9, column: 0, message: 'late' },
      { line: 0, column: 0, message: 'nowhere' },
    ]);
    expect(markers.map((m) => [m.startLineNumber, m.message])).toEqual([[2, 'late']]);
  });
});

describe('schemaMinor', () => {
  it('picks the nearest release at or below the cluster', () => {
    expect(schemaMinor('v1.33.0', [20, 28, 33])).toBe(33);
    expect(schemaMinor('v1.28.3', [20, 28, 33])).toBe(28);
    expect(schemaMinor('v1.30.1', [20, 28, 33])).toBe(28);
    expect(schemaMinor('v1.18.0', [20, 28, 33])).toBe(20);
    expect(schemaMinor(undefined, [20, 28, 33])).toBe(33);
  });
});

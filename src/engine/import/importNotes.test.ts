import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholders } from '../messages/format.ts';
import { dumpSummary, parseClusterDump } from './clusterDump.ts';
import { IMPORT_NOTES_EN, IMPORT_NOTES_KO } from './importNotes.ts';

describe('the import notes in two languages', () => {
  it('has every note in Korean with the same placeholders', () => {
    expect(Object.keys(IMPORT_NOTES_KO).sort()).toEqual(Object.keys(IMPORT_NOTES_EN).sort());
    for (const [key, en] of Object.entries(IMPORT_NOTES_EN))
      expect(placeholders(IMPORT_NOTES_KO[key as keyof typeof IMPORT_NOTES_EN]), key).toEqual(
        placeholders(en),
      );
  });

  it('summarises a dump in the reader language, names and addresses untouched', () => {
    const text = readFileSync(
      new URL('./__fixtures__/kubeadm-calico-3node.yaml', import.meta.url),
      'utf8',
    );
    const dump = parseClusterDump(text);
    if (!dump.ok) throw new Error(dump.message);
    const en = dumpSummary(dump.value, 'en');
    const ko = dumpSummary(dump.value, 'ko');
    expect(en[0]).toBe(
      'Imported cluster: 3 nodes (k8s-cp 192.168.56.10, k8s-w1 192.168.56.11, k8s-w2 192.168.56.12), Kubernetes v1.29.4.',
    );
    expect(ko[0]).toBe(
      '가져온 클러스터: 노드 3개(k8s-cp 192.168.56.10, k8s-w1 192.168.56.11, k8s-w2 192.168.56.12), Kubernetes v1.29.4.',
    );
    expect(ko).toHaveLength(en.length);
    expect(ko.find((l) => l.startsWith('클러스터 CIDR'))).toContain('10.244.0.0/16');
    // The English sentences are the dump's notes (what the CLI prints).
    expect(en.slice(1, -1)).toEqual(dump.value.notes);
  });
});

// A new pod as a workload controller asks for it: its template's metadata and spec (defaulted),
// a name, extra labels, and a controller reference to its owner.
import type { KubeObject, Labels, Pod, PodTemplate } from '../api/objects.ts';
import { defaultPodSpec } from '../api/workload.ts';

export function podFromTemplate(
  owner: KubeObject,
  template: PodTemplate,
  name: string,
  extra: { readonly labels?: Labels; readonly spec?: Readonly<Record<string, unknown>> } = {},
): Pod {
  const { generateName, ownerReferences } = ownedBy(owner);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName,
      namespace: owner.metadata.namespace!,
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
      // The template's own labels when none are added (stored objects are never changed in place).
      labels: extra.labels
        ? { ...template.metadata.labels, ...extra.labels }
        : (template.metadata.labels ?? {}),
      ...(template.metadata.annotations ? { annotations: template.metadata.annotations } : {}),
      ownerReferences,
    },
    spec: defaultPodSpec({ ...template.spec, ...extra.spec }) as Pod['spec'],
    status: { phase: 'Pending' },
  };
}

/**
 * The generateName and controller reference of an owner's pods, kept for the owner last asked
 * about: a controller makes its pods one after another, and they share one frozen copy.
 */
let last: {
  readonly owner: readonly [KubeObject['metadata'], string, string];
  readonly generateName: string;
  readonly ownerReferences: Pod['metadata']['ownerReferences'];
} | null = null;

function ownedBy(owner: KubeObject): NonNullable<typeof last> {
  const { apiVersion, kind, metadata } = owner;
  if (last?.owner[0] !== metadata || last.owner[1] !== apiVersion || last.owner[2] !== kind) {
    const reference = Object.freeze({
      apiVersion,
      blockOwnerDeletion: true,
      controller: true,
      kind,
      name: metadata.name,
      uid: metadata.uid,
    });
    last = {
      owner: [metadata, apiVersion, kind],
      generateName: `${metadata.name}-`,
      ownerReferences: Object.freeze([reference]),
    };
  }
  return last;
}

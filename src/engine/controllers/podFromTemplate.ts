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
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: `${owner.metadata.name}-`,
      namespace: owner.metadata.namespace!,
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
      labels: { ...template.metadata.labels, ...extra.labels },
      ...(template.metadata.annotations ? { annotations: template.metadata.annotations } : {}),
      ownerReferences: [
        {
          apiVersion: owner.apiVersion,
          blockOwnerDeletion: true,
          controller: true,
          kind: owner.kind,
          name: owner.metadata.name,
          uid: owner.metadata.uid,
        },
      ],
    },
    spec: defaultPodSpec({ ...template.spec, ...extra.spec }) as Pod['spec'],
    status: { phase: 'Pending' },
  };
}

// `kubectl describe TYPE [NAME_PREFIX]` (kubectl pkg/cmd/describe): one description per object,
// separated by a blank line; a name that matches nothing exactly describes every object whose name
// starts with it (DescribeMatchingResources).
import { own } from '../../util/own.ts';
import { listObjects, type Cluster } from '../../api/cluster.ts';
import type { Deployment, KubeObject, Node, Pod, ReplicaSet, Service } from '../../api/objects.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import {
  describeDeploymentLines,
  describeEndpointsLines,
  describeReplicaSetLines,
} from '../describeDeployment.ts';
import { describeConfigMapLines } from '../describeConfigMap.ts';
import { describeHpaLines } from '../describeHpa.ts';
import { describeIngressLines } from '../describeIngress.ts';
import { describeNamespaceLines } from '../describeNamespace.ts';
import { describeNodeLines } from '../describeNode.ts';
import { describePodLines } from '../describePod.ts';
import { describeSecretLines } from '../describeSecret.ts';
import { describeServiceLines } from '../describeService.ts';
import { describeServiceAccountLines } from '../describeServiceAccount.ts';
import { renderDescription } from '../describeText.ts';
import { findResource, qualifiedPlural } from '../resources.ts';
import { matchesSelector, NS_FLAGS } from './common.ts';

type Describer = (cluster: Cluster, obj: never) => string[];

const DESCRIBERS: Readonly<Record<string, Describer>> = {
  Service: (c, o: Service) => describeServiceLines(c, o),
  Pod: (c, o: Pod) => describePodLines(c, o),
  Deployment: (c, o: Deployment) => describeDeploymentLines(c, o),
  ReplicaSet: (c, o: ReplicaSet) => describeReplicaSetLines(c, o),
  Endpoints: (c, o: KubeObject) => describeEndpointsLines(c, o),
  Ingress: (c, o: Parameters<typeof describeIngressLines>[1]) => describeIngressLines(c, o),
  HorizontalPodAutoscaler: (c, o: Parameters<typeof describeHpaLines>[1]) => describeHpaLines(c, o),
  ConfigMap: (c, o: KubeObject) => describeConfigMapLines(c, o),
  Secret: (c, o: KubeObject) => describeSecretLines(c, o),
  Namespace: (c, o: KubeObject) => describeNamespaceLines(c, o),
  ServiceAccount: (c, o: KubeObject) => describeServiceAccountLines(c, o),
  Node: (c, o: Node) => describeNodeLines(c, o),
};

const FLAGS = {
  ...NS_FLAGS,
  '-A': { name: 'all-namespaces', value: false },
  '--all-namespaces': { name: 'all-namespaces', value: false },
  '-l': { name: 'selector', value: true },
  '--selector': { name: 'selector', value: true },
};

export function describe(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, FLAGS);
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl describe --help' for usage.`,
    );
  const words = [...flags.positional];
  if (words[0]?.includes('/')) words.splice(0, 1, ...words[0].split('/'));
  const [type, ...names] = words;
  if (!type) {
    return fail(
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
    );
  }
  const resource = findResource(type);
  if (!resource) return fail(`error: the server doesn't have a resource type "${type}"`);
  const describer = own(DESCRIBERS, resource.kind);
  if (!describer) {
    // Honest about the gap rather than printing something kubectl would not.
    return fail(`lab: kubectl describe ${resource.plural} is not simulated yet`);
  }
  const allNs = flags.values.get('all-namespaces') === 'true';
  const namespace = flags.values.get('namespace') ?? 'default';
  const ns = resource.namespaced && !allNs ? namespace : undefined;
  const selector = flags.values.get('selector');
  const all = listObjects<KubeObject>(state.cluster, resource.kind, ns).filter((o) =>
    matchesSelector(o, selector),
  );
  let chosen: KubeObject[] = all;
  const errors: string[] = [];
  if (names.length) {
    chosen = [];
    for (const n of names) {
      const exact = all.find((o) => o.metadata.name === n);
      const prefixed = names.length === 1 ? all.filter((o) => o.metadata.name.startsWith(n)) : [];
      if (exact) chosen.push(exact);
      else if (prefixed.length) chosen.push(...prefixed);
      else
        errors.push(`Error from server (NotFound): ${qualifiedPlural(resource)} "${n}" not found`);
    }
  } else if (all.length === 0) {
    return {
      stdout: '',
      stderr: ns ? `No resources found in ${ns} namespace.\n` : 'No resources found\n',
      exitCode: 0,
    };
  }
  const texts = chosen.map((o) => renderDescription(describer(state.cluster, o as never)));
  return {
    stdout: texts.join('\n\n'),
    stderr: errors.map((e) => e + '\n').join(''),
    exitCode: errors.length ? 1 : 0,
  };
}

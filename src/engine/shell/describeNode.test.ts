import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';
import { formatQuantity, parseQuantity } from './describeNode.ts';

// Layout from kubernetes/kubectl pkg/describe/describe.go (describeNode, describeNodeLease,
// describeNodeResource, printNodeTaintsMultiline) through a tabwriter with padding 2.

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: sized
spec:
  nodeName: worker-2
  containers:
  - name: app
    image: nginx
    resources:
      requests:
        cpu: 250m
        memory: 64Mi
      limits:
        cpu: 500m
        memory: 128Mi
`;

describe('kubectl describe node on v1.20 (k8sinfra)', () => {
  const s = createSession({ preset: 'k8sinfra', seed: 1 });
  const out = s.run('kubectl describe node w1-k8s').stdout;

  it('opens with name, roles, labels, taints and the lease', () => {
    const RFC1123Z = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;
    const lines = out.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Name:               w1-k8s',
      'Roles:              <none>',
      'Labels:             beta.kubernetes.io/arch=amd64',
      '                    beta.kubernetes.io/os=linux',
      '                    kubernetes.io/arch=amd64',
      '                    kubernetes.io/hostname=w1-k8s',
      '                    kubernetes.io/os=linux',
      'Annotations:        <none>',
    ]);
    expect(lines[8]!.slice(0, 20)).toBe('CreationTimestamp:  ');
    expect(lines[8]!.slice(20)).toMatch(RFC1123Z);
    expect(lines.slice(9, 14)).toEqual([
      'Taints:             <none>',
      'Unschedulable:      false',
      'Lease:',
      '  HolderIdentity:  w1-k8s',
      '  AcquireTime:     <unset>',
    ]);
    expect(lines[14]!.slice(0, 19)).toBe('  RenewTime:       ');
    expect(lines[14]!.slice(19)).toMatch(RFC1123Z);
    expect(lines[15]).toBe('Conditions:');
  });

  it('lists the conditions with Calico setting NetworkUnavailable', () => {
    expect(out).toContain(
      '  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message\n' +
        '  ----                 ------  -----------------                 ------------------                ------                       -------\n' +
        '  NetworkUnavailable   False   ',
    );
    expect(out).toMatch(
      /\n {2}Ready {16}True {4}.+ {3}KubeletReady {17}kubelet is posting ready status\n/,
    );
  });

  it('prints the kube-proxy version the v1.20 kubelet reports, and no PodCIDR for Calico nodes', () => {
    expect(out).toContain(
      '  Kubelet Version:            v1.20.2\n  Kube-Proxy Version:         v1.20.2\nNon-terminated Pods:          (',
    );
  });

  it('describes the control plane with both of its v1.20 roles and its taint', () => {
    const m = s.run('kubectl describe nodes m-k8s').stdout;
    expect(m).toContain('Roles:              control-plane,master\n');
    expect(m).toContain('Taints:             node-role.kubernetes.io/master:NoSchedule\n');
  });
});

describe('kubectl describe node on v1.33 (lab)', () => {
  it('shows requests and limits against allocatable, truncated percentages', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.apply(POD);
    s.run('lab wait 20');
    const out = s.run('kubectl describe node worker-2').stdout;
    // 250m of 2 CPUs = 12.5% -> 12; 64Mi of 4091904Ki = 1.6% -> 1.
    expect(out).toMatch(
      /\n {2}default +sized +250m \(12%\) {4}500m \(25%\) {2}64Mi \(1%\) {8}128Mi \(3%\) {5}\d+s\n/,
    );
    expect(out).toContain(
      'Allocated resources:\n' +
        '  (Total limits may be over 100 percent, i.e., overcommitted.)\n' +
        '  Resource           Requests    Limits\n' +
        '  --------           --------    ------\n' +
        '  cpu                250m (12%)  500m (25%)\n' +
        '  memory             64Mi (1%)   128Mi (3%)\n' +
        '  ephemeral-storage  0 (0%)      0 (0%)\n',
    );
    // v1.31+ kubelets no longer set kubeProxyVersion (KEP-4004): the line is printed empty.
    expect(out).toContain(
      '  Kube-Proxy Version:         \nPodCIDR:                      10.244.2.0/24\n',
    );
  });

  it('turns every kubelet condition Unknown and taints the node after it is switched off', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('lab node down worker-1');
    s.run('lab wait 60');
    const out = s.run('kubectl describe node worker-1').stdout;
    expect(out).toContain(
      'Taints:             node.kubernetes.io/unreachable:NoExecute\n' +
        '                    node.kubernetes.io/unreachable:NoSchedule\n',
    );
    for (const type of ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'])
      expect(out).toMatch(
        new RegExp(
          `\\n  ${type} +Unknown +.+ NodeStatusUnknown +Kubelet stopped posting node status\\.\\n`,
        ),
      );
    expect(out).toMatch(
      /\n {2}NetworkUnavailable +False +.+FlannelIsUp +Flannel is running on this node\n/,
    );
    expect(out).toMatch(
      /\n {2}Normal {2}NodeNotReady {2}\d+s {3}node-controller {2}Node worker-1 status is now: NodeNotReady\n/,
    );
  });
});

describe('quantities as Quantity.String() prints them', () => {
  it.each([
    ['250m', '250m'],
    ['0.5', '500m'],
    ['1000m', '1'],
    ['1536Mi', '1536Mi'],
    ['2048Mi', '2Gi'],
    ['128M', '128M'],
    ['0', '0'],
  ])('%s -> %s', (input, printed) => {
    expect(formatQuantity(parseQuantity(input)!)).toBe(printed);
  });
});

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
    expect(lines.slice(0, 12)).toEqual([
      'Name:               w1-k8s',
      'Roles:              <none>',
      'Labels:             beta.kubernetes.io/arch=amd64',
      '                    beta.kubernetes.io/os=linux',
      '                    kubernetes.io/arch=amd64',
      '                    kubernetes.io/hostname=w1-k8s',
      '                    kubernetes.io/os=linux',
      'Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: /var/run/dockershim.sock',
      '                    node.alpha.kubernetes.io/ttl: 0',
      '                    projectcalico.org/IPv4Address: 192.168.1.101/24',
      '                    projectcalico.org/IPv4IPIPTunnelAddr: 172.16.221.128',
      '                    volumes.kubernetes.io/controller-managed-attach-detach: true',
    ]);
    expect(lines[12]!.slice(0, 20)).toBe('CreationTimestamp:  ');
    expect(lines[12]!.slice(20)).toMatch(RFC1123Z);
    expect(lines.slice(13, 18)).toEqual([
      'Taints:             <none>',
      'Unschedulable:      false',
      'Lease:',
      '  HolderIdentity:  w1-k8s',
      '  AcquireTime:     <unset>',
    ]);
    expect(lines[18]!.slice(0, 19)).toBe('  RenewTime:       ');
    expect(lines[18]!.slice(19)).toMatch(RFC1123Z);
    expect(lines[19]).toBe('Conditions:');
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
    // 250m of 2 CPUs = 12.5% -> 12; 64Mi of 3907620Ki = 1.7% -> 1. The node's flannel pod adds
    // its 100m / 50Mi requests to the totals: 350m (17%), 114Mi (2%).
    expect(out).toMatch(
      /\n {2}default +sized +250m \(12%\) {4}500m \(25%\) {2}64Mi \(1%\) {8}128Mi \(3%\) {5}\d+s\n/,
    );
    expect(out).toContain(
      'Allocated resources:\n' +
        '  (Total limits may be over 100 percent, i.e., overcommitted.)\n' +
        '  Resource           Requests    Limits\n' +
        '  --------           --------    ------\n' +
        '  cpu                350m (17%)  500m (25%)\n' +
        '  memory             114Mi (2%)  128Mi (3%)\n' +
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

describe('nodes as the API server stores them', () => {
  it('k8sinfra: the book’s Vagrant machines, dockershim socket, Calico IPIP annotations', () => {
    const s = createSession({ preset: 'k8sinfra', seed: 1 });
    const m = JSON.parse(s.run('kubectl get node m-k8s -o json').stdout);
    expect(m.status.capacity.cpu).toBe('2');
    expect(m.metadata.annotations).toEqual({
      'kubeadm.alpha.kubernetes.io/cri-socket': '/var/run/dockershim.sock',
      'node.alpha.kubernetes.io/ttl': '0',
      'projectcalico.org/IPv4Address': '192.168.1.10/24',
      'projectcalico.org/IPv4IPIPTunnelAddr': '172.16.171.64',
      'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
    });
    // kubeadm v1.20 does not yet add exclude-from-external-load-balancers (kubernetes#98269, v1.21).
    expect(m.metadata.labels).not.toHaveProperty(
      'node.kubernetes.io/exclude-from-external-load-balancers',
    );
    expect(m.status.nodeInfo.kubeProxyVersion).toBe('v1.20.2');
    const w = JSON.parse(s.run('kubectl get node w1-k8s -o json').stdout);
    expect(w.status.capacity.cpu).toBe('1');
    expect(w.status.conditions.map((c: { type: string }) => c.type)).toEqual([
      'MemoryPressure',
      'DiskPressure',
      'PIDPressure',
      'Ready',
    ]);
  });

  it('lab: containerd socket, flannel annotations, the control plane kept out of external LBs', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    const cp = JSON.parse(s.run('kubectl get node control-plane -o json').stdout);
    expect(cp.metadata.labels['node.kubernetes.io/exclude-from-external-load-balancers']).toBe('');
    expect(cp.metadata.annotations['kubeadm.alpha.kubernetes.io/cri-socket']).toBe(
      'unix:///var/run/containerd/containerd.sock',
    );
    expect(cp.metadata.annotations['flannel.alpha.coreos.com/backend-type']).toBe('vxlan');
    expect(cp.metadata.annotations['flannel.alpha.coreos.com/public-ip']).toBe('10.0.0.10');
    expect(cp.metadata.annotations['flannel.alpha.coreos.com/backend-data']).toMatch(
      /^\{"VNI":1,"VtepMAC":"[0-9a-f]{2}(:[0-9a-f]{2}){5}"\}$/,
    );
    expect(cp.status.nodeInfo).not.toHaveProperty('kubeProxyVersion');
    expect(cp.status.nodeInfo.machineID).toMatch(/^[0-9a-f]{32}$/);
    expect(cp.status.nodeInfo.systemUUID).toMatch(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/);
    // Stable across sessions and seeds: made of the name, not drawn.
    const again = JSON.parse(
      createSession({ preset: 'lab', seed: 7 }).run('kubectl get node control-plane -o json')
        .stdout,
    );
    expect(again.status.nodeInfo.bootID).toBe(cp.status.nodeInfo.bootID);
    const w = JSON.parse(s.run('kubectl get node worker-1 -o json').stdout);
    expect(w.metadata.labels).not.toHaveProperty(
      'node.kubernetes.io/exclude-from-external-load-balancers',
    );
  });

  it('charges the control plane with its static pods and CoreDNS requests', () => {
    const out = createSession({ preset: 'k8sinfra', seed: 1 }).run(
      'kubectl describe node m-k8s',
    ).stdout;
    // apiserver 250m + controller-manager 200m + scheduler 100m + etcd 100m + calico-node 250m
    // + 2 x coredns 100m = 1100m of 2 CPUs; memory: etcd 100Mi + 2 x 70Mi, limits 2 x 170Mi.
    expect(out).toMatch(/\n {2}cpu +1100m \(55%\) +0 \(0%\)\n/);
    expect(out).toMatch(/\n {2}memory +240Mi \(\d+%\) +340Mi \(\d+%\)\n/);
    expect(out).toMatch(
      /\n {2}kube-system +kube-apiserver-m-k8s +250m \(12%\) +0 \(0%\) +0 \(0%\) +0 \(0%\) +/,
    );
  });

  it('keeps the kubelet’s last heartbeat and marks the moment of NodeStatusUnknown', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('lab node down worker-1');
    s.run('lab wait 60');
    const node = JSON.parse(s.run('kubectl get node worker-1 -o json').stdout);
    const conditions = node.status.conditions as {
      type: string;
      status: string;
      reason: string;
      message: string;
      lastHeartbeatTime: string;
      lastTransitionTime: string;
    }[];
    expect(conditions.map((c) => [c.type, c.status, c.reason, c.message])).toEqual(
      ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((t) => [
        t,
        'Unknown',
        'NodeStatusUnknown',
        'Kubelet stopped posting node status.',
      ]),
    );
    const ready = conditions[3]!;
    expect(Date.parse(ready.lastHeartbeatTime)).toBeLessThan(Date.parse(ready.lastTransitionTime));
    expect(new Set(conditions.map((c) => c.lastTransitionTime)).size).toBe(1);
    s.run('lab node up worker-1');
    const back = JSON.parse(s.run('kubectl get node worker-1 -o json').stdout);
    expect(back.status.conditions[0]).toMatchObject({
      type: 'MemoryPressure',
      status: 'False',
      reason: 'KubeletHasSufficientMemory',
    });
  });
});

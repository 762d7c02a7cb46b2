// Large inputs of the shapes users bring, made on demand for the benchmark (`npm run bench`) and
// the browser's main-thread journey (e2e/mainThread.spec.ts): many Deployments with their
// Services as one YAML stream, and a real cluster's nodes and pods as `kubectl get -o json` lists
// them.

/** `count` Deployments of 4 nginx pods, each with a NodePort Service, as one YAML stream. */
export function deploymentsWithServices(
  count: number,
  names: { deployment: string; service: string } = { deployment: 'app', service: 'svc' },
): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    const app = `${names.deployment}-${i}`;
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
spec:
  replicas: 4
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
    spec:
      containers:
      - name: web
        image: nginx
`);
    docs.push(`apiVersion: v1
kind: Service
metadata:
  name: ${names.service}-${i}
spec:
  type: NodePort
  selector:
    app: ${app}
  ports:
  - port: 80
`);
  }
  return docs.join('---\n');
}

/**
 * The items of a real cluster's dump: `nodes` Ready flannel (vxlan) nodes at 10.0.0.10 and up, each
 * with 30 Running pods labelled app0 to app9, as `kubectl get nodes,pods -A -o json` lists them.
 */
export function dumpNodesAndPods(nodes: number): object[] {
  const items: object[] = [];
  for (let n = 0; n < nodes; n++) {
    items.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: `n${n}`,
        uid: `n${n}`,
        resourceVersion: '1',
        creationTimestamp: '2025-01-01T00:00:00Z',
        annotations: { 'flannel.alpha.coreos.com/backend-type': 'vxlan' },
      },
      spec: { podCIDR: `10.244.${n}.0/24` },
      status: {
        addresses: [{ type: 'InternalIP', address: `10.0.0.${10 + n}` }],
        conditions: [{ type: 'Ready', status: 'True' }],
        nodeInfo: { kubeletVersion: 'v1.30.2' },
      },
    });
    for (let p = 0; p < 30; p++)
      items.push({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `app-${n}-${p}`,
          namespace: 'default',
          uid: `p${n}-${p}`,
          resourceVersion: '2',
          creationTimestamp: '2025-01-02T00:00:00Z',
          labels: { app: `app${p % 10}` },
        },
        spec: { nodeName: `n${n}`, containers: [{ name: 'c', image: 'nginx' }] },
        status: {
          phase: 'Running',
          podIP: `10.244.${n}.${p + 2}`,
          conditions: [{ type: 'Ready', status: 'True' }],
        },
      });
  }
  return items;
}

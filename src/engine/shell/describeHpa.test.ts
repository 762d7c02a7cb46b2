import { describe as suite, expect, it } from 'vitest';
import { NP_PODS_DEPLOYMENT } from '../presets/examples.ts';
import { createSession } from '../session.ts';

const METRICS_SERVER = `apiVersion: apps/v1
kind: Deployment
metadata: {name: metrics-server, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: metrics-server}}
  template:
    metadata: {labels: {k8s-app: metrics-server}}
    spec:
      containers:
      - {name: metrics-server, image: registry.k8s.io/metrics-server/metrics-server:v0.7.2}
`;

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx
        resources: {requests: {cpu: 200m}}
`;

function session(preset: string) {
  const s = createSession({ preset, seed: 1 });
  s.apply(NP_PODS_DEPLOYMENT.replace('replicas: 3', 'replicas: 2'));
  s.run('lab wait 30');
  return s;
}

suite('kubectl describe hpa', () => {
  it('prints the metrics block with <unknown> before any metrics, aligned with the fields above', () => {
    const s = session('lab');
    s.apply(`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: np-pods
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: np-pods
  minReplicas: 2
  maxReplicas: 6
  metrics:
  - type: Resource
    resource:
      name: cpu
      target:
        type: Utilization
        averageUtilization: 50
`);
    const out = s.run('kubectl describe hpa np-pods').stdout.split('\n');
    // describeHorizontalPodAutoscalerV2: the metric line is two LEVEL_1 writes, so its label
    // carries two 2-space gaps, and being tab-terminated it widens the whole first column.
    const pad = (label: string) => label.padEnd(55);
    expect(out.slice(0, 11)).toEqual([
      `${pad('Name:')}np-pods`,
      `${pad('Namespace:')}default`,
      `${pad('Labels:')}<none>`,
      `${pad('Annotations:')}<none>`,
      expect.stringMatching(/^CreationTimestamp: +\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d \+0000$/),
      `${pad('Reference:')}Deployment/np-pods`,
      `${pad('Metrics:')}( current / target )`,
      '  resource cpu on pods  (as a percentage of request):  <unknown> / 50%',
      `${pad('Min replicas:')}2`,
      `${pad('Max replicas:')}6`,
      expect.stringMatching(/^Deployment pods: +2 current \/ \d desired$/),
    ]);
  });

  it('describes a v1 HPA from its v2 form on a v1.20 cluster, status annotations hidden', () => {
    const s = session('k8sinfra');
    s.run('kubectl autoscale deployment np-pods --min=1 --max=5 --cpu-percent=50');
    s.run('lab wait 20');
    const out = s.run('kubectl describe hpa np-pods').stdout.split('\n');
    expect(out).toContain('  resource cpu on pods  (as a percentage of request):  <unknown> / 50%');
    expect(out.find((l) => l.startsWith('Annotations:'))).toMatch(/^Annotations: +<none>$/);
    // v1 has no conditions field; the v2beta2 view kubectl 1.20 reads has them.
    const at = out.indexOf('Conditions:');
    expect(out.slice(at, at + 3).map((l) => l.trimEnd())).toEqual([
      'Conditions:',
      '  Type           Status  Reason                   Message',
      '  ----           ------  ------                   -------',
    ]);
    expect(out[at + 3]).toMatch(/^ {2}AbleToScale {4}True {4}SucceededGetScale /);
  });

  it('shows "utilization% (average value)" and the conditions once metrics-server answers', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.apply(METRICS_SERVER);
    s.apply(WEB);
    s.advance(60);
    s.run('lab cpu deployment/web 100');
    s.run('kubectl autoscale deployment web --min=2 --max=4 --cpu-percent=50');
    s.advance(60);
    const out = s.run('kubectl describe hpa web').stdout.split('\n');
    // 100m over 2 pods requesting 200m: 50m each, 25% of request, under the 50% target.
    expect(out).toContain('  resource cpu on pods  (as a percentage of request):  25% (50m) / 50%');
    expect(out.find((l) => l.startsWith('Deployment pods:'))).toMatch(
      /^Deployment pods: +2 current \/ 2 desired$/,
    );
    expect(
      out.filter((l) => /^ {2}(AbleToScale|ScalingActive|ScalingLimited) /.test(l)),
    ).toHaveLength(3);
  });
});

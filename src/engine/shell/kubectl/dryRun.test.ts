// --dry-run and -o on the commands that change objects. The expected client-side output is what
// kubectl v1.32.4 prints (create/run/expose/apply/label/scale/set/delete with --dry-run=client,
// run against a stub API server answering discovery and one Deployment where a lookup is needed).
import { describe, expect, it } from 'vitest';
import { listObjects } from '../../api/cluster.ts';
import { createSession } from '../../session.ts';

const session = (files: Record<string, string> = {}) =>
  createSession({ preset: 'lab', readFile: (p: string) => files[p]! } as never);

const DEPLOYMENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
status: {}
`;

const DEPLOYMENT_JSON_NS = `{
    "kind": "Deployment",
    "apiVersion": "apps/v1",
    "metadata": {
        "name": "web",
        "namespace": "foo",
        "creationTimestamp": null,
        "labels": {
            "app": "web"
        }
    },
    "spec": {
        "replicas": 3,
        "selector": {
            "matchLabels": {
                "app": "web"
            }
        },
        "template": {
            "metadata": {
                "creationTimestamp": null,
                "labels": {
                    "app": "web"
                }
            },
            "spec": {
                "containers": [
                    {
                        "name": "nginx",
                        "image": "nginx:1.2",
                        "ports": [
                            {
                                "containerPort": 80
                            }
                        ],
                        "resources": {}
                    }
                ]
            }
        },
        "strategy": {}
    },
    "status": {}
}
`;

const NODEPORT_JSON = `{
    "kind": "Service",
    "apiVersion": "v1",
    "metadata": {
        "name": "web",
        "creationTimestamp": null,
        "labels": {
            "app": "web"
        }
    },
    "spec": {
        "ports": [
            {
                "name": "80",
                "protocol": "TCP",
                "port": 80,
                "targetPort": 80,
                "nodePort": 30080
            }
        ],
        "selector": {
            "app": "web"
        },
        "type": "NodePort"
    },
    "status": {
        "loadBalancer": {}
    }
}
`;

const CLUSTERIP_YAML = `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - name: 80-8080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  type: ClusterIP
status:
  loadBalancer: {}
`;

const EXTERNALNAME_JSON = `{
    "kind": "Service",
    "apiVersion": "v1",
    "metadata": {
        "name": "ext",
        "creationTimestamp": null,
        "labels": {
            "app": "ext"
        }
    },
    "spec": {
        "selector": {
            "app": "ext"
        },
        "type": "ExternalName",
        "externalName": "example.com"
    },
    "status": {
        "loadBalancer": {}
    }
}
`;

const RUN_YAML = `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: web
  name: web
spec:
  containers:
  - image: nginx
    name: web
    ports:
    - containerPort: 80
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
`;

const RUN_JSON = `{
    "kind": "Pod",
    "apiVersion": "v1",
    "metadata": {
        "name": "web",
        "namespace": "foo",
        "creationTimestamp": null,
        "labels": {
            "a": "b"
        }
    },
    "spec": {
        "containers": [
            {
                "name": "web",
                "image": "nginx",
                "args": [
                    "sleep",
                    "10"
                ],
                "env": [
                    {
                        "name": "A",
                        "value": "b"
                    }
                ],
                "resources": {}
            }
        ],
        "restartPolicy": "Never",
        "dnsPolicy": "ClusterFirst"
    },
    "status": {}
}
`;

const EXPOSE_YAML = `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - port: 80
    protocol: TCP
    targetPort: 80
  selector:
    app: web
status:
  loadBalancer: {}
`;

const TWO = `apiVersion: v1
kind: Service
metadata:
  name: a
spec:
  ports:
  - port: 80
  selector:
    app: a
---
apiVersion: v1
kind: Pod
metadata:
  name: p
  labels: {x: z}
spec:
  containers:
  - name: c
    image: nginx
`;

const CREATE_TWO_YAML = `apiVersion: v1
kind: Service
metadata:
  name: a
  namespace: default
spec:
  ports:
  - port: 80
  selector:
    app: a
---
apiVersion: v1
kind: Pod
metadata:
  labels:
    x: z
  name: p
  namespace: default
spec:
  containers:
  - image: nginx
    name: c
`;

const APPLY_TWO_YAML = `apiVersion: v1
items:
- apiVersion: v1
  kind: Service
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"a","namespace":"default"},"spec":{"ports":[{"port":80}],"selector":{"app":"a"}}}
    name: a
    namespace: default
  spec:
    ports:
    - port: 80
    selector:
      app: a
- apiVersion: v1
  kind: Pod
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"labels":{"x":"z"},"name":"p","namespace":"default"},"spec":{"containers":[{"image":"nginx","name":"c"}]}}
    labels:
      x: z
    name: p
    namespace: default
  spec:
    containers:
    - image: nginx
      name: c
kind: List
metadata: {}
`;

const kinds = (s: ReturnType<typeof session>, kind: string) =>
  listObjects(s.cluster(), kind).filter((o) => o.metadata.namespace === 'default');

describe('--dry-run=client prints what kubectl built and sends nothing', () => {
  it('create deployment, as YAML and (typed field order) JSON', () => {
    const s = session();
    expect(
      s.run('kubectl create deployment web --image=nginx --dry-run=client -o yaml'),
    ).toMatchObject({
      stdout: DEPLOYMENT_YAML,
      stderr: '',
      exitCode: 0,
    });
    expect(
      s.run(
        'kubectl create deployment web --image=nginx:1.2 -n foo --replicas=3 --port=80 --dry-run=client -o json',
      ).stdout,
    ).toBe(DEPLOYMENT_JSON_NS);
    expect(s.run('kubectl create deployment web --image=nginx --dry-run=client').stdout).toBe(
      'deployment.apps/web created (dry run)\n',
    );
    expect(
      s.run('kubectl create deployment web --image=nginx --dry-run=client -o name').stdout,
    ).toBe('deployment.apps/web\n');
    expect(kinds(s, 'Deployment')).toEqual([]);
  });

  it('create service of each type and create namespace', () => {
    const s = session();
    expect(
      s.run(
        'kubectl create service nodeport web --tcp=80 --node-port=30080 --dry-run=client -o json',
      ).stdout,
    ).toBe(NODEPORT_JSON);
    expect(
      s.run('kubectl create service clusterip web --tcp=80:8080 --dry-run=client -o yaml').stdout,
    ).toBe(CLUSTERIP_YAML);
    expect(
      s.run(
        'kubectl create service externalname ext --external-name=example.com --dry-run=client -o json',
      ).stdout,
    ).toBe(EXTERNALNAME_JSON);
    expect(s.run('kubectl create ns foo --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: foo\nspec: {}\nstatus: {}\n',
    );
    expect(s.run('kubectl create ns foo --dry-run=client').stdout).toBe(
      'namespace/foo created (dry run)\n',
    );
    expect(kinds(s, 'Service').map((x) => x.metadata.name)).toEqual(['kubernetes']);
    expect(s.run('kubectl get ns foo').exitCode).toBe(1);
  });

  it('run, its namespace only with -n', () => {
    const s = session();
    expect(s.run('kubectl run web --image=nginx --port=80 --dry-run=client -o yaml').stdout).toBe(
      RUN_YAML,
    );
    expect(
      s.run(
        'kubectl run web --image=nginx -n foo --labels=a=b --env=A=b --restart=Never --dry-run=client -o json -- sleep 10',
      ).stdout,
    ).toBe(RUN_JSON);
    expect(s.run('kubectl run web --image=nginx --dry-run=client').stdout).toBe(
      'pod/web created (dry run)\n',
    );
    expect(kinds(s, 'Pod')).toEqual([]);
  });

  it('expose, without a type unless --type is given', () => {
    const s = session();
    s.run('kubectl create deployment web --image=nginx --port=80');
    expect(s.run('kubectl expose deploy web --dry-run=client -o yaml').stdout).toBe(EXPOSE_YAML);
    expect(s.run('kubectl expose deploy web --dry-run=client').stdout).toBe(
      'service/web exposed (dry run)\n',
    );
    expect(kinds(s, 'Service').map((x) => x.metadata.name)).toEqual(['kubernetes']);
  });

  it('create -f and apply -f: namespace filled in, apply adds its annotation, several as a List', () => {
    const s = session({ 'two.yaml': TWO });
    expect(s.run('kubectl create -f two.yaml --dry-run=client -o yaml').stdout).toBe(
      CREATE_TWO_YAML,
    );
    expect(s.run('kubectl apply -f two.yaml --dry-run=client -o yaml').stdout).toBe(APPLY_TWO_YAML);
    expect(s.run('kubectl apply -f two.yaml --dry-run=client').stdout).toBe(
      'service/a created (dry run)\npod/p created (dry run)\n',
    );
    expect(s.run('kubectl apply -f two.yaml --dry-run=client -o name').stdout).toBe(
      'service/a\npod/p\n',
    );
    expect(kinds(s, 'Pod')).toEqual([]);
    // An object that exists: configured, whatever the file says (no patch is computed).
    s.run('kubectl apply -f two.yaml');
    expect(s.run('kubectl apply -f two.yaml --dry-run=client').stdout).toBe(
      'service/a configured (dry run)\npod/p configured (dry run)\n',
    );
  });

  it('scale, label, annotate, set image and delete change nothing', () => {
    const s = session();
    s.run('kubectl create deployment web --image=nginx --port=80');
    expect(s.run('kubectl scale deploy web --replicas=3 --dry-run=client').stdout).toBe(
      'deployment.apps/web scaled (dry run)\n',
    );
    expect(s.run('kubectl label deploy web tier=x --dry-run=client').stdout).toBe(
      'deployment.apps/web labeled (dry run)\n',
    );
    expect(s.run('kubectl annotate deploy web a=b --dry-run=client').stdout).toBe(
      'deployment.apps/web annotated (dry run)\n',
    );
    expect(s.run('kubectl set image deploy/web nginx=nginx:1.25 --dry-run=client').stdout).toBe(
      'deployment.apps/web image updated (dry run)\n',
    );
    expect(s.run('kubectl delete deploy web --dry-run=client').stdout).toBe(
      'deployment.apps "web" deleted (dry run)\n',
    );
    expect(s.run('kubectl delete deploy/web --dry-run=client -o name').stdout).toBe(
      'deployment.apps/web\n',
    );
    // label prints the labelled object (unstructured: keys sorted); scale the object as fetched.
    expect(s.run('kubectl label deploy web tier=x --dry-run=client -o yaml').stdout).toContain(
      '  labels:\n    app: web\n    tier: x\n',
    );
    expect(
      s.run('kubectl scale deploy web --replicas=3 --dry-run=client -o yaml').stdout,
    ).toContain('  replicas: 1\n');
    // set image holds the Deployment typed: -o json in struct order, the new image in it.
    const setJson = s.run(
      'kubectl set image deploy/web nginx=nginx:1.25 --dry-run=client -o json',
    ).stdout;
    expect(setJson.startsWith('{\n    "kind": "Deployment",\n    "apiVersion": "apps/v1",\n')).toBe(
      true,
    );
    expect(setJson).toContain('"name": "nginx",\n                        "image": "nginx:1.25",');
    s.run('lab wait 5');
    const now = s.run(
      'kubectl get deploy web -o jsonpath={.metadata.generation},{.spec.replicas},{.metadata.labels.tier},{.metadata.annotations.a},{.spec.template.spec.containers[0].image}',
    );
    expect(now.stdout).toBe('1,1,,,nginx');
  });
});

describe('--dry-run=server runs admission and stores nothing', () => {
  it('prints the allocated ClusterIP and nodePort the next real create gets, without resourceVersion', () => {
    const s = session();
    const dry = s.run(
      'kubectl create service nodeport web --tcp=80 --dry-run=server -o jsonpath={.spec.clusterIP},{.spec.ports[0].nodePort},{.metadata.resourceVersion}',
    );
    expect(dry.exitCode).toBe(0);
    const [ip, nodePort, rv] = dry.stdout.split(',');
    expect(ip).toMatch(/^10\.\d+\.\d+\.\d+$/);
    expect(rv).toBe('');
    expect(kinds(s, 'Service').map((x) => x.metadata.name)).toEqual(['kubernetes']);
    expect(s.run('kubectl create service nodeport web --tcp=80').stdout).toBe(
      'service/web created\n',
    );
    expect(
      s.run('kubectl get svc web -o jsonpath={.spec.clusterIP},{.spec.ports[0].nodePort}').stdout,
    ).toBe(`${ip},${nodePort}`);
  });

  it('says so, and still fails as the server fails', () => {
    const s = session();
    expect(s.run('kubectl create deployment web --image=nginx --dry-run=server')).toMatchObject({
      stdout: 'deployment.apps/web created (server dry run)\n',
      stderr: '',
      exitCode: 0,
    });
    expect(kinds(s, 'Deployment')).toEqual([]);
    s.run('kubectl create deployment web --image=nginx');
    expect(s.run('kubectl create deployment web --image=nginx --dry-run=server').stderr).toBe(
      'error: failed to create deployment: deployments.apps "web" already exists\n',
    );
    expect(s.run('kubectl delete deploy web --dry-run=server').stdout).toBe(
      'deployment.apps "web" deleted (server dry run)\n',
    );
    expect(kinds(s, 'Deployment').length).toBe(1);
  });

  it('a Pod as the API server answers: not yet scheduled, Pending', () => {
    const s = session();
    const y = s.run('kubectl run web --image=nginx --dry-run=server -o yaml').stdout;
    expect(y).not.toContain('nodeName:');
    expect(y).toContain('status:\n  phase: Pending\n  qosClass: BestEffort\n');
    expect(kinds(s, 'Pod')).toEqual([]);
  });
});

describe('the --dry-run flag', () => {
  it('bare --dry-run is client, with the deprecation warning klog prints', () => {
    const r = session().run('kubectl create deployment web --image=nginx --dry-run');
    expect(r.stdout).toBe('deployment.apps/web created (dry run)\n');
    expect(r.stderr).toMatch(
      /^W\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ helpers\.go:\d+\] --dry-run is deprecated and can be replaced with --dry-run=client\.\n$/,
    );
  });

  it('a boolean value is deprecated too', () => {
    const s = session();
    expect(s.run('kubectl create ns foo --dry-run=true').stderr).toMatch(
      /helpers\.go:\d+\] --dry-run=true is deprecated \(boolean value\) and can be replaced with --dry-run=client\.\n$/,
    );
    const r = s.run('kubectl create ns foo --dry-run=false');
    expect(r.stderr).toMatch(
      /helpers\.go:\d+\] --dry-run=false is deprecated \(boolean value\) and can be replaced with --dry-run=none\.\n$/,
    );
    expect(r.stdout).toBe('namespace/foo created\n');
  });

  it('refuses other values and printers create does not have', () => {
    const s = session();
    expect(s.run('kubectl create deployment web --image=nginx --dry-run=bogus')).toMatchObject({
      stdout: '',
      stderr: 'error: Invalid dry-run value (bogus). Must be "none", "server", or "client".\n',
      exitCode: 1,
    });
    expect(
      s.run('kubectl create deployment web --image=nginx --dry-run=client -o wide').stderr,
    ).toBe(
      'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    );
  });
});

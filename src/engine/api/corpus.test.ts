// Every manifest of the study notes' books and of the MetalLB and ingress-nginx projects
// (../shared/corpus, see its PROVENANCE.md), applied with `kubectl apply -f FILE` on the preset of
// its era. Expected results are kubectl's and the API server's (reference §0, §1, §8.1, §9.7), never
// our own output: a file applies cleanly (one `<kind>[.<group>]/<name> created` line per document,
// only the server's deprecation warnings on stderr), or it is in FAILS with the real error.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { createSession } from '../session.ts';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

/**
 * The preset of each repository's era. k8sinfra (v1.20) for the first k8sInfra book and the older
 * books (Kubernetes in Action 1st ed., 2017-18; alicek106's first edition, whose `-k8s-latest`
 * twins exist for newer clusters; MetalLB v0.9.6 and ingress-nginx 0.30.0/1.2.0, the book era's
 * installs). lab (v1.33) for current material: internal-k8s is the revised k8sInfra edition (its
 * HPAs are autoscaling/v2, served from v1.23, and it installs ingress-nginx v1.8.0); KIA 2nd ed.;
 * alicek106's renewal; subicura's guide; the perfect guide (seed 004, a v1.33 GKE cluster);
 * MetalLB v0.14.9 and ingress-nginx v1.15.1.
 */
const ERAS: readonly [prefix: string, preset: 'k8sinfra' | 'lab' | 'minikube'][] = [
  ['sysnet4admin___Book_k8sInfra/', 'k8sinfra'],
  ['internal-k8s___Book_k8sInfra/', 'lab'],
  ['luksa__kubernetes-in-action/', 'k8sinfra'],
  ['luksa__kubernetes-in-action-2nd-edition/', 'lab'],
  ['alicek106__start-docker-kubernetes/', 'k8sinfra'],
  ['alicek106__start-docker-kubernetes-renewal/', 'lab'],
  ['subicura__k8s/', 'lab'],
  ['MasayaAoyama__kubernetes-perfect-guide/', 'lab'],
  ['metallb__metallb/manifests/', 'k8sinfra'],
  // The lab preset ships MetalLB installed; its install manifest is tried on a cluster without one.
  ['metallb__metallb/config/manifests/', 'minikube'],
  ['metallb__metallb/config', 'lab'],
  ['kubernetes__ingress-nginx/deploy/static/mandatory.yaml', 'k8sinfra'],
  ['kubernetes__ingress-nginx/deploy/static/provider/baremetal/service-nodeport.yaml', 'k8sinfra'],
  ['kubernetes__ingress-nginx/deploy/static/provider/baremetal/1.20/', 'k8sinfra'],
  ['kubernetes__ingress-nginx/deploy/static/provider/baremetal/deploy.yaml', 'lab'],
];

/** What the reader applied first (an install, a namespace, a sibling file), in order. */
const NAMESPACE_PRODUCTION = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: production\n';
const BEFORE: readonly [prefix: string, files: readonly string[]][] = [
  ['metallb__metallb/configsamples/', ['metallb__metallb/config/manifests/metallb-native.yaml']],
  [
    'subicura__k8s/src/.vuepress/public/code/guide/service/metallb-cm.yml',
    ['metallb__metallb/config/manifests/metallb-native.yaml'],
  ],
  ['metallb__metallb/manifests/metallb.yaml', ['metallb__metallb/manifests/namespace.yaml']],
  ['metallb__metallb/manifests/example-', ['metallb__metallb/manifests/namespace.yaml']],
  [
    'sysnet4admin___Book_k8sInfra/ch3/3.4.2/metallb-l2config.yaml',
    ['sysnet4admin___Book_k8sInfra/ch3/3.3.4/metallb.yaml'],
  ],
  [
    'kubernetes__ingress-nginx/deploy/static/provider/baremetal/service-nodeport.yaml',
    ['kubernetes__ingress-nginx/deploy/static/mandatory.yaml'],
  ],
  [
    'alicek106__start-docker-kubernetes/chapter8/ingress-nginx-svc-nodeport.yaml',
    ['kubernetes__ingress-nginx/deploy/static/mandatory.yaml'],
  ],
  [
    'alicek106__start-docker-kubernetes/chapter8/ingress-service-lb.yaml',
    ['kubernetes__ingress-nginx/deploy/static/mandatory.yaml'],
  ],
  // The book runs `kubectl create namespace production` first.
  [
    'alicek106__start-docker-kubernetes/chapter7/hostname-deploy-svc-ns.yaml',
    [NAMESPACE_PRODUCTION],
  ],
  [
    'MasayaAoyama__kubernetes-perfect-guide/samples/chapter06/sample-nodeport-fail2.yaml',
    ['MasayaAoyama__kubernetes-perfect-guide/samples/chapter06/sample-nodeport.yaml'],
  ],
];

/** The server's deprecation warnings (kubectl prints each once per command). */
const WARNINGS: Readonly<Record<string, string>> = {
  'networking.k8s.io/v1beta1 Ingress':
    'Warning: networking.k8s.io/v1beta1 Ingress is deprecated in v1.19+, unavailable in v1.22+; use networking.k8s.io/v1 Ingress',
  'extensions/v1beta1 Ingress':
    'Warning: extensions/v1beta1 Ingress is deprecated in v1.14+, unavailable in v1.22+; use networking.k8s.io/v1 Ingress',
  'apiregistration.k8s.io/v1beta1 APIService':
    'Warning: apiregistration.k8s.io/v1beta1 APIService is deprecated in v1.19+, unavailable in v1.22+; use apiregistration.k8s.io/v1 APIService',
  ...Object.fromEntries(
    ['ClusterRole', 'Role', 'RoleBinding', 'ClusterRoleBinding'].map((k) => [
      `rbac.authorization.k8s.io/v1beta1 ${k}`,
      `Warning: rbac.authorization.k8s.io/v1beta1 ${k} is deprecated in v1.17+, unavailable in v1.22+; use rbac.authorization.k8s.io/v1 ${k}`,
    ]),
  ),
};

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const PLACEHOLDER_HOST = '<여러분이 Nginx 컨트롤러에 접근하기 위한 도메인 이름을 입력합니다>';
const mappingV133 = (name: string, ns: string, file: string, kind: string, version: string) =>
  `error: resource mapping not found for name: "${name}" namespace: "${ns}" from "${file}": no matches for kind "${kind}" in version "${version}"\nensure CRDs are installed first\n`;
const unrecognizedV120 = (file: string, kind: string, version: string) =>
  `error: unable to recognize "${file}": no matches for kind "${kind}" in version "${version}"\n`;

interface Fail {
  readonly why: string;
  /** stdout of the objects that do apply before or after the failing one. */
  readonly stdout?: string;
  readonly stderr: string;
}

const KIA1 = 'luksa__kubernetes-in-action/';
const GUIDE = 'MasayaAoyama__kubernetes-perfect-guide/samples/';
const ALICE = 'alicek106__start-docker-kubernetes/chapter8/';

/** Files a real cluster of their era refuses, with kubectl's exact output. */
const FAILS: Readonly<Record<string, Fail>> = {
  [`${KIA1}Chapter04/kubia-replicaset.yaml`]: {
    why: 'apps/v1beta2 was removed in v1.16',
    stderr: unrecognizedV120('kubia-replicaset.yaml', 'ReplicaSet', 'apps/v1beta2'),
  },
  [`${KIA1}Chapter04/kubia-replicaset-matchexpressions.yaml`]: {
    why: 'apps/v1beta2 was removed in v1.16',
    stderr: unrecognizedV120(
      'kubia-replicaset-matchexpressions.yaml',
      'ReplicaSet',
      'apps/v1beta2',
    ),
  },
  [`${KIA1}Chapter05/kubia-svc-publish-not-ready.yaml`]: {
    why: 'misspelled field publishNotReadyEndpoints: kubectl 1.20 validates against the OpenAPI schema',
    stderr:
      'error: error validating "kubia-svc-publish-not-ready.yaml": error validating data: ValidationError(Service.spec): unknown field "publishNotReadyEndpoints" in io.k8s.api.core.v1.ServiceSpec; if you choose to ignore these errors, turn validation off with --validate=false\n',
  },
  [`${KIA1}Chapter09/kubia-deployment-and-service-v1.yaml`]: {
    why: 'apps/v1beta1 was removed in v1.16; the Service in the same file still applies',
    stdout: 'service/kubia created\n',
    stderr: unrecognizedV120('kubia-deployment-and-service-v1.yaml', 'Deployment', 'apps/v1beta1'),
  },
  [`${KIA1}Chapter09/kubia-deployment-v3-with-readinesscheck.yaml`]: {
    why: 'apps/v1beta1 was removed in v1.16',
    stderr: unrecognizedV120(
      'kubia-deployment-v3-with-readinesscheck.yaml',
      'Deployment',
      'apps/v1beta1',
    ),
  },
  [`${KIA1}Chapter15/deployment-apps-v1beta2.yaml`]: {
    why: 'apps/v1beta2 was removed in v1.16',
    stderr: unrecognizedV120('deployment-apps-v1beta2.yaml', 'Deployment', 'apps/v1beta2'),
  },
  [`${KIA1}Chapter15/deployment.yaml`]: {
    why: 'extensions/v1beta1 Deployment was removed in v1.16',
    stderr: unrecognizedV120('deployment.yaml', 'Deployment', 'extensions/v1beta1'),
  },
  [`${ALICE}ingress-rewrite-target.yaml`]: {
    why: 'placeholder host is not a DNS subdomain (the beta version is still served on v1.20, so it warns first)',
    stderr: `${WARNINGS['networking.k8s.io/v1beta1 Ingress']}\nThe Ingress "ingress-example" is invalid: spec.rules[0].host: Invalid value: "${PLACEHOLDER_HOST}": ${SUBDOMAIN_MSG}\n`,
  },
  [`${ALICE}ingress-rewrite-target-k8s-latest.yaml`]: {
    why: 'placeholder host is not a DNS subdomain',
    stderr: `The Ingress "ingress-example" is invalid: spec.rules[0].host: Invalid value: "${PLACEHOLDER_HOST}": ${SUBDOMAIN_MSG}\n`,
  },
  ['alicek106__start-docker-kubernetes-renewal/chapter8/ingress-rewrite-target-k8s-latest.yaml']: {
    why: 'placeholder host is not a DNS subdomain',
    stderr: `The Ingress "ingress-example" is invalid: spec.rules[0].host: Invalid value: "${PLACEHOLDER_HOST}": ${SUBDOMAIN_MSG}\n`,
  },
  ['luksa__kubernetes-in-action-2nd-edition/Chapter11/svc.quote-dualstack.yaml']: {
    why: 'RequireDualStack on a single-stack cluster (registry alloc.go)',
    stderr:
      'The Service "quote-dualstack" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services\n',
  },
  ['luksa__kubernetes-in-action-2nd-edition/Chapter12/ing.kiada.affinity-gke.yaml']: {
    why: 'BackendConfig is a CRD only GKE installs',
    stdout: 'ingress.networking.k8s.io/kiada created\nservice/kiada created\n',
    stderr: mappingV133(
      'kiada-backend-config',
      '',
      'ing.kiada.affinity-gke.yaml',
      'BackendConfig',
      'cloud.google.com/v1',
    ),
  },
  [`${GUIDE}chapter05/sample-rs-fail.yaml`]: {
    why: 'selector does not match the template labels (reference §1.14)',
    stderr:
      'The ReplicaSet "sample-rs-fail" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"sample-app-fail"}: `selector` does not match template `labels`\n',
  },
  [`${GUIDE}chapter06/sample-clusterip-vip.yaml`]: {
    why: "10.51.246.81 is in GKE's service range, not 10.96.0.0/12 (message per reference §1.5, see §11.1)",
    stderr:
      'The Service "sample-clusterip-vip" is invalid: spec.clusterIPs: Invalid value: []string{"10.51.246.81"}: failed to allocate IP 10.51.246.81: provided IP is not in the valid range. The range of valid IPs is 10.96.0.0/12\n',
  },
  ...Object.fromEntries(
    ['sample-ingress-by-aks', 'sample-ingress-by-gke', 'sample-ingress-by-nginx'].map((f) => {
      const name = f === 'sample-ingress-by-nginx' ? f : 'sample-ingress';
      return [
        `${GUIDE}chapter06/${f}.yaml`,
        {
          why: 'networking.k8s.io/v1beta1 Ingress was removed in v1.22 (reference §8.1)',
          stderr: mappingV133(name, '', `${f}.yaml`, 'Ingress', 'networking.k8s.io/v1beta1'),
        },
      ];
    }),
  ),
  [`${GUIDE}chapter06/sample-ingress.yaml`]: {
    why: 'extensions/v1beta1 Ingress was removed in v1.22',
    stderr: mappingV133(
      'sample-ingress',
      '',
      'sample-ingress.yaml',
      'Ingress',
      'extensions/v1beta1',
    ),
  },
  [`${GUIDE}chapter06/sample-nodeport-fail.yaml`]: {
    why: 'nodePort 8888 outside 30000-32767 (reference §1.4)',
    stderr:
      'The Service "sample-nodeport-fail" is invalid: spec.ports[0].nodePort: Invalid value: 8888: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
  },
  [`${GUIDE}chapter06/sample-nodeport-fail2.yaml`]: {
    why: 'nodePort 30080 already taken by sample-nodeport (reference §1.4)',
    stderr:
      'The Service "sample-nodeport-fail2" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n',
  },
  [`${GUIDE}chapter06/sample-service-topology.yaml`]: {
    why: 'topologyKeys was removed in v1.22; kubectl >= 1.25 asks the server for strict decoding',
    stderr:
      'Error from server (BadRequest): error when creating "sample-service-topology.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.topologyKeys"\n',
  },
  [`${GUIDE}chapter09/sample-hpa.yaml`]: {
    why: 'autoscaling/v2beta1 was removed in v1.25',
    stderr: mappingV133(
      'sample-hpa',
      'default',
      'sample-hpa.yaml',
      'HorizontalPodAutoscaler',
      'autoscaling/v2beta1',
    ),
  },
  [`${GUIDE}chapter09/sample-hpa-behavior.yaml`]: {
    why: 'autoscaling/v2beta2 was removed in v1.26',
    stderr: mappingV133(
      'sample-hpa-behavior',
      '',
      'sample-hpa-behavior.yaml',
      'HorizontalPodAutoscaler',
      'autoscaling/v2beta2',
    ),
  },
};

/**
 * Files whose real outcome we could not establish, so the test does not assert one:
 * `loadBalancerIP: xxx.xxx.xxx.xxx` (whether a v1.33 server rejects a non-IP loadBalancerIP, and
 * with which text, was not confirmed).
 */
const UNVERIFIED: readonly string[] = [`${GUIDE}chapter06/sample-lb-fixip.yaml`];

function manifests(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return manifests(p);
      return /\.(ya?ml|json)$/.test(f) ? [p] : [];
    });
}

/** kubectl's result line per document (§9.7): `<kind>[.<group>]/<name> created`. */
function createdLines(text: string): string {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as { apiVersion?: string; kind?: string; metadata?: { name?: string } })
    .filter((o) => o && typeof o === 'object' && o.kind)
    .map((o) => {
      const api = o.apiVersion ?? '';
      const group = api.includes('/') ? `.${api.slice(0, api.indexOf('/'))}` : '';
      return `${o.kind!.toLowerCase()}${group}/${o.metadata?.name ?? ''} created\n`;
    })
    .join('');
}

function expectedWarnings(text: string): string {
  const seen = new Set<string>();
  for (const d of parseAllDocuments(text)) {
    const o = d.toJS() as { apiVersion?: string; kind?: string } | null;
    const w = o ? WARNINGS[`${o.apiVersion} ${o.kind}`] : undefined;
    if (w) seen.add(w);
  }
  return [...seen].map((w) => w + '\n').join('');
}

const present = existsSync(CORPUS);
if (!present) console.warn(`skipped: the corpus is not at ${CORPUS} (shared/corpus absent)`);

describe.skipIf(!present)('The corpus applied on the preset of its era', () => {
  const files = present ? manifests(CORPUS).map((f) => relative(CORPUS, f)) : [];

  it('finds every file of PROVENANCE.md, and every table row names a real file', () => {
    expect(files.length).toBe(244);
    for (const f of [...Object.keys(FAILS), ...UNVERIFIED]) expect(files).toContain(f);
  });

  for (const file of files) {
    if (UNVERIFIED.includes(file)) continue;
    const preset = ERAS.find(([prefix]) => file.startsWith(prefix))?.[1];
    const fail = FAILS[file];
    const title = fail
      ? `${file} fails on ${preset}: ${fail.why}`
      : `${file} applies cleanly on ${preset}`;
    it(title, () => {
      expect(preset).toBeDefined();
      const dir = dirname(join(CORPUS, file));
      const session = createSession({
        preset: preset!,
        readFile: (p) => readFileSync(join(dir, p), 'utf8'),
      });
      for (const before of BEFORE.find(([prefix]) => file.startsWith(prefix))?.[1] ?? []) {
        const text = before.includes('\n') ? before : readFileSync(join(CORPUS, before), 'utf8');
        expect(session.apply(text).exitCode).toBe(0);
      }
      const base = file.slice(file.lastIndexOf('/') + 1);
      const r = session.run(`kubectl apply -f ${base}`);
      if (fail) {
        expect(r.stderr).toBe(fail.stderr);
        expect(r.stdout).toBe(fail.stdout ?? '');
        expect(r.exitCode).toBe(1);
      } else {
        const text = readFileSync(join(CORPUS, file), 'utf8');
        expect(r.stderr).toBe(expectedWarnings(text));
        expect(r.stdout).toBe(createdLines(text));
        expect(r.exitCode).toBe(0);
      }
    });
  }
});

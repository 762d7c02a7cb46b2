import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';

// Expected layouts come from the programs' sources: busybox networking/nslookup.c (the libc
// applet's printf("%-10s %s\n") and "Address %u: %s %s"; the 1.29+ applet's "Server:\t\t%s",
// "Address:\t%s:53", "** server can't find %s: %s"), and BIND's dig master-file columns.

const NP_SVC =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: np-svc\nspec:\n  type: NodePort\n  clusterIP: 10.100.10.10\n  selector:\n    app: np\n  ports:\n  - name: http\n    port: 80\n';

function session(preset = 'lab') {
  const s = createSession({ preset, seed: 7 });
  s.apply(NP_SVC);
  s.run('kubectl run bb --image=busybox:1.28 -- sleep 3600');
  s.run('kubectl run bbn --image=busybox:1.36 -- sleep 3600');
  s.run('kubectl run tools --image=nicolaka/netshoot -- sleep 3600');
  s.run('kubectl run web --image=nginx');
  s.run('lab wait 30');
  return s;
}

const OLD_HEADER =
  'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n';

describe('busybox 1.28 nslookup (libc resolver, search list and ndots:5)', () => {
  it('finds a short name through the namespace search domain', () => {
    const r = session().run('kubectl exec bb -- nslookup np-svc');
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    expect(r.stdout).toBe(
      `${OLD_HEADER}Name:      np-svc\nAddress 1: 10.100.10.10 np-svc.default.svc.cluster.local\n`,
    );
  });

  it('finds <svc>.<ns> through svc.cluster.local, and the FQDN as it is', () => {
    const s = session();
    expect(s.run('kubectl exec bb -- nslookup np-svc.default').stdout).toBe(
      `${OLD_HEADER}Name:      np-svc.default\nAddress 1: 10.100.10.10 np-svc.default.svc.cluster.local\n`,
    );
    expect(s.run('kubectl exec bb -- nslookup np-svc.default.svc.cluster.local').stdout).toContain(
      'Name:      np-svc.default.svc.cluster.local\nAddress 1: 10.100.10.10 np-svc.default.svc.cluster.local\n',
    );
  });

  it("reports a name nobody knows as busybox's error, and kubectl the exit code", () => {
    const r = session().run('kubectl exec bb -- nslookup nope');
    expect(r.stdout).toBe(OLD_HEADER);
    expect(r.stderr).toBe("nslookup: can't resolve 'nope'\ncommand terminated with exit code 1\n");
    expect(r.exitCode).toBe(1);
  });

  it('works the same on the v1.20 preset', () => {
    const r = session('k8sinfra').run('kubectl exec bb -- nslookup kubernetes.default');
    expect(r.stdout).toBe(
      `${OLD_HEADER}Name:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n`,
    );
  });
});

describe('busybox 1.29+ nslookup (its own resolver)', () => {
  it('asks A and AAAA under every search domain and prints each reply', () => {
    const r = session().run('kubectl exec bbn -- nslookup np-svc');
    expect(r.stdout).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n' +
        'Name:\tnp-svc.default.svc.cluster.local\nAddress: 10.100.10.10\n\n' +
        "** server can't find np-svc.svc.cluster.local: NXDOMAIN\n\n" +
        "** server can't find np-svc.cluster.local: NXDOMAIN\n\n" +
        // AAAA: NODATA for the Service (an empty line), NXDOMAIN for the others
        '\n' +
        "** server can't find np-svc.svc.cluster.local: NXDOMAIN\n\n" +
        "** server can't find np-svc.cluster.local: NXDOMAIN\n\n",
    );
    expect(r.exitCode).toBe(1);
  });

  it('does not apply the search list to a name with a dot', () => {
    const r = session().run('kubectl exec bbn -- nslookup np-svc.default');
    expect(r.stdout).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n' +
        "** server can't find np-svc.default: NXDOMAIN\n\n".repeat(2),
    );
  });

  it('answers an SRV query for a named port', () => {
    const r = session().run(
      'kubectl exec bbn -- nslookup -type=srv _http._tcp.np-svc.default.svc.cluster.local',
    );
    expect(r.stdout).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n_http._tcp.np-svc.default.svc.cluster.local\tservice = 0 100 80 np-svc.default.svc.cluster.local\n\n',
    );
  });
});

describe('dig (BIND 9.18)', () => {
  it('prints the reply with the CoreDNS TTL, the aa flag and the real message size', () => {
    const out = session().run('kubectl exec tools -- dig np-svc.default.svc.cluster.local').stdout;
    expect(out).toMatch(/^\n; <<>> DiG 9\.18\.\d+ <<>> np-svc\.default\.svc\.cluster\.local\n/);
    expect(out).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n');
    expect(out).toContain(';np-svc.default.svc.cluster.local. IN\tA\n');
    expect(out).toContain(
      ';; ANSWER SECTION:\nnp-svc.default.svc.cluster.local. 30 IN\tA\t10.100.10.10\n',
    );
    expect(out).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n');
    // 12 header + 38 question + 48 answer + 23 OPT (with the echoed 8-byte cookie)
    expect(out).toContain(';; MSG SIZE  rcvd: 121\n');
  });

  it('+short prints only the data; SRV lists the ClusterIP target with weight 100', () => {
    const s = session();
    expect(s.run('kubectl exec tools -- dig +short np-svc.default.svc.cluster.local').stdout).toBe(
      '10.100.10.10\n',
    );
    expect(
      s.run('kubectl exec tools -- dig +short SRV _http._tcp.np-svc.default.svc.cluster.local')
        .stdout,
    ).toBe('0 100 80 np-svc.default.svc.cluster.local.\n');
  });

  it('does not use the search list: a short name goes out as it is', () => {
    const out = session().run('kubectl exec tools -- dig np-svc').stdout;
    expect(out).toContain('status: NXDOMAIN');
    expect(out).toContain(';np-svc.\t\t\tIN\tA\n');
  });

  it('NXDOMAIN inside the zone carries the CoreDNS SOA', () => {
    const out = session().run('kubectl exec tools -- dig nope.default.svc.cluster.local').stdout;
    expect(out).toMatch(
      /;; AUTHORITY SECTION:\ncluster\.local\.\t\t30\tIN\tSOA\tns\.dns\.cluster\.local\. hostmaster\.cluster\.local\. \d+ 7200 1800 86400 30\n/,
    );
  });

  it('answers a pod A record and a ClusterIP PTR', () => {
    const s = session();
    expect(
      s.run('kubectl exec tools -- dig +short 10-244-1-9.default.pod.cluster.local').stdout,
    ).toBe('10.244.1.9\n');
    expect(s.run('kubectl exec tools -- dig +short -x 10.100.10.10').stdout).toBe(
      'np-svc.default.svc.cluster.local.\n',
    );
  });
});

describe('records of §5.1', () => {
  it('a headless Service answers one A per ready pod, and SRV weight ⌊100/3⌋', () => {
    const s = session();
    s.apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: hl\nspec:\n  clusterIP: None\n  selector:\n    app: hl\n  ports:\n  - name: web\n    port: 80\n',
    );
    s.run('kubectl create deployment hl --image=nginx --replicas=3');
    s.run('kubectl label deployment hl app=hl --overwrite');
    s.apply(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hl\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: hl\n  template:\n    metadata:\n      labels:\n        app: hl\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n',
    );
    s.run('lab wait 60');
    const ips = s
      .run('kubectl get pods -l app=hl -o wide')
      .stdout.trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s+/)[5]!);
    expect(ips).toHaveLength(3);
    const a = s.run('kubectl exec tools -- dig +short hl.default.svc.cluster.local').stdout;
    expect(a.trim().split('\n').sort()).toEqual([...ips].sort());
    const srv = s
      .run('kubectl exec tools -- dig +short SRV _web._tcp.hl.default.svc.cluster.local')
      .stdout.trim()
      .split('\n')
      .sort();
    expect(srv).toEqual(
      ips.map((ip) => `0 33 80 ${ip.replace(/\./g, '-')}.hl.default.svc.cluster.local.`).sort(),
    );
  });

  it('an ExternalName Service is a CNAME (the lab cannot reach the outside name)', () => {
    const s = session();
    s.apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: ext\nspec:\n  type: ExternalName\n  externalName: my.database.com\n',
    );
    expect(s.run('kubectl exec tools -- dig +short ext.default.svc.cluster.local').stdout).toBe(
      'my.database.com.\n',
    );
    expect(s.run('kubectl exec bbn -- nslookup ext.default.svc.cluster.local').stdout).toContain(
      'ext.default.svc.cluster.local\tcanonical name = my.database.com\n',
    );
  });
});

describe('with CoreDNS scaled to 0', () => {
  function noDns(preset = 'lab') {
    const s = session(preset);
    s.run('kubectl scale deployment coredns -n kube-system --replicas=0');
    s.run('lab wait 60');
    return s;
  }

  it('the tools time out as each prints it', () => {
    const s = noDns();
    expect(s.run('kubectl exec bbn -- nslookup np-svc')).toMatchObject({
      stdout: ';; connection timed out; no servers could be reached\n\n',
      exitCode: 1,
    });
    expect(s.run('kubectl exec tools -- dig +short np-svc.default.svc.cluster.local').stdout).toBe(
      ';; communications error to 10.96.0.10#53: timed out\n'.repeat(3) +
        ';; no servers could be reached\n',
    );
    const old = s.run('kubectl exec bb -- nslookup np-svc');
    expect(old.stdout).toBe('Server:    10.96.0.10\nAddress 1: 10.96.0.10\n\n');
    expect(old.stderr).toContain("nslookup: can't resolve 'np-svc'\n");
  });
});

describe('images without the tool', () => {
  it('nginx has no nslookup: containerd reports the exec failure', () => {
    const r = session().run('kubectl exec web -- nslookup np-svc');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "nslookup": executable file not found in \$PATH: unknown\n$/,
    );
  });

  it('busybox has no dig', () => {
    expect(session().run('kubectl exec bbn -- dig np-svc').stderr).toContain(
      'exec: "dig": executable file not found in $PATH',
    );
  });
});

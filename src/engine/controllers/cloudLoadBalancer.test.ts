import { describe, expect, it } from 'vitest';
import type { Service } from '../api/objects.ts';
import { createSession } from '../session.ts';

const externalIP = (out: string, name: string) =>
  new RegExp(`^${name}\\s+LoadBalancer\\s+\\S+\\s+(\\S+)`, 'm').exec(out)?.[1];

const svcYaml = (name: string, extra = '', annotations = '') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
${annotations ? `  annotations:\n${annotations}` : ''}spec:
  type: LoadBalancer
${extra}  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
`;

describe('gke: a passthrough network load balancer', () => {
  it('stays <pending> a while, then shows an address of 203.0.113.0/24 with the service-controller events', () => {
    const s = createSession({ preset: 'gke' });
    s.apply(svcYaml('web'));
    expect(externalIP(s.run('kubectl get svc web').stdout, 'web')).toBe('<pending>');
    expect(s.run('kubectl describe svc web').stdout).toMatch(
      /Normal {2}EnsuringLoadBalancer {2}\d+s +service-controller {2}Ensuring load balancer\n$/,
    );
    s.run('lab wait 60');
    const ip = externalIP(s.run('kubectl get svc web').stdout, 'web');
    expect(ip).toMatch(/^203\.0\.113\.\d+$/);
    const out = s.run('kubectl describe svc web').stdout;
    expect(out).toContain(`LoadBalancer Ingress:     ${ip} (VIP)\n`);
    expect(out).toMatch(
      /Normal {2}EnsuringLoadBalancer {2}\d+s +service-controller {2}Ensuring load balancer\n {2}Normal {2}EnsuredLoadBalancer {3}\d+s +service-controller {2}Ensured load balancer\n$/,
    );
    const svc = s.cluster().objects.get('Service/default/web') as Service;
    expect(svc.status.loadBalancer).toEqual({ ingress: [{ ip, ipMode: 'VIP' }] });
  });

  it('honours loadBalancerIP from its range and refuses one outside it', () => {
    const s = createSession({ preset: 'gke' });
    s.apply(svcYaml('fixed', '  loadBalancerIP: 203.0.113.50\n'));
    s.apply(svcYaml('wrong', '  loadBalancerIP: 10.0.0.5\n'));
    s.run('lab wait 60');
    const out = s.run('kubectl get svc').stdout;
    expect(externalIP(out, 'fixed')).toBe('203.0.113.50');
    expect(externalIP(out, 'wrong')).toBe('<pending>');
    expect(s.run('kubectl describe svc wrong').stdout).toContain('SyncLoadBalancerFailed');
  });
});

describe('aws: classic ELB and NLB', () => {
  it('names a classic ELB by hostname: "a" + the UID without dashes (32 chars), a number, the region', () => {
    const s = createSession({ preset: 'aws' });
    s.apply(svcYaml('web'));
    s.run('lab wait 20');
    const svc = s.cluster().objects.get('Service/default/web') as Service;
    const name = `a${svc.metadata.uid.replace(/-/g, '')}`.slice(0, 32);
    const host = (svc.status.loadBalancer.ingress as { hostname: string }[])[0]!.hostname;
    expect(host).toMatch(new RegExp(`^${name}-\\d{10}\\.ap-northeast-2\\.elb\\.amazonaws\\.com$`));
    expect(svc.status.loadBalancer).toEqual({ ingress: [{ hostname: host }] });
    expect(s.run('kubectl describe svc web').stdout).toContain(
      `LoadBalancer Ingress:     ${host}\n`,
    );
  });

  it('gives an NLB name-<16 hex>.elb.<region>.amazonaws.com with the nlb annotation', () => {
    const s = createSession({ preset: 'aws' });
    s.apply(svcYaml('web', '', '    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n'));
    s.run('lab wait 20');
    const svc = s.cluster().objects.get('Service/default/web') as Service;
    const host = (svc.status.loadBalancer.ingress as { hostname: string }[])[0]!.hostname;
    expect(host).toMatch(/^a[0-9a-f]{31}-[0-9a-f]{16}\.elb\.ap-northeast-2\.amazonaws\.com$/);
  });
});

describe('presets without an implementation', () => {
  it('leave EXTERNAL-IP <pending> on k8sinfra and minikube', () => {
    for (const preset of ['k8sinfra', 'minikube']) {
      const s = createSession({ preset });
      s.apply(svcYaml('web'));
      s.run('lab wait 300');
      expect(externalIP(s.run('kubectl get svc web').stdout, 'web')).toBe('<pending>');
    }
  });
});

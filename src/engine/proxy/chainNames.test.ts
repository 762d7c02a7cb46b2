import { describe, expect, it } from 'vitest';
import { endpointChain, externalChain, serviceChain } from './chainNames.ts';
import { kernelProbability } from './rule.ts';

describe('kube-proxy chain names (reference §3.3)', () => {
  it('match the verified anchors of real clusters', () => {
    expect(serviceChain('default/kubernetes:https', 'TCP')).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
    expect(serviceChain('kube-system/kube-dns:dns', 'UDP')).toBe('KUBE-SVC-TCOU7JCQXEZGVUNU');
    expect(serviceChain('kube-system/kube-dns:dns-tcp', 'TCP')).toBe('KUBE-SVC-ERIFXISQEP7F7OF4');
    expect(serviceChain('kube-system/kube-dns:metrics', 'TCP')).toBe('KUBE-SVC-JD5MR3NA4I4DYORP');
  });

  it('share one hash between the SVC and EXT chains of a service port', () => {
    expect(serviceChain('default/np-svc:http', 'tcp')).toBe('KUBE-SVC-DUCBKF5X6SF6MMTH');
    expect(externalChain('default/np-svc:http', 'tcp')).toBe('KUBE-EXT-DUCBKF5X6SF6MMTH');
  });

  it('name endpoint chains from the service port and the endpoint address', () => {
    expect(endpointChain('default/np-svc:http', 'tcp', '172.16.132.4:80')).toBe(
      'KUBE-SEP-6MEMA5DQXWUN2RV4',
    );
    expect(endpointChain('default/np-svc:http', 'tcp', '172.16.103.130:80')).toBe(
      'KUBE-SEP-Y6SKA3NXPXFLBXLQ',
    );
    expect(endpointChain('default/kubernetes:https', 'tcp', '192.168.1.10:6443')).toBe(
      'KUBE-SEP-FIMWYXOJBPP32KI5',
    );
  });

  it('stay within the 28 characters iptables allows', () => {
    const long = `${'n'.repeat(63)}/${'s'.repeat(63)}:${'p'.repeat(15)}`;
    expect(serviceChain(long, 'tcp').length).toBeLessThanOrEqual(28);
  });
});

describe('statistic probabilities as iptables-save prints them (reference §3.5)', () => {
  it.each([
    [2, '0.50000000000'],
    [3, '0.33333333349'],
    [4, '0.25000000000'],
    [5, '0.20000000019'],
    [6, '0.16666666651'],
    [7, '0.14285714272'],
    [8, '0.12500000000'],
    [9, '0.11111111101'],
    [10, '0.10000000009'],
  ])('1/%i prints as %s', (n, printed) => {
    expect(kernelProbability(n).toFixed(11)).toBe(printed);
  });
});

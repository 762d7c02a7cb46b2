import { describe, expect, it } from 'vitest';
import { tabwrite } from './tabwriter.ts';

describe("Go's tabwriter as kubectl describe drives it", () => {
  it('aligns the reference §9.6 service description, the port name column on its own', () => {
    const text = [
      'Name:\tnp-svc',
      'Selector:\tapp=np-pods',
      'Port:\thttp\t80/TCP',
      'TargetPort:\t80/TCP',
      'NodePort:\thttp\t30000/TCP',
      'External Traffic Policy:\tCluster',
      'Events:\t<none>',
      '',
    ].join('\n');
    expect(tabwrite(text)).toBe(
      [
        'Name:                     np-svc',
        'Selector:                 app=np-pods',
        'Port:                     http  80/TCP',
        'TargetPort:               80/TCP',
        'NodePort:                 http  30000/TCP',
        'External Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('starts a new block after a line without a tab', () => {
    expect(tabwrite('Replicas:\t1\nPod Template:\n  Labels:\tapp=x\n')).toBe(
      'Replicas:  1\nPod Template:\n  Labels:  app=x\n',
    );
  });

  it('pads an empty cell before the last tab, leaving trailing spaces', () => {
    expect(tabwrite('Port:\t<unset>\t80/TCP\nEndpoints:\t\n')).toBe(
      'Port:       <unset>  80/TCP\nEndpoints:  \n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { EndpointSlice, Pod } from '../api/objects.ts';
import { createSession } from '../session.ts';

const WEB = `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
  - port: 80
    name: web
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
`;

const names = (s: ReturnType<typeof createSession>) =>
  listObjects<Pod>(s.cluster(), 'Pod', 'default')
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => p.metadata.name);

describe('a StatefulSet', () => {
  it('creates web-0, then web-1 once web-0 is ready, then web-2', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(WEB);
    expect(names(s)).toEqual(['web-0']);
    s.advance(30);
    expect(names(s)).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('gives each pod its name as hostname and the Service as subdomain, which the EndpointSlice lists', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(WEB);
    s.advance(30);
    const slice = listObjects<EndpointSlice>(s.cluster(), 'EndpointSlice', 'default').find((x) =>
      x.metadata.name.startsWith('nginx-'),
    )!;
    expect((slice.endpoints ?? []).map((e) => e.hostname).sort()).toEqual([
      'web-0',
      'web-1',
      'web-2',
    ]);
  });

  it('scales down from the highest ordinal', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(WEB);
    s.advance(30);
    s.run('kubectl scale sts web --replicas=2');
    s.advance(5);
    expect(names(s)).toEqual(['web-0', 'web-1']);
  });
});

import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';

const PI = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`;

describe('a Job', () => {
  it('runs its pod to completion: the pod is Completed and the Job 1/1', () => {
    const s = createSession({ preset: 'k8sinfra' });
    expect(s.apply(PI).stdout).toBe('job.batch/pi created\n');
    s.advance(10);
    const pod = s.run('kubectl get pods').stdout.split('\n')[1]!;
    expect(pod).toMatch(
      /^pi-[bcdfghjklmnpqrstvwxz2456789]{5}   0\/1     Completed   0          \d+s$/,
    );
    expect(s.run('kubectl get jobs').stdout.split('\n')).toEqual([
      'NAME   COMPLETIONS   DURATION   AGE',
      expect.stringMatching(/^pi     1\/1           \d+s +\d+s$/),
      '',
    ]);
  });

  it('labels its pods with its uid and name, and batch.kubernetes.io/ ones from v1.27', () => {
    const labels = (preset: string) => {
      const s = createSession({ preset });
      s.apply(PI);
      return s.run('kubectl get pods --show-labels').stdout.split('\n')[1]!.split(/\s+/).at(-1)!;
    };
    expect(labels('k8sinfra')).toMatch(/^controller-uid=[0-9a-f-]{36},job-name=pi$/);
    expect(labels('lab')).toMatch(
      /^batch\.kubernetes\.io\/controller-uid=[0-9a-f-]{36},batch\.kubernetes\.io\/job-name=pi,controller-uid=[0-9a-f-]{36},job-name=pi$/,
    );
  });

  it('shows STATUS Complete on a v1.33 kubectl', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(PI);
    s.advance(10);
    expect(s.run('kubectl get jobs').stdout.split('\n')[1]).toMatch(/^pi     Complete   1\/1 /);
  });
});

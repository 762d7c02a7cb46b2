import { describe, expect, it } from 'vitest';
import { NP_PODS_DEPLOYMENT, NP_SVC } from '../../presets/examples.ts';
import { createSession } from '../../session.ts';

const files: Record<string, string> = {
  'nodeport.yaml': NP_SVC,
  'both.yaml': `${NP_PODS_DEPLOYMENT}---\n${NP_SVC}`,
};
const session = () => {
  const s = createSession({
    preset: 'k8sinfra',
    readFile: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
  });
  s.run('kubectl apply -f both.yaml');
  return s;
};

describe('kubectl delete', () => {
  it('deletes what a file names, one line per object', () => {
    const s = session();
    expect(s.run('kubectl delete -f both.yaml')).toMatchObject({
      stdout: 'deployment.apps "np-pods" deleted\nservice "np-svc" deleted\n',
      exitCode: 0,
    });
    expect(s.run('kubectl delete -f nodeport.yaml').stderr).toBe(
      'Error from server (NotFound): error when deleting "nodeport.yaml": services "np-svc" not found\n',
    );
  });

  it('deletes every object of a type with --all, and says when there is none', () => {
    const s = session();
    expect(s.run('kubectl delete deployments --all').stdout).toBe(
      'deployment.apps "np-pods" deleted\n',
    );
    expect(s.run('kubectl delete deployments --all').stdout).toBe('No resources found\n');
  });

  it('deletes by label selector', () => {
    const s = session();
    s.run('kubectl create service clusterip other --tcp=80');
    expect(s.run('kubectl delete svc -l app=other').stdout).toBe('service "other" deleted\n');
    expect(s.run('kubectl get svc other').stderr).toBe(
      'Error from server (NotFound): services "other" not found\n',
    );
  });

  it('asks for resources when given none, as kubectl does', () => {
    expect(session().run('kubectl delete').stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
  });
});

describe('kubectl label argument errors', () => {
  it('needs at least one change, and names before changes', () => {
    const s = session();
    expect(s.run('kubectl label pods x').stderr).toBe(
      'error: at least one label update is required\n',
    );
    expect(s.run('kubectl annotate pods x').stderr).toBe(
      'error: at least one annotation update is required\n',
    );
    expect(s.run('kubectl label pods x a=b c').stderr).toBe(
      'error: all resources must be specified before label changes: c\n',
    );
  });
});

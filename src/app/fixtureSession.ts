// A stand-in session that answers with the recorded values in src/viz/__fixtures__: the topology
// and the animation can be seen (`#/playground?fixture=1`) without the engine. It knows nothing
// of Kubernetes; its apply only echoes the kinds and names it finds.
import type { ApplyOutcome, ClusterView, CommandResult, Trace } from '../engine/index.ts';
import type { LabSession } from './store/labSession.ts';
import traceJson from '../viz/__fixtures__/nodeport-trace.json';
import viewJson from '../viz/__fixtures__/nodeport-view.json';

// JSON imports type string literals as `string`; src/viz/fixtures.test.ts checks the shapes.
const view = viewJson as unknown as ClusterView;
const trace = traceJson as unknown as Trace;

function appliedObjects(text: string): string[] {
  return text.split(/^---\s*$/m).flatMap((doc) => {
    const kind = /^kind:\s*(\S+)/m.exec(doc)?.[1];
    const name = /^\s+name:\s*(\S+)/m.exec(doc)?.[1];
    if (kind === undefined || name === undefined) return [];
    const group = kind === 'Deployment' ? '.apps' : '';
    return [`${kind.toLowerCase()}${group}/${name}`];
  });
}

export function createFixtureSession(): LabSession {
  const applied = new Set<string>();
  const run = (line: string): CommandResult => {
    if (line.startsWith('lab trace ')) {
      return { command: line, exitCode: 0, stdout: `${trace.response ?? ''}\n`, stderr: '', trace };
    }
    return { command: line, exitCode: 127, stdout: '', stderr: 'fixture session: no shell\n' };
  };
  return {
    run: async (line) => run(line),
    async apply(text): Promise<ApplyOutcome> {
      const lines = appliedObjects(text).map((id) => {
        const verb = applied.has(id) ? 'unchanged' : 'created';
        applied.add(id);
        return `${id} ${verb}`;
      });
      const stdout = lines.map((l) => `${l}\n`).join('');
      return { command: 'kubectl apply -f -', exitCode: 0, stdout, stderr: '', errors: [] };
    },
    view: async (): Promise<ClusterView> => view,
  };
}

// Developer tools behind the k8s-lab command: `lesson verify` (lessons arrive with the lessons issue)
// and `bench`.
import { readdirSync, existsSync } from 'node:fs';

export async function runTool(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'lesson' && argv[1] === 'verify') {
    const lessons = existsSync('lessons')
      ? readdirSync('lessons', { withFileTypes: true }).filter((d) => d.isDirectory())
      : [];
    process.stdout.write(`lesson verify: ${lessons.length} lessons found; nothing to verify yet\n`);
    return 0;
  }
  if (argv[0] === 'bench') {
    const { runBench } = await import('./bench.ts');
    return runBench();
  }
  process.stderr.write('usage: k8s-lab lesson verify [ID] | k8s-lab bench\n');
  return 2;
}

// Developer tools behind the k8s-lab command: `bench` (lessons have their own module, lesson.ts).

export async function runTool(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'bench') {
    const { runBench } = await import('./bench.ts');
    return runBench();
  }
  process.stderr.write('usage: k8s-lab bench\n');
  return 2;
}

// The k8s-lab command (spec/cli.md): runs a lab-shell script against a fresh simulated cluster and
// prints what a terminal would show, or one JSON object per command.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  createSession,
  DUMP_COMMAND,
  parseClusterDump,
  presetNames,
  type CommandResult,
} from '../engine/index.ts';

const USAGE = `usage: k8s-lab [--preset NAME | --import DUMP] [--seed N] [--json] [SCRIPT_FILE]
       k8s-lab lesson list | k8s-lab lesson verify [ID]

Runs a lab-shell script (kubectl, curl, lab trace, lab load, ssh NODE iptables-save) against a
simulated cluster. Presets: ${presetNames.join(', ')}.
--import DUMP builds the cluster from a real one's state instead: the output of
  ${DUMP_COMMAND} > DUMP
`;

interface Options {
  preset: string;
  seed: number;
  json: boolean;
  file: string | null;
  /** A real cluster's dump to build the cluster from, instead of the preset. */
  dump: string | null;
}

function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = { preset: 'lab', seed: 1, json: false, file: null, dump: null };
  let presetGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--preset') {
      o.preset = value() ?? '';
      presetGiven = true;
    } else if (flag === '--import') {
      const path = value();
      if (!path) return 'k8s-lab: --import takes the file of a cluster dump';
      o.dump = path;
    } else if (flag === '--seed') {
      const n = Number(value());
      if (!Number.isInteger(n)) return 'k8s-lab: --seed takes an integer';
      o.seed = n;
    } else if (flag === '--json') o.json = true;
    else if (flag === '--help' || flag === '-h') return USAGE;
    else if (flag.startsWith('-') && flag !== '-')
      return `k8s-lab: unknown option ${flag}\n${USAGE}`;
    else if (o.file === null) o.file = flag;
    else return `k8s-lab: one script at a time\n${USAGE}`;
  }
  if (o.dump !== null && presetGiven)
    return 'k8s-lab: --import builds the cluster from the dump; it takes no --preset';
  if (!presetNames.includes(o.preset))
    return `k8s-lab: unknown preset "${o.preset}"; choose one of: ${presetNames.join(', ')}`;
  return o;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function printText(r: CommandResult): string {
  return `$ ${r.command}\n${r.stdout}${r.stderr}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'lesson') {
    const { lessonCommand } = await import('./lesson.ts');
    return lessonCommand(argv.slice(1));
  }
  if (argv[0] === 'bench') {
    const { runTool } = await import('./tools.ts');
    return runTool(argv);
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    const isHelp = parsed === USAGE;
    (isHelp ? process.stdout : process.stderr).write(
      parsed.endsWith('\n') ? parsed : `${parsed}\n`,
    );
    return isHelp ? 0 : 2;
  }
  let script: string;
  try {
    script = parsed.file && parsed.file !== '-' ? readFileSync(parsed.file, 'utf8') : readStdin();
  } catch (err) {
    process.stderr.write(
      `k8s-lab: cannot read ${parsed.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`,
    );
    return 2;
  }
  const base = parsed.file && parsed.file !== '-' ? dirname(resolve(parsed.file)) : process.cwd();
  let clusterDump: string | undefined;
  if (parsed.dump !== null) {
    try {
      clusterDump = readFileSync(parsed.dump, 'utf8');
    } catch (err) {
      process.stderr.write(
        `k8s-lab: cannot read ${parsed.dump}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`,
      );
      return 2;
    }
    const checked = parseClusterDump(clusterDump);
    if (!checked.ok) {
      process.stderr.write(`k8s-lab: ${parsed.dump}: ${checked.message}\n`);
      return 2;
    }
    // What the lab inferred goes to stderr, so the script's output stays a terminal's.
    if (!parsed.json) process.stderr.write(checked.value.notes.map((n) => `# ${n}\n`).join(''));
  }
  const session = createSession({
    preset: parsed.preset,
    seed: parsed.seed,
    ...(clusterDump !== undefined ? { clusterDump } : {}),
    readFile: (path) => readFileSync(resolve(base, path), 'utf8'),
  });
  for (const result of session.runScript(script)) {
    // `traces` (each request of a `lab load`) is for the browser's packets, and each hop's `msg`
    // (its note as a translatable message) for the browser's languages: not the printed line.
    const printed = {
      ...result,
      trace: result.trace && {
        ...result.trace,
        hops: result.trace.hops.map(({ msg: _msg, ...hop }) => hop),
      },
      traces: undefined,
    };
    process.stdout.write(parsed.json ? `${JSON.stringify(printed)}\n` : printText(result));
  }
  return 0;
}

// What several kubectl subcommands share: namespace flags, TYPE NAME / TYPE/NAME arguments, -f input.
import type { KubeObject } from '../../api/objects.ts';
import { fail, type Output, type ShellState } from '../context.ts';
import { findResource } from '../resources.ts';

export const NS_FLAGS = {
  '-n': { name: 'namespace', value: true },
  '--namespace': { name: 'namespace', value: true },
};

export function readManifest(
  state: ShellState,
  path: string,
  stdin: string | undefined,
): { text: string; source: string } | Output {
  if (path === '-') return { text: stdin ?? '', source: 'STDIN' };
  if (!state.readFile) return fail(`error: the path "${path}" does not exist`);
  try {
    return { text: state.readFile(path), source: path };
  } catch {
    return fail(`error: the path "${path}" does not exist`);
  }
}

export /** "deployment np-pods", "deployment/np-pods", "deploy np-pods" -> kind and name. */
function target(words: readonly string[]): {
  resource: ReturnType<typeof findResource>;
  name: string | undefined;
  raw: string;
} {
  const first = words[0] ?? '';
  if (first.includes('/')) {
    const [type, name] = first.split('/') as [string, string];
    return { resource: findResource(type), name, raw: type };
  }
  return { resource: findResource(first), name: words[1], raw: first };
}

/** `-l k=v,k2` (equality and existence terms): does the object's label set match? */
export function matchesSelector(obj: KubeObject, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [k, v] = term.split('=') as [string, string | undefined];
    const have = obj.metadata.labels?.[k];
    return v === undefined ? have !== undefined : have === v;
  });
}

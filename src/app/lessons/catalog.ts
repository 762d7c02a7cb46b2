// The lessons as the browser gets them: every lessons/<id>/*.yaml bundled as text by Vite and read
// by src/lessons' parseLesson exactly as `k8s-lab lesson verify` reads them from disk. This module
// is itself loaded lazily (it carries every lesson.yaml and the YAML reader); manifests load per
// file when a lesson opens.
import { presetNames } from '../../engine/presets/presets.ts';
// parse.ts, not the lessons' index: the index also carries the runner, and with it the engine.
import { LESSON_FILE, parseLesson } from '../../lessons/parse.ts';
import type { Lesson, LessonError } from '../../lessons/types.ts';
import { buildIndex, type LessonSummary } from './lessonIndex.ts';
import { compareLessonIds } from './order.ts';

const lessonFiles = import.meta.glob<string>('/lessons/*/lesson.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const manifests = import.meta.glob<string>(['/lessons/*/*.yaml', '!/lessons/*/lesson.yaml'], {
  query: '?raw',
  import: 'default',
});

async function text(path: string): Promise<string> {
  const eager = lessonFiles[path];
  if (eager !== undefined) return eager;
  const load = manifests[path];
  if (load === undefined) throw new Error(`no lesson file ${path}`);
  return load();
}

/** "/lessons/000-1-nodeport/np-svc.yaml" -> ["000-1-nodeport", "np-svc.yaml"]. */
function split(path: string): [string, string] | null {
  const m = /^\/lessons\/([^/]+)\/([^/]+)$/.exec(path);
  return m ? [m[1]!, m[2]!] : null;
}

function folders(): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const path of [...Object.keys(lessonFiles), ...Object.keys(manifests)]) {
    const parts = split(path);
    if (parts === null) continue;
    byId.set(parts[0], [...(byId.get(parts[0]) ?? []), parts[1]]);
  }
  return byId;
}

/** Every lesson folder's id, in study-note order. */
export function lessonIds(): string[] {
  return [...folders().keys()].sort(compareLessonIds);
}

export interface LoadedLesson {
  readonly lesson: Lesson | null;
  readonly errors: readonly LessonError[];
}

/** One lesson with its manifests (what its `-f FILE` reads); null when there is no such folder. */
export async function loadLesson(id: string): Promise<LoadedLesson | null> {
  const names = folders().get(id);
  if (names === undefined) return null;
  const texts: Record<string, string> = {};
  await Promise.all(
    names.map(async (name) => {
      texts[name] = await text(`/lessons/${id}/${name}`);
    }),
  );
  return parseLesson(`lessons/${id}`, texts, presetNames);
}

export type { LessonSummary } from './lessonIndex.ts';

/** Every lesson's title, preset and steps (the build serves the same as `virtual:lesson-index`). */
export function loadIndex(): { lessons: LessonSummary[]; errors: LessonError[] } {
  return buildIndex(
    [...folders()].map(([id, names]) => ({
      id,
      names,
      lessonYaml: lessonFiles[`/lessons/${id}/${LESSON_FILE}`],
    })),
  );
}

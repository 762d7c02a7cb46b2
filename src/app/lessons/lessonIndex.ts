// What the home lists of each lesson (title, preset, steps), read from the lesson.yaml files by
// src/lessons' parseLesson. The build runs this once (vite.config.ts serves the result as
// `virtual:lesson-index`), so the first screen shows the list without parsing fifty YAML files on
// the main thread; catalog.ts's loadIndex runs the same function in the browser.
import { presetNames } from '../../engine/presets/presets.ts';
import { LESSON_FILE, parseLesson } from '../../lessons/parse.ts';
import type { Lesson, LessonError } from '../../lessons/types.ts';
import { compareLessonIds } from './order.ts';

/** What the home lists of a lesson. */
export interface LessonSummary {
  readonly id: string;
  readonly title: Lesson['title'];
  readonly preset: string;
  readonly stepIds: readonly string[];
}

/** One lesson folder: its id, its file names, and the text of its lesson.yaml (if any). */
export interface LessonFolder {
  readonly id: string;
  readonly names: readonly string[];
  readonly lessonYaml: string | undefined;
}

/**
 * Every lesson's title, preset and steps, in study-note order. Only lesson.yaml is read; a
 * manifest's name is enough for the reader to accept a step's `-f FILE`.
 */
export function buildIndex(folders: Iterable<LessonFolder>): {
  lessons: LessonSummary[];
  errors: LessonError[];
} {
  const lessons: LessonSummary[] = [];
  const errors: LessonError[] = [];
  for (const { id, names, lessonYaml } of folders) {
    const texts: Record<string, string> = Object.fromEntries(names.map((n) => [n, '']));
    if (lessonYaml !== undefined) texts[LESSON_FILE] = lessonYaml;
    const { lesson, errors: e } = parseLesson(`lessons/${id}`, texts, presetNames);
    if (lesson)
      lessons.push({
        id: lesson.id,
        title: lesson.title,
        preset: lesson.preset,
        stepIds: lesson.steps.map((s) => s.id),
      });
    errors.push(...e);
  }
  lessons.sort((a, b) => compareLessonIds(a.id, b.id));
  return { lessons, errors };
}

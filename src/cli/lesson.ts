// `k8s-lab lesson list` and `k8s-lab lesson verify [ID]`: reads the lesson folders from disk, runs
// every step of every lesson (or one) headlessly on its preset and seed, and prints one line per
// step and a summary; exit code 1 when any lesson file is invalid or any check fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presetNames } from '../engine/index.ts';
import { parseLesson, runLesson, type Lesson, type LessonError } from '../lessons/index.ts';

/** The repository's lessons/ folder, wherever the command is run from. */
export const LESSONS_DIR = fileURLToPath(new URL('../../lessons', import.meta.url));

const USAGE = 'usage: k8s-lab lesson list | k8s-lab lesson verify [ID] [--lessons DIR]';

export interface Loaded {
  readonly lessons: readonly Lesson[];
  readonly errors: readonly LessonError[];
}

/** Lesson ids in study-note order: 002-2 before 002-10 (numbers compared as numbers). */
const lessonOrder = new Intl.Collator('en', { numeric: true }).compare;

/** Every lesson folder under `dir` (folders holding a lesson.yaml), read and validated, in note order. */
export function loadLessons(dir: string): Loaded {
  const lessons: Lesson[] = [];
  const errors: LessonError[] = [];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort(lessonOrder);
  for (const name of folders) {
    const path = join(dir, name);
    const files: Record<string, string> = {};
    for (const f of readdirSync(path).sort())
      if (statSync(join(path, f)).isFile()) files[f] = readFileSync(join(path, f), 'utf8');
    const shown = relative(process.cwd(), path) || path;
    const parsed = parseLesson(shown, files, presetNames);
    if (parsed.lesson) lessons.push(parsed.lesson);
    errors.push(...parsed.errors);
  }
  return { lessons, errors };
}

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** `argv` starts after `lesson`. Returns the exit code. */
export function lessonCommand(argv: readonly string[], io: Io = stdio): number {
  let dir = LESSONS_DIR;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lessons') dir = argv[++i] ?? '';
    else if (a.startsWith('--lessons=')) dir = a.slice('--lessons='.length);
    else if (a.startsWith('-')) {
      io.err(`k8s-lab lesson: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else rest.push(a);
  }
  const [sub, id, extra] = rest;
  if ((sub !== 'list' && sub !== 'verify') || extra !== undefined || (sub === 'list' && id)) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  let loaded: Loaded;
  try {
    loaded = loadLessons(dir);
  } catch (err) {
    io.err(`k8s-lab lesson: cannot read ${dir}: ${(err as Error).message}\n`);
    return 2;
  }
  return sub === 'list' ? list(loaded, io) : verify(loaded, id, io);
}

function list({ lessons, errors }: Loaded, io: Io): number {
  const rows = [['ID', 'PRESET', 'STEPS', 'NOTE', 'TITLE']].concat(
    lessons.map((l) => [
      l.id,
      l.preset,
      String(l.steps.length),
      l.note.file.slice(0, 3),
      l.title.en,
    ]),
  );
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    io.out(
      `${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]! + 3))).join('')}\n`,
    );
  for (const e of errors) io.err(`${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  return errors.length ? 1 : 0;
}

function verify({ lessons, errors }: Loaded, id: string | undefined, io: Io): number {
  const chosen = id ? lessons.filter((l) => l.id === id) : lessons;
  const fileErrors = id ? errors.filter((e) => e.file.split('/').includes(id)) : errors;
  if (id && chosen.length === 0 && fileErrors.length === 0) {
    io.err(`k8s-lab lesson: no lesson "${id}"; see k8s-lab lesson list\n`);
    return 2;
  }
  for (const e of fileErrors) io.out(`FAIL ${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  let passed = 0;
  let failed = 0;
  for (const lesson of chosen) {
    const report = runLesson(lesson);
    if (report.setupFailure) {
      failed++;
      io.out(`FAIL ${lesson.id} setup: ${report.setupFailure}\n`);
      continue;
    }
    for (const s of report.steps) {
      const bad = s.checks.filter((c) => !c.outcome.pass).map((c) => c.outcome.reason);
      if (s.missingHighlights.length)
        bad.push(`highlights what the cluster lacks: ${s.missingHighlights.join(', ')}`);
      const reason = s.pass ? s.checks.map((c) => c.outcome.reason).join('; ') : bad.join('; ');
      io.out(`${s.pass ? 'PASS' : 'FAIL'} ${lesson.id} ${s.number} ${s.step.id}: ${reason}\n`);
      if (s.pass) passed++;
      else failed++;
    }
  }
  const lessonWord = chosen.length === 1 ? 'lesson' : 'lessons';
  const invalid = fileErrors.length ? `, ${fileErrors.length} error(s) in lesson files` : '';
  io.out(
    `lesson verify: ${chosen.length} ${lessonWord}, ${passed + failed} steps: ${passed} passed, ${failed} failed${invalid}\n`,
  );
  return failed || fileErrors.length ? 1 : 0;
}

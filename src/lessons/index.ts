// The lessons' door: the format, its reader and validator, the check evaluator and the runner, for
// the CLI's `lesson verify` and the browser's lesson player alike. Pure TypeScript, no file system.
export type * from './types.ts';
export { parseLesson, CHECKS, LESSON_FILE } from './parse.ts';
export { evaluateCheck, type CheckOutcome, type CheckTarget } from './checks.ts';
export {
  runLesson,
  runStep,
  lessonSession,
  missingHighlights,
  type LessonReport,
  type StepReport,
} from './runner.ts';

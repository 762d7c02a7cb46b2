// The lab session of a lesson: a fresh session on the lesson's preset and seed whose `-f FILE`
// reads the lesson's own manifests, its setup run, and the steps before the one opened run too (a
// deep link to step 4 finds the cluster steps 1 to 3 built). Every command run on it afterwards
// (the Run button, the terminal, the topology's controls) is reported, so the step's checks see it.
import type { CommandResult } from '../../engine/index.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { LabSession } from '../store/labStore.ts';

export function lessonOpener(
  lesson: Lesson,
  /** The 1-based step opened first: steps before it are run. */
  firstStep: number,
  onResult: (result: CommandResult) => void,
): () => Promise<LabSession> {
  return async () => {
    const { lessonSession } = await import('../../lessons/runner.ts');
    const session = lessonSession(lesson);
    for (const line of lesson.setup) {
      const r = session.run(line);
      if (r.exitCode !== 0)
        throw new Error(`the lesson's setup "${line}" exited ${r.exitCode}: ${r.stderr.trim()}`);
    }
    for (const step of lesson.steps.slice(0, Math.max(0, firstStep - 1)))
      for (const line of step.run) session.run(line);
    return {
      run(line, stdin) {
        const result = session.run(line, stdin);
        onResult(result);
        return result;
      },
      // The lab screen applies its editor's text when it starts; a lesson's editor starts empty,
      // and applying nothing must not cost the lesson two simulated seconds and an error.
      apply: (text) =>
        text.trim() === ''
          ? { command: 'kubectl apply -f -', exitCode: 0, stdout: '', stderr: '', errors: [] }
          : session.apply(text),
      view: () => session.view(),
      read: (line) => session.read(line),
      advance: (seconds) => session.advance(seconds),
    };
  };
}

// The lab session of a lesson: a fresh session on the lesson's preset and seed whose `-f FILE`
// reads the lesson's own manifests, its setup run, and the steps before the one opened run too (a
// deep link to step 4 finds the cluster steps 1 to 3 built), all in the engine's worker. Every
// command run on it afterwards (the Run button, the terminal, the topology's controls) is reported,
// so the step's checks see it.
import type { CommandResult } from '../../engine/index.ts';
import type { Lesson } from '../../lessons/types.ts';
import { openRemoteSession } from '../engineClient/remoteSession.ts';
import type { LabSession } from '../store/labSession.ts';

export function lessonOpener(
  lesson: Lesson,
  /** The 1-based step opened first: steps before it are run. */
  firstStep: number,
  onResult: (result: CommandResult) => void,
): () => Promise<LabSession> {
  return async () => {
    const session = await openRemoteSession({ kind: 'lesson', lesson, firstStep });
    return {
      ...session,
      async run(line, stdin) {
        const result = await session.run(line, stdin);
        onResult(result);
        return result;
      },
    };
  };
}

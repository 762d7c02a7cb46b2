// What the engine is busy with, once a call has taken longer than a moment (the engine works in
// its worker, so the page stays usable meanwhile): the work, how far it has come, and for how long.
// If the engine's worker died, why, until the page is reloaded.
import { useEffect, useState } from 'react';
import { useEngineActivity } from '../engineClient/activity.ts';
import { useLabStore } from '../store/labStore.ts';
import { useT } from '../i18n/i18n.ts';

/** Whole seconds since `since` (performance.now()), counted while shown. */
function useSecondsSince(since: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

export function EngineActivity() {
  const working = useEngineActivity((s) => s.working);
  // A cluster that did not start says why over the topology already.
  const stopped = useEngineActivity((s) => s.stopped);
  const failed = useLabStore((s) => s.status.kind === 'failed');
  const seconds = useSecondsSince(working?.since ?? null);
  const t = useT();
  if (stopped !== null && !failed) {
    return (
      <p className="engine-activity is-stopped" role="alert" data-testid="engine-stopped">
        {t('engine.stopped', { why: stopped })}
      </p>
    );
  }
  if (working === null) return null;
  const { progress } = working;
  return (
    <p className="engine-activity" data-testid="engine-busy">
      <span className="engine-spinner" aria-hidden="true" />
      {/* Read out once per call; the seconds ticking beside it are for the eyes. */}
      <span role="status">
        {t.message(working.what)}
        {progress !== null && ` ${t('engine.progress', progress)}`}
      </span>
      {seconds > 0 && <span aria-hidden="true"> {t('engine.elapsed', { seconds })}</span>}
    </p>
  );
}

// The presenter's keys (product.md "Projector mode"): P toggles the mode anywhere but in a text
// field; in the mode Space sends or pauses, Right/Left step, R replays, +/- change the speed,
// F goes full screen (and fits the cluster back in view) and Esc leaves. Outside the mode, F fits.
import { useEffect } from 'react';
import { useLabStore } from './store/labStore.ts';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

export function useProjectorKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const store = useLabStore.getState();
      const key = event.key;
      if (key === 'p' || key === 'P') {
        store.setProjector(!store.projector);
        event.preventDefault();
        return;
      }
      if (!store.projector) {
        // F fits the whole cluster back in view after zooming or panning.
        if (key === 'f' || key === 'F') {
          event.preventDefault();
          store.fitView();
        }
        return;
      }
      const actions: Record<string, () => void> = {
        ' ': () => store.togglePlay(),
        ArrowRight: () => store.step(1),
        ArrowLeft: () => store.step(-1),
        r: () => store.replay(),
        R: () => store.replay(),
        '+': () => store.nudgeSpeed(1),
        '=': () => store.nudgeSpeed(1),
        '-': () => store.nudgeSpeed(-1),
        f: () => {
          toggleFullscreen();
          store.fitView();
        },
        F: () => {
          toggleFullscreen();
          store.fitView();
        },
        Escape: () => {
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          store.setProjector(false);
        },
      };
      const action = actions[key];
      if (action === undefined) return;
      event.preventDefault();
      // A focused button must not also "click" on Space.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

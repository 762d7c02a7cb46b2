// Saving the scenario in a task of its own, not in the one that changed it: a large scenario is a
// megabyte written to localStorage. Each change asks for a save within some time (0 ms for what the
// learner did, a few seconds for time let pass: the page's clock records a wait every second); the
// soonest asked wins, and one save covers every change before it.
export interface LaterSave {
  /** Saves within `ms` (or sooner, if already due sooner). */
  within(ms: number): void;
  /** Saves now what is still due (the page goes, another screen starts). */
  flush(): void;
}

export function laterSave(save: () => void): LaterSave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let due = Infinity;
  const now = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    due = Infinity;
    save();
  };
  return {
    within(ms) {
      const at = Date.now() + ms;
      if (timer !== null && due <= at) return;
      if (timer !== null) clearTimeout(timer);
      due = at;
      timer = setTimeout(now, ms);
    },
    flush() {
      if (timer !== null) now();
    },
  };
}

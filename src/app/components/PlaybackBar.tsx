// The packet player: step back, play/pause, step forward, replay, and the speed.
import { useLabStore } from '../store/labStore.ts';

const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

function speedText(speed: number): string {
  return `${speed}x`;
}

export function PlaybackBar() {
  const hasTrace = useLabStore((s) => s.trace !== null);
  const hopCount = useLabStore((s) => s.trace?.hops.length ?? 0);
  const selected = useLabStore((s) => s.selectedHop);
  const animState = useLabStore((s) => s.animState);
  const speed = useLabStore((s) => s.speed);
  const togglePlay = useLabStore((s) => s.togglePlay);
  const step = useLabStore((s) => s.step);
  const replay = useLabStore((s) => s.replay);
  const setSpeed = useLabStore((s) => s.setSpeed);
  const playing = animState === 'playing';

  return (
    <div className="playback-bar" role="toolbar" aria-label="Packet player">
      <button
        type="button"
        className="button icon-button"
        data-testid="step-back"
        disabled={!hasTrace || selected === 0}
        onClick={() => step(-1)}
        title="Step back (Left)"
        aria-label="Step back"
      >
        ◀
      </button>
      <button
        type="button"
        className="button icon-button play-button"
        data-testid="play-pause"
        disabled={!hasTrace}
        onClick={togglePlay}
        title="Play or pause (Space)"
        aria-label={playing ? 'Pause' : 'Play'}
        aria-pressed={playing}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        className="button icon-button"
        data-testid="step-forward"
        disabled={!hasTrace || selected === hopCount - 1}
        onClick={() => step(1)}
        title="Step forward (Right)"
        aria-label="Step forward"
      >
        ▶❘
      </button>
      <button
        type="button"
        className="button"
        data-testid="replay"
        disabled={!hasTrace}
        onClick={replay}
        title="Replay (R)"
      >
        Replay
      </button>
      <span className="hop-counter" data-testid="hop-counter">
        {hasTrace ? `hop ${selected === null ? '–' : selected + 1} / ${hopCount}` : ''}
      </span>
      <label className="speed">
        <span>speed</span>
        <select
          data-testid="speed"
          value={String(speed)}
          onChange={(e) => setSpeed(Number(e.target.value))}
          title="Speed (+ / -)"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {speedText(s)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

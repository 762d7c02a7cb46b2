// The packet player: step back, play/pause, step forward, replay, and the speed.
import { useLabStore } from '../store/labStore.ts';
import { useT } from '../i18n/i18n.ts';

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
  const t = useT();

  return (
    <div className="playback-bar" role="toolbar" aria-label={t('player.label')}>
      <button
        type="button"
        className="button icon-button"
        data-testid="step-back"
        disabled={!hasTrace || selected === 0}
        onClick={() => step(-1)}
        title={t('player.stepBackKey')}
        aria-label={t('player.stepBack')}
      >
        ◀
      </button>
      <button
        type="button"
        className="button icon-button play-button"
        data-testid="play-pause"
        disabled={!hasTrace}
        onClick={togglePlay}
        title={t('player.playKey')}
        aria-label={playing ? t('player.pause') : t('player.play')}
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
        title={t('player.stepForwardKey')}
        aria-label={t('player.stepForward')}
      >
        ▶❘
      </button>
      <button
        type="button"
        className="button"
        data-testid="replay"
        disabled={!hasTrace}
        onClick={replay}
        title={t('player.replayKey')}
      >
        {t('player.replay')}
      </button>
      <span className="hop-counter" data-testid="hop-counter">
        {hasTrace
          ? t('player.hop', { n: selected === null ? '–' : selected + 1, count: hopCount })
          : ''}
      </span>
      <label className="speed">
        <span>{t('player.speed')}</span>
        <select
          data-testid="speed"
          value={String(speed)}
          onChange={(e) => setSpeed(Number(e.target.value))}
          title={t('player.speedKey')}
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

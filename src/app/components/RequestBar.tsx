import type { FormEvent } from 'react';
import { useIsReady } from '../store/selectors.ts';
import { useLabStore } from '../store/labStore.ts';

export function RequestBar() {
  const target = useLabStore((s) => s.target);
  const setTarget = useLabStore((s) => s.setTarget);
  const sendRequest = useLabStore((s) => s.sendRequest);
  const replay = useLabStore((s) => s.replay);
  const hasTrace = useLabStore((s) => s.trace !== null);
  const client = useLabStore((s) => s.view?.clients[0] ?? null);
  const ready = useIsReady();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    sendRequest();
  };

  return (
    <form className="request-bar" onSubmit={onSubmit} aria-label="Request">
      <label className="request-from" htmlFor="target">
        curl from <strong>{client?.name ?? 'the client'}</strong>
      </label>
      <input
        id="target"
        className="request-target mono"
        data-testid="target"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit" className="button button-primary" data-testid="send" disabled={!ready}>
        Send request
      </button>
      <button
        type="button"
        className="button"
        data-testid="replay"
        disabled={!hasTrace}
        onClick={replay}
      >
        Replay
      </button>
    </form>
  );
}

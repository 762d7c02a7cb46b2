import { useLabStore } from '../store/labStore.ts';

export function Header({ fixture }: { readonly fixture: boolean }) {
  const preset = useLabStore((s) => s.view?.preset ?? null);
  const version = useLabStore((s) => s.view?.version ?? null);
  return (
    <header className="lab-header">
      <a className="brand" href="#/playground">
        Kubernetes Service Lab
      </a>
      <span className="screen-name">Playground</span>
      <span className="header-spacer" />
      {fixture && (
        <span className="chip chip-warn" title="Recorded example values, not the engine">
          fixture data
        </span>
      )}
      {preset !== null && (
        <span className="chip" data-testid="preset">
          preset <strong>{preset}</strong>
        </span>
      )}
      {version !== null && (
        <span className="chip" data-testid="version">
          Kubernetes <strong>{version}</strong>
        </span>
      )}
    </header>
  );
}

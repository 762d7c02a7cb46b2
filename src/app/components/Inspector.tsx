// The right-hand pane: the response, then either the trace's hops (with the chosen hop's detail)
// or the distribution of a request load; a load switches to its bars.
import { useLabStore } from '../store/labStore.ts';
import { DistributionPanel, RequestPicker } from './DistributionPanel.tsx';
import { HopDetail } from './HopDetail.tsx';
import { HopList } from './HopList.tsx';
import { ResponsePanel } from './ResponsePanel.tsx';

export function Inspector() {
  const tab = useLabStore((s) => s.inspectorTab);
  const setTab = useLabStore((s) => s.setInspectorTab);

  return (
    <aside className="pane inspector" aria-label="Inspector">
      <div className="pane-title">
        <h2>Response</h2>
      </div>
      <ResponsePanel />
      <div className="inspector-tabs" role="tablist">
        {(['hops', 'distribution'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            className={`inspector-tab${tab === t ? ' is-active' : ''}`}
            aria-selected={tab === t}
            data-testid={`tab-${t}`}
            onClick={() => setTab(t)}
          >
            {t === 'hops' ? 'Hops' : 'Distribution'}
          </button>
        ))}
      </div>
      {tab === 'hops' ? (
        <>
          <RequestPicker />
          <HopList />
          <HopDetail />
        </>
      ) : (
        <DistributionPanel />
      )}
    </aside>
  );
}

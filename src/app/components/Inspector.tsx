// The right-hand pane: the response, then either the trace's hops (with the chosen hop's detail)
// or the distribution of a request load; a load switches to its bars.
import { useLabStore } from '../store/labStore.ts';
import { DistributionPanel, RequestPicker } from './DistributionPanel.tsx';
import { HopDetail } from './HopDetail.tsx';
import { HopList } from './HopList.tsx';
import { ResponsePanel } from './ResponsePanel.tsx';
import { TraceLog } from './TraceLog.tsx';
import { useT } from '../i18n/i18n.ts';

export function Inspector() {
  const tab = useLabStore((s) => s.inspectorTab);
  const setTab = useLabStore((s) => s.setInspectorTab);
  const t = useT();

  return (
    <aside className="pane inspector" aria-label={t('inspector.label')}>
      <div className="pane-title">
        <h2>{t('inspector.response')}</h2>
      </div>
      <ResponsePanel />
      <div className="inspector-tabs" role="tablist">
        {(['hops', 'distribution'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            className={`inspector-tab${tab === name ? ' is-active' : ''}`}
            aria-selected={tab === name}
            data-testid={`tab-${name}`}
            onClick={() => setTab(name)}
          >
            {name === 'hops' ? t('inspector.hops') : t('inspector.distribution')}
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
      <TraceLog />
    </aside>
  );
}

import { HopDetail } from './HopDetail.tsx';
import { HopList } from './HopList.tsx';
import { ResponsePanel } from './ResponsePanel.tsx';

export function Inspector() {
  return (
    <aside className="pane inspector" aria-label="Inspector">
      <div className="pane-title">
        <h2>Response</h2>
      </div>
      <ResponsePanel />
      <div className="pane-title">
        <h2>Hops</h2>
      </div>
      <HopList />
      <HopDetail />
    </aside>
  );
}

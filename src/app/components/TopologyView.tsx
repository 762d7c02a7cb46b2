// The cluster's picture: the SVG topology, what stops it from drawing, its controls and legend.
import { useRef } from 'react';
import { useLabStore } from '../store/labStore.ts';
import { useTopology } from '../useTopology.ts';
import { ControlsPanel } from './ControlsPanel.tsx';
import { StatusMessage } from './StatusMessage.tsx';

export function TopologyView({ fixtureLink }: { readonly fixtureLink: string | null }) {
  const svgRef = useRef<SVGSVGElement>(null);
  useTopology(svgRef);
  const status = useLabStore((s) => s.status);
  const requestAnswer = useLabStore((s) => s.requestAnswer);
  const hasTrace = useLabStore((s) => s.trace !== null);
  const zoomBy = useLabStore((s) => s.zoomBy);
  const fitView = useLabStore((s) => s.fitView);
  // A request that produced no trace (a shell error, an engine crash) says why, over the picture.
  const failure =
    requestAnswer === null
      ? null
      : !requestAnswer.ok
        ? requestAnswer.message
        : hasTrace
          ? null
          : requestAnswer.value.stderr.trim() || null;

  return (
    <div className="topology-wrap">
      <svg ref={svgRef} className="topology" data-testid="topology" />
      {status.kind === 'ready' && (
        <div className="topology-zoom" role="toolbar" aria-label="Zoom">
          <button
            type="button"
            className="button"
            data-testid="zoom-in"
            title="Zoom in (or the mouse wheel)"
            aria-label="Zoom in"
            onClick={() => zoomBy(1.4)}
          >
            +
          </button>
          <button
            type="button"
            className="button"
            data-testid="zoom-out"
            title="Zoom out"
            aria-label="Zoom out"
            onClick={() => zoomBy(1 / 1.4)}
          >
            −
          </button>
          <button
            type="button"
            className="button"
            data-testid="zoom-fit"
            title="The whole cluster (F)"
            onClick={fitView}
          >
            Fit
          </button>
        </div>
      )}
      {status.kind === 'starting' && (
        <StatusMessage title="Starting the cluster…">
          Building the simulated nodes and pods.
        </StatusMessage>
      )}
      {status.kind === 'failed' && (
        <StatusMessage title="The simulated cluster did not start" tone="error">
          <code>{status.message}</code>
          <br />
          The lab engine answered with an error, so there is nothing to draw yet.
          {fixtureLink !== null && (
            <>
              {' '}
              You can still look at <a href={fixtureLink}>a recorded example</a>.
            </>
          )}
        </StatusMessage>
      )}
      {failure !== null && (
        <p className="topology-note is-error" role="status">
          {failure}
        </p>
      )}
      <div className="topology-foot">
        <div className="legend" aria-hidden="true">
          <span className="legend-item">
            <span className="legend-dot is-request" /> request
          </span>
          <span className="legend-item">
            <span className="legend-dot is-reply" /> reply
          </span>
          <span className="legend-item">
            <span className="legend-new">new</span> / <span className="legend-old">old</span>{' '}
            address
          </span>
        </div>
        {status.kind === 'ready' && <ControlsPanel />}
      </div>
    </div>
  );
}

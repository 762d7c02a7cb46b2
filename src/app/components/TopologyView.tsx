// The cluster's picture: the SVG topology, what stops it from drawing, its controls and legend.
import { useRef } from 'react';
import { useLabStore } from '../store/labStore.ts';
import { useTopology } from '../useTopology.ts';
import { ControlsPanel } from './ControlsPanel.tsx';
import { EngineActivity } from './EngineActivity.tsx';
import { StatusMessage } from './StatusMessage.tsx';
import { useT } from '../i18n/i18n.ts';

export function TopologyView({ fixtureLink }: { readonly fixtureLink: string | null }) {
  const svgRef = useRef<SVGSVGElement>(null);
  useTopology(svgRef);
  const status = useLabStore((s) => s.status);
  const requestAnswer = useLabStore((s) => s.requestAnswer);
  const hasTrace = useLabStore((s) => s.trace !== null);
  const zoomBy = useLabStore((s) => s.zoomBy);
  const fitView = useLabStore((s) => s.fitView);
  const t = useT();
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
      <EngineActivity />
      {status.kind === 'ready' && (
        <div className="topology-zoom" role="toolbar" aria-label={t('topology.zoom')}>
          <button
            type="button"
            className="button"
            data-testid="zoom-in"
            title={t('topology.zoomInTitle')}
            aria-label={t('topology.zoomIn')}
            onClick={() => zoomBy(1.4)}
          >
            +
          </button>
          <button
            type="button"
            className="button"
            data-testid="zoom-out"
            title={t('topology.zoomOut')}
            aria-label={t('topology.zoomOut')}
            onClick={() => zoomBy(1 / 1.4)}
          >
            −
          </button>
          <button
            type="button"
            className="button"
            data-testid="zoom-fit"
            title={t('topology.fitTitle')}
            onClick={fitView}
          >
            {t('topology.fit')}
          </button>
        </div>
      )}
      {status.kind === 'starting' && (
        <StatusMessage title={t('topology.starting')}>{t('topology.startingText')}</StatusMessage>
      )}
      {status.kind === 'failed' && (
        <StatusMessage title={t('topology.failed')} tone="error">
          <code>{status.message}</code>
          <br />
          {t('topology.failedText')}
          {fixtureLink !== null && (
            <>
              {' '}
              {t.rich('topology.fixtureLink', {
                link: <a href={fixtureLink}>{t('topology.fixtureLinkText')}</a>,
              })}
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
            <span className="legend-dot is-request" /> {t('legend.request')}
          </span>
          <span className="legend-item">
            <span className="legend-dot is-reply" /> {t('legend.reply')}
          </span>
          <span className="legend-item">
            <span className="legend-new">{t('legend.new')}</span> /{' '}
            <span className="legend-old">{t('legend.old')}</span> {t('legend.address')}
          </span>
        </div>
        {status.kind === 'ready' && <ControlsPanel />}
      </div>
    </div>
  );
}

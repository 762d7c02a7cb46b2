// The lab's header: the preset and version, and the scenario's controls (Reset, Undo, Export,
// Import, Share) with what the lab last said about the scenario. Export and import load their YAML
// code only when used.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { canUndo } from '../scenario/model.ts';
import {
  decodeScenario,
  hashWithoutLink,
  linkParam,
  linkProblemText,
} from '../scenario/shareLink.ts';
import { useLabStore } from '../store/labStore.ts';
import { ask } from '../store/labSession.ts';
import { engineTask } from '../engineClient/remoteSession.ts';
import { MAX_IMPORT } from '../scenario/model.ts';
import { currentLanguage, tNow, useT } from '../i18n/i18n.ts';
import { LanguageSwitch } from '../lessons/LanguageSwitch.tsx';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * A share link opened while the lab is already open (only the hash changes, so the screen does not
 * start again): its scenario replaces the current one. The first load reads the link in start().
 */
function useShareLinkChanges(): void {
  useEffect(() => {
    const onHash = () => {
      const param = linkParam(window.location.hash);
      if (param === null) return;
      window.history.replaceState(null, '', hashWithoutLink(window.location.hash));
      const opened = decodeScenario(param);
      const store = useLabStore.getState();
      if (opened.ok) {
        void store.openScenario(opened.value, {
          tone: 'info',
          text: tNow('scenario.opened'),
        });
      } else {
        store.setScenarioNote({ tone: 'error', text: linkProblemText(opened.message, tNow) });
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
}

/** The header's buttons, smaller than the panes' (no stylesheet change: styles.css is shared). */
const compact = { padding: '3px 9px', fontSize: 13 } as const;

function ScenarioControls() {
  useShareLinkChanges();
  const t = useT();
  const ready = useLabStore((s) => s.status.kind === 'ready' && s.scenario !== null);
  const undoable = useLabStore((s) => canUndo(s.scenario));
  const note = useLabStore((s) => s.scenarioNote);
  const file = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const store = useLabStore.getState;

  const act = (work: () => Promise<void>) => {
    setBusy(true);
    setLink(null);
    void work().finally(() => setBusy(false));
  };

  const exportFile = () =>
    act(async () => {
      const scenario = store().scenario;
      if (scenario === null) return;
      const written = await ask(() => engineTask('exportScenario', [scenario]));
      if (written.ok) download(`k8s-lab-${scenario.preset}.yaml`, written.value);
      else store().setScenarioNote({ tone: 'error', text: written.message });
    });

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen === undefined) return;
    act(async () => {
      if (chosen.size > MAX_IMPORT) {
        store().setScenarioNote({
          tone: 'error',
          text: tNow('scenario.tooBig', {
            file: chosen.name,
            size: (chosen.size / 1_000_000).toFixed(1),
            max: MAX_IMPORT / 1_000_000,
          }),
        });
        return;
      }
      const current = store().scenario ?? { preset: 'lab', seed: 1 };
      // Read in an engine worker: parsing a large file must not hold the page.
      const text = await chosen.text();
      const read = await ask(() =>
        engineTask('importScenario', [text, current, currentLanguage()]),
      );
      const parsed = read.ok ? read.value : read;
      if (!parsed.ok) {
        store().setScenarioNote({
          tone: 'error',
          text: tNow('scenario.cannotImport', { file: chosen.name, why: parsed.message }),
        });
        return;
      }
      await store().openScenario(parsed.value, {
        tone: 'info',
        text: tNow('scenario.imported', { file: chosen.name }),
      });
    });
  };

  const share = () => {
    const answer = store().shareLink();
    if (!answer.ok) {
      store().setScenarioNote({
        tone: 'error',
        text: tNow('scenario.noLink', { why: answer.message }),
      });
      return;
    }
    setLink(answer.value);
    void navigator.clipboard?.writeText(answer.value).catch(() => undefined);
  };

  return (
    <div className="scenario-controls" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
      <button
        type="button"
        className="button"
        style={compact}
        disabled={!ready || busy}
        onClick={() => act(() => store().reset())}
      >
        {t('header.reset')}
      </button>
      <button
        type="button"
        className="button"
        style={compact}
        disabled={!ready || busy || !undoable}
        onClick={() => act(() => store().undo())}
      >
        {t('header.undo')}
      </button>
      <button
        type="button"
        className="button"
        style={compact}
        disabled={!ready || busy}
        onClick={exportFile}
      >
        {t('header.export')}
      </button>
      <button
        type="button"
        className="button"
        style={compact}
        disabled={!ready || busy}
        onClick={() => file.current?.click()}
      >
        {t('header.import')}
      </button>
      <input
        ref={file}
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml"
        data-testid="import-file"
        hidden
        onChange={importFile}
      />
      <button
        type="button"
        className="button"
        style={compact}
        disabled={!ready || busy}
        onClick={share}
      >
        {t('header.share')}
      </button>
      {link !== null && (
        <input
          className="share-link"
          data-testid="share-link"
          aria-label={t('header.shareLink')}
          title={t('header.shareLinkTitle')}
          readOnly
          value={link}
          size={24}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      {note !== null && (
        <span
          className={note.tone === 'error' ? 'chip chip-warn' : 'chip'}
          role={note.tone === 'error' ? 'alert' : 'status'}
          data-testid="scenario-note"
          style={{ maxWidth: 340, whiteSpace: 'normal', fontSize: 12, lineHeight: 1.3 }}
        >
          {note.text}{' '}
          <button
            type="button"
            style={{ border: 0, background: 'none', cursor: 'pointer', padding: '0 2px' }}
            aria-label={t('header.dismiss')}
            onClick={() => store().setScenarioNote(null)}
          >
            ×
          </button>
        </span>
      )}
    </div>
  );
}

export function Header({
  fixture,
  lessonTitle = null,
}: {
  readonly fixture: boolean;
  /** On a lesson: its title (the scenario controls belong to the playground). */
  readonly lessonTitle?: string | null;
}) {
  const preset = useLabStore((s) => s.view?.preset ?? null);
  const version = useLabStore((s) => s.view?.version ?? null);
  const t = useT();
  return (
    <header className="lab-header">
      <a className="brand" href="#/">
        {t('app.brand')}
      </a>
      <span className="screen-name">{lessonTitle ?? t('app.playground')}</span>
      <span className="header-spacer" />
      {!fixture && lessonTitle === null && <ScenarioControls />}
      {fixture && (
        <span className="chip chip-warn" title={t('header.fixtureTitle')}>
          {t('header.fixture')}
        </span>
      )}
      {preset !== null && (
        <span className="chip" data-testid="preset">
          {t('header.preset')} <strong>{preset}</strong>
        </span>
      )}
      {version !== null && (
        <span className="chip" data-testid="version">
          Kubernetes <strong>{version}</strong>
        </span>
      )}
      <LanguageSwitch />
    </header>
  );
}

// The lab screen's one store: the session, what it last said, and what the user is looking at.
// Engine values are kept exactly as the engine returned them; components only select and render.
import { create } from 'zustand';
import type { ApplyOutcome, ClusterView, CommandResult, Trace } from '../../engine/index.ts';
import { clampSpeed } from '../../viz/animate.ts';
import type { AnimState } from '../../viz/animate.ts';
import { factsFromView, NO_FACTS } from '../../viz/sceneFacts.ts';
import type { SceneFacts } from '../../viz/sceneFacts.ts';
import { loadCommand, loadGroups } from '../../viz/distribution.ts';
import type { LoadRun } from '../../viz/distribution.ts';
import { traceCommand } from '../targets.ts';
import { openEngineSession } from '../scenario/engineSession.ts';
import { engineTask } from '../engineClient/remoteSession.ts';
import {
  canUndo,
  MAX_ACTIONS,
  record,
  startingScenario,
  withoutLast,
  type Action,
  type Scenario,
} from '../scenario/model.ts';
import {
  decodeScenario,
  encodeScenario,
  hashWithoutLink,
  linkParam,
  linkProblemText,
  shareUrl,
} from '../scenario/shareLink.ts';
import {
  browserStore,
  clearScenario,
  loadScenario,
  saveScenario,
  storageKey,
} from '../scenario/storage.ts';
import { currentLanguage, tNow } from '../i18n/i18n.ts';
import { ask, messageOf, replayOn, type Answer, type LabSession } from './labSession.ts';
import { laterSave } from './laterSave.ts';

export type { Answer, LabSession };

export type SessionStatus =
  | { readonly kind: 'starting' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly message: string };

/** What the topology's packet player offers the controls (registered by useTopology). */
export interface Player {
  pause(): void;
  resume(): void;
  /** Zooms the topology by a factor (wheel and pinch do it too). */
  zoomBy?(factor: number): void;
  /** The whole cluster back in view. */
  fit?(): void;
}

let player: Player | null = null;

export function attachPlayer(next: Player | null): void {
  player = next;
}

/** What the header says about the scenario (restored, saved, refused), until dismissed. */
export interface ScenarioNote {
  readonly tone: 'info' | 'error';
  readonly text: string;
}

export interface LabState {
  readonly sessionKey: string | null;
  readonly status: SessionStatus;
  readonly session: LabSession | null;
  readonly view: ClusterView | null;
  /** Balancers and MetalLB VIPs, from the view's Services (kept while they do not change). */
  readonly facts: SceneFacts;
  /** Who sends the request: "client/NAME", "pod/NS/NAME", "node/NAME" ('' = the first client). */
  readonly sender: string;
  readonly editorText: string;
  readonly target: string;
  readonly applyAnswer: Answer<ApplyOutcome> | null;
  readonly requestAnswer: Answer<CommandResult> | null;
  readonly trace: Trace | null;
  /** Bumped on every send and replay: the topology plays the trace again when it changes. */
  readonly playId: number;
  readonly selectedHop: number | null;
  /** 'user' when picked in the inspector (the topology jumps there), 'animation' when followed. */
  readonly hopSource: 'user' | 'animation';
  readonly animState: AnimState;
  /** Packet speed, 0.25x to 4x. */
  readonly speed: number;
  /** Projector mode: the topology alone, big type, keyboard only. */
  readonly projector: boolean;
  /** The latest `lab load` run, and the one pinned beside it for comparison. */
  readonly loadRun: LoadRun | null;
  readonly pinnedRun: LoadRun | null;
  /** Every request of the latest load, in order: they fly as packets, each one's hops traceable. */
  readonly loadTraces: readonly Trace[] | null;
  /** Bumped on every load: the topology flies its packets again when it changes. */
  readonly loadPlayId: number;
  /** The load's request whose trace the inspector shows (index in loadTraces), or none. */
  readonly pickedPacket: number | null;
  /** The last command the distribution panel or a topology control ran, and what it printed. */
  readonly lastCommand: { readonly line: string; readonly answer: Answer<CommandResult> } | null;
  /** What the inspector shows under the response: a trace's hops or a load's bars. */
  readonly inspectorTab: 'hops' | 'distribution';
  /** What the user did, replayable (null until a session is open). */
  readonly scenario: Scenario | null;
  readonly scenarioNote: ScenarioNote | null;

  /** Opens a session (once per `key`: a new key, say fixture vs engine, starts over). */
  start(
    key: string,
    open: () => Promise<LabSession>,
    first: { manifest: string; target: string; preset?: string; seed?: number },
  ): Promise<void>;
  /** Back to the preset's starting scenario (the example applied), forgetting the saved one. */
  reset(): Promise<void>;
  /** Replays all but the last apply or shell line on a fresh session. */
  undo(): Promise<void>;
  /** Opens a checked scenario (an imported file) in place of the current one. */
  openScenario(scenario: Scenario, note: ScenarioNote | null): Promise<void>;
  /** The share link of the current scenario, or why there is none. */
  shareLink(): { ok: true; value: string } | { ok: false; message: string };
  setScenarioNote(note: ScenarioNote | null): void;
  setEditorText(text: string): void;
  setTarget(target: string): void;
  setSender(sender: string): void;
  apply(): Promise<void>;
  sendRequest(): Promise<void>;
  /**
   * Shows what a command run elsewhere (the terminal) produced: its trace flies in the topology as
   * the request bar's does, and the view follows the cluster.
   */
  showResult(result: CommandResult): Promise<void>;
  replay(): void;
  selectHop(index: number): void;
  followHop(index: number): void;
  selectPlace(place: string): void;
  setAnimState(state: AnimState): void;
  /** Pauses a flying packet, or goes on (sends a first request when there is none yet). */
  togglePlay(): void;
  /** One hop forward (+1) or back (-1); holds the packet there. */
  step(delta: number): void;
  setSpeed(speed: number): void;
  /** One step up or down the speed ladder (0.25, 0.5, 1, 2, 4). */
  nudgeSpeed(direction: 1 | -1): void;
  setProjector(on: boolean): void;
  /**
   * Lets simulated time follow real time: pods pull, start and terminate as the learner watches.
   * Skipped while the engine is still busy with something else (time does not queue up behind it).
   */
  tick(seconds: number): Promise<void>;
  /**
   * What the page reads on its own (a node's iptables-save for the inspector): a command run
   * without letting simulated time pass; null when the session cannot (the recorded example).
   */
  read(line: string, stdin?: string): Promise<Answer<CommandResult> | null>;
  /** Sends `count` requests from the chosen sender to the target (`lab load`). */
  sendLoad(count: number, keepalive: boolean): Promise<void>;
  /** Pins the latest run (the next one is drawn beside it); null unpins. */
  pinLoad(pin: boolean): void;
  /** Shows one request of the latest load in the inspector (its hops, its rules). */
  pickPacket(index: number): void;
  /** Zooms the topology in (> 1) or out (< 1). */
  zoomBy(factor: number): void;
  /** The whole cluster back in view. */
  fitView(): void;
  /** Runs a shell line for a control on the topology (power a node, delete a pod, scale). */
  runCommand(line: string): Promise<void>;
  setInspectorTab(tab: 'hops' | 'distribution'): void;
}

/** The call's answer, with `after` run once it has come (or failed, at once or later). */
async function settled<T>(call: () => Promise<T>, after: () => void): Promise<T> {
  try {
    return await call();
  } finally {
    after();
  }
}

/** The view after a change; keeps the previous one if the engine cannot draw the cluster now. */
async function freshView(
  session: LabSession,
  previous: ClusterView | null,
): Promise<ClusterView | null> {
  const answer = await ask(() => session.view());
  return answer.ok ? answer.value : previous;
}

type Data = Omit<LabState, ActionName>;
type ActionName =
  | 'start'
  | 'setEditorText'
  | 'setTarget'
  | 'setSender'
  | 'apply'
  | 'setAnimState'
  | 'togglePlay'
  | 'step'
  | 'setSpeed'
  | 'nudgeSpeed'
  | 'setProjector'
  | 'sendRequest'
  | 'showResult'
  | 'replay'
  | 'selectHop'
  | 'followHop'
  | 'selectPlace'
  | 'tick'
  | 'read'
  | 'sendLoad'
  | 'pinLoad'
  | 'pickPacket'
  | 'zoomBy'
  | 'fitView'
  | 'runCommand'
  | 'setInspectorTab'
  | 'reset'
  | 'undo'
  | 'openScenario'
  | 'shareLink'
  | 'setScenarioNote';

const initial: Data = {
  sessionKey: null,
  status: { kind: 'starting' },
  session: null,
  view: null,
  facts: NO_FACTS,
  sender: '',
  editorText: '',
  target: '',
  applyAnswer: null,
  requestAnswer: null,
  trace: null,
  playId: 0,
  selectedHop: null,
  hopSource: 'animation',
  animState: 'idle',
  speed: 1,
  projector: false,
  loadRun: null,
  pinnedRun: null,
  loadTraces: null,
  loadPlayId: 0,
  pickedPacket: null,
  lastCommand: null,
  inspectorTab: 'hops',
  scenario: null,
  scenarioNote: null,
};

const SPEED_STEPS = [0.25, 0.5, 1, 2, 4] as const;

/**
 * The view and the facts drawn from it; facts equal to the previous ones are kept as they were, so
 * the topology does not redraw for a balancer it already shows.
 */
function withView(
  state: Pick<LabState, 'facts'>,
  view: ClusterView | null,
): Pick<LabState, 'view' | 'facts'> {
  const read = factsFromView(view);
  const facts = JSON.stringify(read) === JSON.stringify(state.facts) ? state.facts : read;
  return { view, facts };
}

/** How long time let pass waits to be saved (see laterSave.ts). */
const WAIT_SAVE_MS = 3000;

/** Load runs so far (each gets the next number). */
let runs = 0;

/**
 * Sessions built so far: a session records into the scenario only while it is the newest, so a
 * tick reaching the old session during an undo's replay changes nothing.
 */
let generation = 0;
/** Where the scenario is saved (null: not saved, e.g. the recorded fixture). */
let saveKey: string | null = null;
/** The preset's starting scenario, and how to open a session for a preset and seed. */
let base: Scenario | null = null;
let openFor: (preset: string, seed: number) => Promise<LabSession> = openEngineSession;

/**
 * Whether editor text may be a real cluster's dump (a List holding a Node, YAML or JSON), checked
 * without parsing so ordinary applies pay nothing.
 */
function looksLikeDumpText(text: string): boolean {
  return (
    /^\s*["']?kind["']?\s*:\s*["']?List["']?\s*,?\s*$/m.test(text) &&
    /^\s*(?:-\s+)?["']?kind["']?\s*:\s*["']?Node["']?\s*,?\s*$/m.test(text)
  );
}

/** The page's address hash, or '' outside a browser. */
function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

export const useLabStore = create<LabState>()((set, get) => {
  /** Saves the scenario; a refusal is told once, and the saved copy stays the last good one. */
  const persist = (scenario: Scenario) => {
    if (saveKey === null) return;
    const problem =
      scenario.actions.length > MAX_ACTIONS
        ? tNow('scenario.tooManyActions', { max: MAX_ACTIONS })
        : saveScenario(browserStore(), saveKey, scenario);
    const note = get().scenarioNote;
    if (problem !== null && note?.text !== problem) {
      set({ scenarioNote: { tone: 'error', text: problem } });
    }
  };

  const saving = laterSave(() => {
    const scenario = get().scenario;
    if (scenario !== null) persist(scenario);
  });
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => saving.flush());

  const note = (gen: number, action: Action) => {
    const scenario = get().scenario;
    if (gen !== generation || scenario === null) return;
    set({ scenario: record(scenario, action) });
    saving.within(action.kind === 'wait' ? WAIT_SAVE_MS : 0);
  };

  /**
   * The session as the store hands it out: every run, apply and tick is recorded, when the engine
   * has answered it (the engine answers in the order it was asked, so the scenario keeps that order).
   */
  const recording = (session: LabSession, gen: number): LabSession => {
    const { advance } = session;
    return {
      ...session,
      run(line, stdin) {
        return settled(
          () => session.run(line, stdin),
          () =>
            note(gen, stdin === undefined ? { kind: 'run', line } : { kind: 'run', line, stdin }),
        );
      },
      apply(text) {
        return settled(
          () => session.apply(text),
          () => note(gen, { kind: 'apply', text }),
        );
      },
      ...(advance === undefined
        ? {}
        : {
            async advance(seconds: number) {
              await advance.call(session, seconds);
              if (Number.isInteger(seconds) && seconds > 0) note(gen, { kind: 'wait', seconds });
            },
          }),
    };
  };

  /** Applies the text and shows the answer, with the cluster as it is after it. */
  const applyText = async (session: LabSession, text: string) => {
    const applyAnswer = await ask(() => session.apply(text));
    // The answer is shown as soon as it comes, the cluster after it (two smaller tasks than one).
    if (get().session !== session) return;
    set({ applyAnswer });
    const view = await freshView(session, get().view);
    if (get().session !== session) return;
    set(withView(get(), view));
  };

  /**
   * Opens a pasted cluster dump as the scenario's cluster (read in an engine worker, as an imported
   * file is); a List that is no dump after all is applied as usual.
   */
  const openPastedDump = async (session: LabSession, text: string) => {
    const current = get().scenario ?? { preset: 'lab', seed: 1 };
    const read = await ask(() => engineTask('pastedDump', [text, current, currentLanguage()]));
    if (get().session !== session) return;
    const cannotOpen = (why: string) =>
      set({ scenarioNote: { tone: 'error', text: tNow('scenario.dumpCannotOpen', { why }) } });
    if (!read.ok) cannotOpen(read.message);
    // Not a dump after all, or not YAML at all: apply, whose answer marks the lines at fault.
    else if (read.value.kind === 'not-a-dump') await applyText(session, text);
    else if (read.value.kind === 'unreadable') cannotOpen(read.value.message);
    else await rebuild(read.value.scenario, { tone: 'info', text: tNow('scenario.dumpOpened') });
  };

  /**
   * A fresh session with the scenario's actions replayed on it, then recording; the session it
   * replaces is closed (whatever it was still working on stops).
   */
  const rebuild = async (scenario: Scenario, scenarioNote: ScenarioNote | null) => {
    const gen = ++generation;
    let raw: LabSession | null = null;
    let view: ClusterView;
    let applyAnswer: Answer<ApplyOutcome> | null;
    try {
      // An imported cluster is built from its dump, whichever preset the page started with.
      raw = await (scenario.clusterDump === undefined
        ? openFor(scenario.preset, scenario.seed)
        : openEngineSession(scenario.preset, scenario.seed, scenario.clusterDump));
      if (gen !== generation) {
        raw.close?.();
        return;
      }
      applyAnswer = await replayOn(raw, scenario.actions);
      view = await raw.view();
    } catch (error) {
      raw?.close?.();
      if (gen === generation) set({ status: { kind: 'failed', message: messageOf(error) } });
      return;
    }
    if (gen !== generation) {
      raw.close?.();
      return;
    }
    const previous = get().session;
    set((s) => ({
      session: recording(raw, gen),
      scenario,
      scenarioNote,
      editorText: scenario.editorText,
      applyAnswer,
      requestAnswer: null,
      trace: null,
      selectedHop: null,
      lastCommand: null,
      loadRun: null,
      pinnedRun: null,
      loadTraces: null,
      pickedPacket: null,
      ...withView(s, view),
      status: { kind: 'ready' },
    }));
    previous?.close?.();
    saving.within(0);
  };

  return {
    ...initial,

    async start(key, open, first) {
      // React's StrictMode runs effects twice in development: one session per key.
      if (get().sessionKey === key) return;
      // What the screen before this one has not saved yet, under its own key.
      saving.flush();
      get().session?.close?.();
      set({ ...initial, sessionKey: key, editorText: first.manifest, target: first.target });
      const preset = first.preset ?? 'lab';
      const seed = first.seed ?? 1;
      base = startingScenario({ preset, seed, manifest: first.manifest });
      openFor = (p, s) => (p === preset && s === seed ? open() : openEngineSession(p, s));
      // The recorded fixture is not a scenario to keep, nor is a lesson: its cluster comes from its
      // own steps (the lesson player keeps the learner's progress).
      saveKey =
        key === 'fixture' || key === 'bench' || key.startsWith('lesson:') ? null : storageKey(key);
      let scenario: Scenario | null = null;
      const notes: string[] = [];
      let tone: ScenarioNote['tone'] = 'info';
      const link = saveKey === null ? null : linkParam(currentHash());
      if (link !== null) {
        const opened = decodeScenario(link);
        if (opened.ok) {
          scenario = opened.value;
          notes.push(tNow('scenario.opened'));
        } else {
          tone = 'error';
          notes.push(linkProblemText(opened.message, tNow));
        }
        // Saved from now on: a reload opens the saved scenario, not the link again.
        window.history.replaceState(null, '', hashWithoutLink(currentHash()));
      }
      if (scenario === null) {
        const saved = loadScenario(browserStore(), saveKey ?? '');
        scenario = saved.scenario;
        if (saved.message !== null) {
          tone = 'error';
          notes.push(saved.message);
        }
      }
      const scenarioNote = notes.length === 0 ? null : { tone, text: notes.join(' ') };
      await rebuild(scenario ?? base, scenarioNote);
    },

    async reset() {
      if (base === null) return;
      if (saveKey !== null) clearScenario(browserStore(), saveKey);
      await rebuild(base, { tone: 'info', text: tNow('scenario.reset') });
    },

    async undo() {
      const { scenario, editorText } = get();
      if (scenario === null || !canUndo(scenario)) {
        set({ scenarioNote: { tone: 'info', text: tNow('scenario.nothingToUndo') } });
        return;
      }
      await rebuild({ ...withoutLast(scenario), editorText }, null);
    },

    async openScenario(scenario, scenarioNote) {
      await rebuild(scenario, scenarioNote);
    },

    shareLink() {
      const { scenario } = get();
      if (scenario === null) return { ok: false, message: 'the cluster is still starting' };
      const param = encodeScenario(scenario);
      if (!param.ok) return param;
      const origin = typeof window === 'undefined' ? '' : window.location.origin;
      const pathname = typeof window === 'undefined' ? '/' : window.location.pathname;
      return { ok: true, value: shareUrl({ origin, pathname }, param.value) };
    },

    setScenarioNote(scenarioNote) {
      set({ scenarioNote });
    },

    setEditorText(editorText) {
      set({ editorText });
      const { scenario } = get();
      if (scenario !== null && scenario.editorText !== editorText) {
        set({ scenario: { ...scenario, editorText } });
        saving.within(0);
      }
    },

    setTarget(target) {
      set({ target });
    },

    setSender(sender) {
      set({ sender });
    },

    async apply() {
      const { session, editorText } = get();
      if (session === null) return;
      // A real cluster's dump pasted into the editor opens as the cluster; it is not applied.
      if (looksLikeDumpText(editorText)) await openPastedDump(session, editorText);
      else await applyText(session, editorText);
    },

    async sendRequest() {
      const { session, target, view, sender } = get();
      if (session === null) return;
      const requestAnswer = await ask(() => session.run(traceCommand(view, sender, target)));
      const next = await freshView(session, get().view);
      if (get().session !== session) return;
      const trace = requestAnswer.ok ? (requestAnswer.value.trace ?? null) : null;
      set((s) => ({
        requestAnswer,
        trace,
        pickedPacket: null,
        selectedHop: null,
        hopSource: 'animation',
        inspectorTab: 'hops',
        playId: trace === null ? s.playId : s.playId + 1,
        ...withView(s, next),
      }));
    },

    async showResult(result) {
      const { session } = get();
      const trace = result.trace ?? null;
      // A `lab load` typed in the terminal flies its packets and draws its bars too.
      const load = result.load;
      const traces = result.traces ?? null;
      const next = session === null ? get().view : await freshView(session, get().view);
      if (get().session !== session) return;
      if (load !== undefined) runs++;
      set((s) => ({
        ...(load === undefined
          ? {}
          : {
              loadRun: {
                id: runs,
                command: result.command,
                ...load,
                groups: loadGroups(load, next),
              },
              inspectorTab: 'distribution' as const,
            }),
        ...(traces === null
          ? {}
          : { loadTraces: traces, loadPlayId: s.loadPlayId + 1, pickedPacket: null }),
        ...(trace === null
          ? {}
          : {
              requestAnswer: { ok: true as const, value: result },
              trace,
              selectedHop: null,
              hopSource: 'animation' as const,
              inspectorTab: 'hops' as const,
              playId: s.playId + 1,
            }),
        ...(session === null ? {} : withView(s, next)),
      }));
    },

    replay() {
      if (get().trace === null) return;
      set((s) => ({ playId: s.playId + 1, selectedHop: null, hopSource: 'animation' }));
    },

    selectHop(index) {
      set({ selectedHop: index, hopSource: 'user' });
    },

    followHop(index) {
      set({ selectedHop: index, hopSource: 'animation' });
    },

    async tick(seconds) {
      const { session } = get();
      const advance = session?.advance;
      if (session === null || advance === undefined || session.busy?.() === true) return;
      const answer = await ask(() => advance.call(session, seconds));
      if (!answer.ok) return;
      const next = await freshView(session, get().view);
      // The view is rebuilt every second; the engine answers the same view (the same object) when
      // the cluster looks as it did, and the topology redraws only when it looks different.
      if (get().session === session && next !== get().view) set(withView(get(), next));
    },

    async read(line, stdin) {
      const session = get().session;
      const read = session?.read;
      if (session === null || read === undefined) return null;
      return ask(() => read.call(session, line, stdin));
    },

    async sendLoad(count, keepalive) {
      const { session, target, view, sender } = get();
      if (session === null) return;
      const line = loadCommand(view, sender, target, count, keepalive);
      const answer = await ask(() => session.run(line));
      const next = await freshView(session, get().view);
      if (get().session !== session) return;
      const load = answer.ok ? answer.value.load : undefined;
      runs++;
      const loadRun: LoadRun | null =
        load === undefined
          ? null
          : { id: runs, command: line, ...load, groups: loadGroups(load, next) };
      const traces = answer.ok ? (answer.value.traces ?? null) : null;
      set((s) => ({
        lastCommand: { line, answer },
        loadRun: loadRun ?? s.loadRun,
        inspectorTab: 'distribution',
        ...(traces === null
          ? {}
          : { loadTraces: traces, loadPlayId: s.loadPlayId + 1, pickedPacket: null }),
        ...withView(s, next),
      }));
    },

    pickPacket(index) {
      const trace = get().loadTraces?.[index];
      if (trace === undefined) return;
      set({
        trace,
        pickedPacket: index,
        requestAnswer: null,
        selectedHop: trace.hops.length === 0 ? null : trace.hops.length - 1,
        hopSource: 'user',
        inspectorTab: 'hops',
      });
    },

    zoomBy(factor) {
      player?.zoomBy?.(factor);
    },

    fitView() {
      player?.fit?.();
    },

    pinLoad(pin) {
      set((s) => ({ pinnedRun: pin ? s.loadRun : null }));
    },

    async runCommand(line) {
      const { session } = get();
      if (session === null) return;
      const answer = await ask(() => session.run(line));
      const next = await freshView(session, get().view);
      if (get().session !== session) return;
      set((s) => ({ lastCommand: { line, answer }, ...withView(s, next) }));
    },

    setInspectorTab(inspectorTab) {
      set({ inspectorTab });
    },

    setAnimState(animState) {
      if (get().animState !== animState) set({ animState });
    },

    togglePlay() {
      const { animState, trace } = get();
      if (trace === null) {
        void get().sendRequest();
        return;
      }
      if (animState === 'playing') player?.pause();
      else player?.resume();
    },

    step(delta) {
      const { trace, selectedHop } = get();
      if (trace === null || trace.hops.length === 0) return;
      const index = Math.min(trace.hops.length - 1, Math.max(0, (selectedHop ?? -1) + delta));
      get().selectHop(index);
    },

    setSpeed(speed) {
      set({ speed: clampSpeed(speed) });
    },

    nudgeSpeed(direction) {
      const { speed } = get();
      const at = SPEED_STEPS.findIndex((s) => s >= speed);
      const index = Math.min(SPEED_STEPS.length - 1, Math.max(0, (at < 0 ? 2 : at) + direction));
      set({ speed: SPEED_STEPS[index] ?? 1 });
    },

    setProjector(projector) {
      set({ projector });
    },

    selectPlace(place) {
      // Clicking a node or pod picks the first hop of the current trace that happened there.
      const index = get().trace?.hops.findIndex((hop) => hop.at === place) ?? -1;
      if (index >= 0) get().selectHop(index);
    },
  };
});

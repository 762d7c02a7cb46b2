// Whether the page has asked for Monaco yet (it loads when the learner first clicks or types in
// the plain editor, so the first screen never waits for it) and whether it has taken the
// textarea's place. Its own small store: the lab store holds the text.
import { create } from 'zustand';

interface EditorUi {
  readonly monacoWanted: boolean;
  /** Monaco has mounted: the textarea goes. */
  readonly monacoShown: boolean;
  /** Monaco could not load (offline, old browser): the textarea stays. */
  readonly monacoFailed: boolean;
  wantMonaco(): void;
  setMonacoShown(shown: boolean): void;
  monacoFailedToLoad(): void;
}

export const useEditorUi = create<EditorUi>()((set, get) => ({
  monacoWanted: false,
  monacoShown: false,
  monacoFailed: false,
  wantMonaco() {
    if (!get().monacoWanted && !get().monacoFailed) set({ monacoWanted: true });
  },
  setMonacoShown(monacoShown) {
    set({ monacoShown });
  },
  monacoFailedToLoad() {
    set({ monacoFailed: true, monacoWanted: false, monacoShown: false });
  },
}));

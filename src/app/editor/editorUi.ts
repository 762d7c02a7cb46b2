// Whether the page has asked for Monaco yet (it loads when the learner first clicks or types in
// the plain editor, so the first screen never waits for it) and whether it has taken the
// textarea's place, and the size of a paste the editor refused. Its own small store: the lab store
// holds the text.
import { create } from 'zustand';

interface EditorUi {
  readonly monacoWanted: boolean;
  /** Monaco has mounted: the textarea goes. */
  readonly monacoShown: boolean;
  /** Monaco could not load (offline, old browser): the textarea stays. */
  readonly monacoFailed: boolean;
  /** The length of the last paste refused as too large to apply, until the text changes. */
  readonly refusedPaste: number | null;
  wantMonaco(): void;
  setRefusedPaste(length: number | null): void;
  setMonacoShown(shown: boolean): void;
  monacoFailedToLoad(): void;
}

export const useEditorUi = create<EditorUi>()((set, get) => ({
  monacoWanted: false,
  monacoShown: false,
  monacoFailed: false,
  refusedPaste: null,
  setRefusedPaste(refusedPaste) {
    if (get().refusedPaste !== refusedPaste) set({ refusedPaste });
  },
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

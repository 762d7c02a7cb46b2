// Whether the page has asked for Monaco yet (it loads on the first focus of the plain editor, so
// the first screen never waits for it) and where the caret was then. Its own small store: the
// lab store holds the text.
import { create } from 'zustand';

interface EditorUi {
  readonly monacoWanted: boolean;
  readonly caret: number;
  /** Monaco could not load (offline, old browser): the textarea stays. */
  readonly monacoFailed: boolean;
  wantMonaco(caret: number): void;
  monacoFailedToLoad(): void;
}

export const useEditorUi = create<EditorUi>()((set, get) => ({
  monacoWanted: false,
  caret: 0,
  monacoFailed: false,
  wantMonaco(caret) {
    if (!get().monacoWanted && !get().monacoFailed) set({ monacoWanted: true, caret });
  },
  monacoFailedToLoad() {
    set({ monacoFailed: true, monacoWanted: false });
  },
}));

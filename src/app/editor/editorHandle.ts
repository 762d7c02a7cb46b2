// The editor the page shows now (Monaco once loaded, else the textarea), for what lives outside it:
// the Apply output's "show this line" links. Plain module state; the editor registers itself.

export interface EditorHandle {
  /** Selects a 1-based line, scrolls it into view and focuses the editor. */
  revealLine(line: number): void;
}

let current: EditorHandle | null = null;

export function setEditorHandle(handle: EditorHandle): void {
  current = handle;
}

/** Unregisters an editor, unless another has taken its place meanwhile. */
export function clearEditorHandle(handle: EditorHandle): void {
  if (current === handle) current = null;
}

export function editorHandle(): EditorHandle | null {
  return current;
}

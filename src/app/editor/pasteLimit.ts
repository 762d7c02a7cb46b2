// A paste larger than the lab can apply is refused before it reaches the editor: a 10 MB text
// would hold the page's main thread in the textarea or Monaco (laying it out, keeping it in the
// scenario) for seconds, only for Apply to refuse it. The check reads the pasted text's length,
// nothing more.
import { useEditorUi } from './editorUi.ts';

/** The engine's limit for an applied text (`MAX_MANIFEST_BYTES`, engine/api/manifest.ts). */
export const MAX_PASTE = 3 * 1024 * 1024;

/**
 * Whether a paste must be refused; if so the paste is cancelled (`cancel`) and the editor says why.
 * An accepted paste clears an earlier refusal.
 */
export function refuseLargePaste(data: DataTransfer | null, cancel: () => void): boolean {
  const length = data?.getData('text/plain').length ?? 0;
  const refused = length > MAX_PASTE;
  if (refused) cancel();
  useEditorUi.getState().setRefusedPaste(refused ? length : null);
  return refused;
}

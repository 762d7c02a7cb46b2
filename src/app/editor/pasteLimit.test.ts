// A paste the lab could not apply is refused before it reaches the editor, by its length alone.
import { describe, expect, it } from 'vitest';
import { MAX_MANIFEST_BYTES } from '../../engine/api/manifest.ts';
import { useEditorUi } from './editorUi.ts';
import { MAX_PASTE, refuseLargePaste } from './pasteLimit.ts';

function clipboard(text: string): DataTransfer {
  return { getData: (type: string) => (type === 'text/plain' ? text : '') } as DataTransfer;
}

describe('refuseLargePaste', () => {
  it("is the engine's own limit for an applied text", () => {
    expect(MAX_PASTE).toBe(MAX_MANIFEST_BYTES);
  });

  it('cancels a paste larger than the lab applies and says how large it was', () => {
    let cancelled = false;
    const size = 10 * 1024 * 1024;
    expect(refuseLargePaste(clipboard('x'.repeat(size)), () => (cancelled = true))).toBe(true);
    expect(cancelled).toBe(true);
    expect(useEditorUi.getState().refusedPaste).toBe(size);
  });

  it('lets any other paste through, and forgets an earlier refusal', () => {
    let cancelled = false;
    expect(refuseLargePaste(clipboard('apiVersion: v1\n'), () => (cancelled = true))).toBe(false);
    expect(cancelled).toBe(false);
    expect(useEditorUi.getState().refusedPaste).toBeNull();
  });
});

// The manifest editor once Monaco has loaded (EditorPane shows a textarea until then): YAML with the
// Kubernetes schema, the API server's errors from the last Apply as markers, Ctrl/Cmd+Enter applies.
// The text lives in the lab store, so the textarea, this editor and Apply always agree.
import { useEffect, useRef } from 'react';
import { useLabStore } from '../store/labStore.ts';
import { clearEditorHandle, setEditorHandle } from './editorHandle.ts';
import { useEditorUi } from './editorUi.ts';
import { applyMarkers, schemaMinor } from './markers.ts';
import { refuseLargePaste } from './pasteLimit.ts';
import { loadSchema, monaco, MODEL_URI, SCHEMA_MINORS } from './monaco.ts';

/** Marker owner for Apply's errors (monaco-yaml owns the syntax and schema ones). */
const OWNER = 'kubectl';

/** The plain editor Monaco replaces, if the learner is in it: its caret carries over. */
function plainCaret(): number | null {
  const active = document.activeElement;
  return active instanceof HTMLTextAreaElement && active.dataset.testid === 'editor'
    ? active.selectionStart
    : null;
}

export default function MonacoEditor() {
  const host = useRef<HTMLDivElement>(null);
  const version = useLabStore((s) => s.view?.version);

  useEffect(() => {
    if (host.current === null) return;
    const uri = monaco.Uri.parse(MODEL_URI);
    const model =
      monaco.editor.getModel(uri) ??
      monaco.editor.createModel(useLabStore.getState().editorText, 'yaml', uri);
    if (model.getValue() !== useLabStore.getState().editorText) {
      model.setValue(useLabStore.getState().editorText);
    }
    const editor = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12.5,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      wordWrap: 'off',
      renderLineHighlight: 'line',
      quickSuggestions: { other: true, comments: false, strings: true },
      // In YAML, Enter ends a line: a suggestion that pops up while the learner types must not
      // swallow it (the schema suggests on nearly every key). Tab or a click accepts one.
      acceptSuggestionOnEnter: 'off',
      fixedOverflowWidgets: true,
      // A pasted file of a thousand objects must not hold the page: sticky scroll follows the
      // YAML's indentation instead of the outline the YAML worker sends (reading that outline took
      // 150 ms), and folding stops at 1,000 regions (each is a decoration Monaco places).
      stickyScroll: { enabled: true, defaultModel: 'indentationModel' },
      foldingMaximumRegions: 1000,
      ariaLabel: 'YAML manifest',
    });

    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => {
      useLabStore.getState().apply();
    });

    // Before Monaco's own handler (capture phase, on its host): a paste too large to apply stops here.
    const element = host.current;
    const onPaste = (event: ClipboardEvent) => {
      if (refuseLargePaste(event.clipboardData, () => event.preventDefault()))
        event.stopPropagation();
    };
    element.addEventListener('paste', onPaste, true);

    const typed = model.onDidChangeContent(() => {
      const text = model.getValue();
      if (text !== useLabStore.getState().editorText) useLabStore.getState().setEditorText(text);
    });

    const showAnswer = () => {
      const answer = useLabStore.getState().applyAnswer;
      const errors = answer?.ok === true ? answer.value.errors : [];
      monaco.editor.setModelMarkers(model, OWNER, applyMarkers(model.getValue(), errors));
    };
    showAnswer();

    const unsubscribe = useLabStore.subscribe((state, previous) => {
      // A scenario loaded elsewhere replaces the text; typing here never comes back this way.
      if (state.editorText !== previous.editorText && state.editorText !== model.getValue()) {
        model.setValue(state.editorText);
      }
      if (state.applyAnswer !== previous.applyAnswer) showAnswer();
    });

    const handle = {
      revealLine(line: number) {
        const lineNumber = Math.min(Math.max(line, 1), model.getLineCount());
        editor.setSelection(
          new monaco.Selection(lineNumber, 1, lineNumber, model.getLineMaxColumn(lineNumber)),
        );
        editor.revealLineInCenter(lineNumber);
        editor.focus();
      },
    };
    setEditorHandle(handle);
    // Where the caret was in the textarea this editor replaces.
    const caret = plainCaret();
    if (caret !== null) {
      editor.setPosition(model.getPositionAt(caret));
      editor.focus();
    }
    useEditorUi.getState().setMonacoShown(true);

    return () => {
      useEditorUi.getState().setMonacoShown(false);
      clearEditorHandle(handle);
      unsubscribe();
      element.removeEventListener('paste', onPaste, true);
      typed.dispose();
      editor.dispose();
    };
  }, []);

  useEffect(() => {
    void loadSchema(schemaMinor(version, SCHEMA_MINORS));
  }, [version]);

  return <div ref={host} className="monaco-host" data-testid="monaco-editor" />;
}

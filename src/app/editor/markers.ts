// The API server's answers to Apply as editor markers: each error on the line it concerns (the
// message is the text kubectl prints), underlining the line's text rather than its indentation.
import type { SourceError } from '../../engine/index.ts';

/** monaco.MarkerSeverity.Error; kept as a number so this file does not load Monaco. */
export const SEVERITY_ERROR = 8;

export interface MarkerData {
  readonly severity: number;
  readonly message: string;
  readonly source: string;
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

/** Markers for the errors that name a line of `text`; a line past the end marks the last line. */
export function applyMarkers(text: string, errors: readonly SourceError[]): MarkerData[] {
  const lines = text.split('\n');
  return errors
    .filter((e) => e.line > 0)
    .map((e) => {
      const lineNumber = Math.min(e.line, lines.length);
      const content = lines[lineNumber - 1] ?? '';
      const indent = content.length - content.trimStart().length;
      // The column, when the engine knows it, starts the underline; else the first character.
      const start = e.column > 1 ? Math.min(e.column, content.length + 1) : indent + 1;
      const end = Math.max(content.trimEnd().length + 1, start + 1);
      return {
        severity: SEVERITY_ERROR,
        message: e.message,
        source: 'kubectl apply',
        startLineNumber: lineNumber,
        startColumn: start,
        endLineNumber: lineNumber,
        endColumn: end,
      };
    });
}

/** "v1.33.0" -> the release whose schema the editor loads (the nearest one at or below). */
export function schemaMinor(version: string | undefined, available: readonly number[]): number {
  const minor = Number(/^v?1\.(\d+)/.exec(version ?? '')?.[1] ?? NaN);
  const sorted = [...available].sort((a, b) => a - b);
  const last = sorted[sorted.length - 1] ?? 33;
  if (Number.isNaN(minor)) return last;
  return [...sorted].reverse().find((m) => m <= minor) ?? sorted[0] ?? last;
}

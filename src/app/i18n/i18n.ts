// The browser's one way to put words on screen in the reader's language: `t(key, params)` over the
// UI catalog (ui.ts), the engine's trace-note catalog and the lesson checks' catalog, all rendered
// by the engine's `format`.
// A hop's explanation is its message (`hop.msg`) in the chosen language; kubectl's output, names
// and addresses are never passed through here.
import { createElement, Fragment, useMemo, type ReactNode } from 'react';
// The two message modules only, not the engine's door: the engine itself loads lazily.
import type { Hop } from '../../engine/index.ts';
import {
  format,
  type Language,
  type Message,
  type MessageParam,
} from '../../engine/messages/format.ts';
import { NOTES, type NoteKey } from '../../engine/messages/notes.ts';
import { CHECK_MESSAGES, type CheckKey } from '../../lessons/messages.ts';
import { useLanguage } from '../lessons/language.ts';
import { UI_EN, UI_KO, type UiKey } from './ui.ts';

export type { Language };
export type TextKey = UiKey | NoteKey | CheckKey;
export type TextParams = Readonly<Record<string, MessageParam>>;

const UI: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en: UI_EN, ko: UI_KO };
const ENGINE: Readonly<Record<Language, Readonly<Record<string, string>>>> = NOTES;
const CHECKS: Readonly<Record<Language, Readonly<Record<string, string>>>> = CHECK_MESSAGES;

function lookup(language: Language): (key: string) => string | undefined {
  return (key) => UI[language][key] ?? ENGINE[language][key] ?? CHECKS[language][key];
}

/** A message (a UI key or an engine note) in `language`. */
export function translateMessage(language: Language, message: Message): string {
  return format(lookup(language), message);
}

export function translate(language: Language, key: TextKey, params?: TextParams): string {
  return translateMessage(language, params ? { key, params } : { key });
}

/** A hop's one-sentence explanation in `language` (its English note when it carries no message). */
export function hopNote(hop: Hop, language: Language): string {
  return hop.msg ? translateMessage(language, hop.msg) : hop.note;
}

/** The language chosen now (for text made outside React: store notes, class components). */
export function currentLanguage(): Language {
  return useLanguage.getState().language;
}

/** `translate` in the language chosen now. */
export function tNow(key: TextKey, params?: TextParams): string {
  return translate(currentLanguage(), key, params);
}

export interface Translator {
  (key: TextKey, params?: TextParams): string;
  readonly language: Language;
  /** A message built elsewhere (a target's label, a hop's note). */
  readonly message: (message: Message) => string;
  /** A template whose parameters are elements (a name in bold, a link). */
  readonly rich: (key: TextKey, parts: Readonly<Record<string, ReactNode>>) => ReactNode;
}

export function translator(language: Language): Translator {
  const t = (key: TextKey, params?: TextParams) => translate(language, key, params);
  return Object.assign(t, {
    language,
    message: (m: Message) => translateMessage(language, m),
    rich: (key: TextKey, parts: Readonly<Record<string, ReactNode>>) =>
      richText(lookup(language)(key) ?? key, parts),
  });
}

/** The translator for the chosen language; components using it follow the switch. */
export function useT(): Translator {
  const language = useLanguage((s) => s.language);
  return useMemo(() => translator(language), [language]);
}

/** Splits a template at its `{name}` placeholders and puts the elements in. */
export function richText(template: string, parts: Readonly<Record<string, ReactNode>>): ReactNode {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const at = m.index ?? 0;
    if (at > last) out.push(template.slice(last, at));
    const name = m[1]!;
    out.push(name in parts ? parts[name] : m[0]);
    last = at + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out.map((part, i) => createElement(Fragment, { key: i }, part));
}

// The reader's language (English or Korean) for the whole UI, lesson texts and trace explanations
// (i18n/i18n.ts): the browser's language at first, then the learner's choice, remembered. The
// page's `lang` follows it, so the Korean font stack applies.
import { create } from 'zustand';
import type { Localized } from '../../lessons/types.ts';

export type Language = keyof Localized;

export const LANGUAGE_KEY = 'k8s-lab:language';

/** Korean when the browser prefers Korean (ko, ko-KR), else English. */
export function defaultLanguage(browser: readonly string[]): Language {
  const first = browser[0]?.toLowerCase() ?? '';
  return first === 'ko' || first.startsWith('ko-') ? 'ko' : 'en';
}

/** The saved choice, or the browser's language. */
export function initialLanguage(saved: string | null, browser: readonly string[]): Language {
  return saved === 'en' || saved === 'ko' ? saved : defaultLanguage(browser);
}

function saved(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

interface LanguageState {
  readonly language: Language;
  setLanguage(language: Language): void;
}

export const useLanguage = create<LanguageState>()((set) => ({
  language: typeof window === 'undefined' ? 'en' : initialLanguage(saved(), browserLanguages()),
  setLanguage(language) {
    try {
      window.localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Not remembered, still switched.
    }
    set({ language });
  },
}));

if (typeof document !== 'undefined') {
  document.documentElement.lang = useLanguage.getState().language;
  useLanguage.subscribe((s) => {
    document.documentElement.lang = s.language;
  });
}

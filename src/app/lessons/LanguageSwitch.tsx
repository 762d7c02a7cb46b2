// The English / 한국어 switch for the whole UI, lesson texts and trace explanations (remembered in
// the browser).
import { useT } from '../i18n/i18n.ts';
import { useLanguage, type Language } from './language.ts';

const NAMES: Record<Language, string> = { en: 'English', ko: '한국어' };

export function LanguageSwitch() {
  const language = useLanguage((s) => s.language);
  const setLanguage = useLanguage((s) => s.setLanguage);
  const t = useT();
  return (
    <div
      className="language-switch"
      role="group"
      aria-label={t('app.language')}
      data-testid="language"
    >
      {(Object.keys(NAMES) as Language[]).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={l === language ? 'is-active' : undefined}
          aria-pressed={l === language}
          data-testid={`language-${l}`}
          onClick={() => setLanguage(l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}

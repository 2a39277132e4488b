import { useId } from 'react';
import { isLang, LANGS, LANGUAGE_NAMES, LOCALE_TAGS } from '../model/languages';
import { useActions, useApp } from '../state/store';
import { useT } from './useT';
import './language.css';

/** Each language listed in its own name and script, so a reader finds theirs whatever is showing now. */
export function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const lang = useApp((s) => s.lang);
  const { setLang } = useActions();
  return (
    <span className="language-switcher">
      <label htmlFor={id}>{t('i18n.language')}</label>{' '}
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) setLang(e.target.value);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={LOCALE_TAGS[l]}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}

import { useId, useState } from 'react';
import { isLang, LANGS, LANGUAGE_NAMES, type Lang, LOCALE_TAGS } from '../model/languages';
import { useActions, useApp } from '../state/store';
import { useT } from './useT';
import './language.css';

/** Each language listed in its own name and script, so a reader finds theirs whatever is showing now. */
export function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const lang = useApp((s) => s.lang);
  const { chooseLang } = useActions();
  // The choice shows at once while its texts load; the list stays usable, and a failed load puts it back.
  const [pending, setPending] = useState<Lang | null>(null);
  return (
    <span className="language-switcher">
      <label htmlFor={id}>{t('i18n.language')}</label>{' '}
      <select
        id={id}
        value={pending ?? lang}
        aria-busy={pending !== null && pending !== lang}
        onChange={(e) => {
          const chosen = e.target.value;
          if (!isLang(chosen)) return;
          setPending(chosen);
          void chooseLang(chosen).finally(() => setPending((p) => (p === chosen ? null : p)));
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

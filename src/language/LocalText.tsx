import { localizedWithFallback } from '../model/localized';
import type { LocalizedText } from '../model/record';
import { useLang, useT } from './useT';
import './language.css';

/**
 * A record text in the reader's language. Where the record has no translation the English text is
 * shown, marked as English (visibly, and for screen readers via `lang` and a note), never a blank.
 */
export function LocalText({ value }: { value: LocalizedText | undefined }) {
  const lang = useLang();
  const t = useT();
  if (!value) return null;
  const { text, fallback } = localizedWithFallback(value, lang);
  if (!fallback) return <>{text}</>;
  return (
    <>
      <span lang="en">{text}</span>{' '}
      <span className="fallback-mark" title={t('i18n.fallbackNote')}>
        <span aria-hidden="true">{t('i18n.fallbackMark')}</span>
        <span className="visually-hidden">{t('i18n.fallbackNote')}</span>
      </span>
    </>
  );
}

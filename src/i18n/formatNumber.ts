import { type Lang, LOCALE_TAGS } from '../model/languages';

/** What each language's numbers look like: grouping and decimal marks (CLDR). */
const MARKS: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  ru: { group: '\u00a0', decimal: ',' },
  ky: { group: '\u00a0', decimal: ',' },
  tg: { group: '\u00a0', decimal: ',' },
  uz: { group: '\u00a0', decimal: ',' },
};

function intlFormatter(lang: Lang): Intl.NumberFormat | null {
  try {
    const format = new Intl.NumberFormat(LOCALE_TAGS[lang], { maximumFractionDigits: 2 });
    // Browsers without a locale's data silently fall back to English grouping ("130,000" in Tajik).
    const probe = format.format(1234.5).replace(/\s/g, ' ');
    const want = `1${MARKS[lang].group}234${MARKS[lang].decimal}5`.replace(/\s/g, ' ');
    return probe === want ? format : null;
  } catch {
    return null;
  }
}

const cache = new Map<Lang, Intl.NumberFormat | null>();

/** The hand-made equivalent, used where Intl lacks the locale. */
export function formatNumberFallback(n: number, lang: Lang): string {
  const { group, decimal } = MARKS[lang];
  const [int = '0', frac] = Math.abs(Math.round(n * 100) / 100)
    .toString()
    .split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `${decimal}${frac}` : ''}`;
}

/** 130000 → "130,000" (en) or "130 000" (ru, ky, tg, uz, with a no-break space). */
export function formatNumber(n: number, lang: Lang, useIntl = true): string {
  if (!Number.isFinite(n)) return String(n);
  if (!useIntl) return formatNumberFallback(n, lang);
  if (!cache.has(lang)) cache.set(lang, intlFormatter(lang));
  const format = cache.get(lang);
  // Intl may use a narrow no-break space (U+202F) where CLDR changed; keep one mark across browsers.
  return format ? format.format(n).replace(/[\u202f ]/g, MARKS[lang].group) : formatNumberFallback(n, lang);
}

/**
 * A record cut to one reader's language: every text keeps English (the fallback every record text
 * must have) and the reader's language, and drops the other languages. It is what a cold load
 * fetches (src/model/recordFiles.ts names the files): the first picture needs one language's titles and summaries,
 * not five, and the full record (`data/events.json`, the one people cite and download) is fetched
 * only when another language is needed (a language switch, a search in every language).
 *
 * Shared by the build (vite.config.ts emits one file per language and serves them in dev) and the
 * benchmark (its synthetic records), so there is one definition of what the cut keeps. Plain
 * JavaScript so Node runs it without a build step.
 */

/*
 * A record text is an object of language code → string with `en` among them (LocalizedTextSchema).
 * Recognised by shape, so a text field added to the schema later is cut without a list here to update.
 */
function isLocalizedText(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof value.en !== 'string') return false;
  return Object.entries(value).every(([k, v]) => /^[a-z]{2}$/.test(k) && typeof v === 'string');
}

/*
 * A text keeps English and the reader's language; one without the reader's language also keeps the
 * languages a name falls back to for that reader (Russian before English for Kyrgyz and Tajik), so
 * the cut shows exactly what the full record would.
 */
function cutText(text, lang, fallbacks) {
  const keep = lang in text ? ['en', lang] : ['en', ...fallbacks];
  const out = {};
  for (const [k, v] of Object.entries(text)) if (keep.includes(k)) out[k] = v;
  return out;
}

function cut(value, lang, fallbacks) {
  if (Array.isArray(value)) return value.map((v) => cut(v, lang, fallbacks));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalizedText(value)) return cutText(value, lang, fallbacks);
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = cut(v, lang, fallbacks);
  return out;
}

/**
 * The record with its texts cut to `lang` (and, where a text lacks it, to `fallbacks`, the
 * languages its reader's names fall back to: model/languages.ts labelFallbacks), saying so in `languages`.
 */
export function recordForLanguage(record, lang, fallbacks = []) {
  // Only the languages every text kept in full: a fallback language is there only where `lang` is not.
  return { ...cut(record, lang, fallbacks), languages: lang === 'en' ? ['en'] : ['en', lang] };
}

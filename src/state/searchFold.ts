/**
 * The spelling a search compares: one Latin "skeleton" per word, so the spellings journalists
 * actually type for the same name meet. Ворух, Воруҳ, Vorukh, Worukh, Voruh and Vorux all become
 * "voruh"; Кок-Таш, Көк-Таш, Kok Tash and Koktash become "koktash"; Худжанд, Хуҷанд and Khujand
 * become "hujand". Both the record's texts and the query are folded the same way, so the fold only
 * has to be consistent, not a faithful transliteration.
 */

// Cyrillic (Russian, Kyrgyz, Tajik) to Latin, after case and accents are folded (й → и, ё → е, ӣ → и, ӯ → у).
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ө: 'o',
  ү: 'u',
  ң: 'n',
  қ: 'k',
  ғ: 'g',
  ҳ: 'h',
  ҷ: 'j',
  ә: 'a',
  і: 'i',
  ұ: 'u',
  һ: 'h',
};

// Latin spellings of one sound: dzh/dj/zh/j (Khujand, Khudjand, Khudzhand), kh/x/h (Vorukh, Vorux),
// w/v (Worukh), q/k and gh/g (Uzbek and Tajik romanisations), y/i (Yntymak, Интимак).
const LATIN_FOLDS: Record<string, string> = { dzh: 'j', dj: 'j', zh: 'j', kh: 'h', gh: 'g', x: 'h', w: 'v', q: 'k', y: 'i' };
const LATIN_FOLD = /dzh|dj|zh|kh|gh|[xwqy]/g;

const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
// Join the parts of one name rather than separating words: Kok-Tash, Xoʻjand, Sughd-500.
const JOINERS = new Set(['-', "'", '`', '\u02BB', '\u02BC', '\u2010', '\u2011', '\u2018', '\u2019']);

/** One character folded: case and accents dropped, Cyrillic in Latin, '' for a joiner, ' ' for a separator. */
function foldChar(ch: string): string {
  if (JOINERS.has(ch)) return '';
  let out = '';
  for (const base of ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) {
    out += CYRILLIC[base] ?? (isWordChar(base) ? base : ' ');
  }
  return out;
}

// Every character up to the end of Cyrillic (U+0530) folded in advance: building the index folds
// every text of the record once, and a table lookup keeps that near 25 ns a character.
const TABLE_SIZE = 0x530;
const FOLD_TABLE: readonly string[] = Array.from({ length: TABLE_SIZE }, (_, c) => foldChar(String.fromCharCode(c)));

/**
 * Folds text to space-separated skeleton words: case, accents, script and the spelling variants
 * above are ignored, hyphens and apostrophes join, any other punctuation separates, and doubled
 * letters count once.
 */
export function skeleton(text: string): string {
  // Only characters that change are looked up: most of an English text is lowercase ASCII already.
  return text
    .replace(/[^a-z0-9 ]/g, (ch) => {
      const c = ch.charCodeAt(0);
      return c < TABLE_SIZE ? (FOLD_TABLE[c] as string) : foldChar(ch);
    })
    .replace(/ {2,}/g, ' ')
    .replace(LATIN_FOLD, (m) => LATIN_FOLDS[m] ?? m)
    .replace(/([a-z])\1+/g, '$1')
    .trim();
}

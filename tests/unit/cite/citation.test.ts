import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bibUrl,
  type CitationInput,
  type CitedSource,
  citationFileName,
  citationFormats,
  citationKey,
  citationText,
  texEscape,
  viewCitationTitle,
} from '../../../src/export/citation';

const URL_WITH_SPECIALS = 'https://map.example/kg-tj/?date=2022-09-16&event=batken-war-2022-09&q=50%25+off&v=1.1.0#story=abc_-XY';

const sources: CitedSource[] = [
  {
    id: 'kabar',
    title: 'Тоҷикистон ва Қирғизистон: ҳамла дар Ворух',
    publisher: 'Kabar & Co',
    date: '2022-09',
    url: 'https://kabar.kg/news/a_b?x=1&y=2',
    kind: 'news',
  },
  {
    id: 'supplied',
    title: 'Report on the shelling',
    publisher: 'Asia-Plus',
    date: '2022-09-17',
    kind: 'news',
    titleSupplied: true,
  },
];

function viewInput(overrides: Partial<CitationInput> = {}): CitationInput {
  return {
    kind: 'view',
    title: 'Kyrgyzstan–Tajikistan border map, 16 September 2022',
    author: 'Kyrgyzstan–Tajikistan border map contributors',
    mapName: 'Kyrgyzstan–Tajikistan border map',
    version: '1.1.0',
    released: '2026-12-02',
    accessed: '2026-12-05',
    url: URL_WITH_SPECIALS,
    lang: 'en',
    ...overrides,
  };
}

function eventInput(overrides: Partial<CitationInput> = {}): CitationInput {
  return viewInput({
    kind: 'event',
    title: 'Clashes along the border',
    event: { id: 'batken-war-2022-09', date: '2022-09', precision: 'month' },
    sources,
    ...overrides,
  });
}

/** BibTeX's own rule: braces in a value nest, whatever backslash precedes them; never below zero, zero at the end. */
function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A reader of one BibTeX entry the way BibTeX reads it: `name = {value}` with balanced braces. */
function parseBibtex(text: string): { type: string; key: string; fields: Map<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),\n/.exec(text);
  if (!head) throw new Error(`no entry head in ${text}`);
  const fields = new Map<string, string>();
  let i = head[0].length;
  while (i < text.length) {
    const m = /^\s*([a-z]+)\s*=\s*\{/.exec(text.slice(i));
    if (!m) break;
    const name = m[1] ?? '';
    i += m[0].length;
    let depth = 1;
    const start = i;
    while (depth > 0) {
      const c = text[i];
      if (c === undefined) throw new Error(`field ${name} never closes`);
      if (c === '{') depth++;
      if (c === '}') depth--;
      i++;
    }
    if (fields.has(name)) throw new Error(`field ${name} twice`);
    fields.set(name, text.slice(start, i - 1));
    const rest = /^,?\n?/.exec(text.slice(i));
    i += rest?.[0].length ?? 0;
  }
  if (text.slice(i).trim() !== '}') throw new Error(`entry does not end cleanly: ${JSON.stringify(text.slice(i))}`);
  return { type: head[1] ?? '', key: head[2] ?? '', fields };
}

const HOSTILE = [
  '} , author = {x',
  '}}}}@misc{evil, title={pwned',
  'C:\\path\\to {file} 100% & $5 #1 a_b x^2 ~home',
  'line one\nline two\r\nER  - \n@article{x,',
  '\\textbf{bold} \\end{document}',
  '',
];

describe('BibTeX', () => {
  it('keeps every field closed whatever the title holds', () => {
    for (const title of HOSTILE) {
      const { bibtex } = citationFormats(viewInput({ title, author: title }));
      const entry = parseBibtex(bibtex);
      expect(entry.type).toBe('misc');
      expect([...entry.fields.keys()]).toEqual(expect.arrayContaining(['author', 'title', 'url', 'version', 'urldate']));
      expect(entry.fields.get('url')).toBe(URL_WITH_SPECIALS);
      expect(entry.fields.get('version')).toBe('1.1.0');
      for (const value of entry.fields.values()) expect(bracesBalanced(value)).toBe(true);
      // A newline in the title could start a line with "@": every value stays on its line.
      expect(bibtex.split('\n').filter((line) => line.startsWith('@'))).toHaveLength(1);
    }
  });

  it('escapes every TeX special so LaTeX prints it, never runs it', () => {
    expect(texEscape('\\ { } % & $ # _ ^ ~')).toBe(
      '\\textbackslash{} \\textbraceleft{} \\textbraceright{} \\% \\& \\$ \\# \\_ \\textasciicircum{} \\textasciitilde{}',
    );
    const { fields } = parseBibtex(citationFormats(viewInput({ title: '} , author = {x' })).bibtex);
    expect(fields.get('title')).toBe('{\\textbraceright{} , author = \\textbraceleft{}x}');
    expect(fields.get('author')).toBe('{Kyrgyzstan–Tajikistan border map contributors}');
  });

  it('keeps Tajik and Kyrgyz text as UTF-8', () => {
    const title =
      'Харитаи сарҳади Қирғизистону Тоҷикистон: Ворух, Қалъачаи Боло; Кыргызстан–Тажикстан чек ара картасы: Көк-Таш, Үч-Дөбө';
    const { fields } = parseBibtex(citationFormats(viewInput({ title, lang: 'tg' })).bibtex);
    expect(fields.get('title')).toBe(`{${title}}`);
  });

  it('writes the link byte for byte, and percent-encodes only what would break the field', () => {
    expect(bibUrl(URL_WITH_SPECIALS)).toBe(URL_WITH_SPECIALS);
    expect(bibUrl('https://x.example/a{b}c\\d e')).toBe('https://x.example/a%7Bb%7Dc%5Cd%20e');
    expect(bibUrl('https://x.example/a\u2028b\u00a0c')).toBe('https://x.example/a%E2%80%A8b%C2%A0c');
    const hostileUrl = 'https://x.example/?q=}&t=%7B#{';
    const { fields } = parseBibtex(citationFormats(viewInput({ url: hostileUrl })).bibtex);
    expect(fields.get('url')).toBe('https://x.example/?q=%7D&t=%7B#%7B');
  });

  it('gives the same input the same key, and two views two keys', () => {
    const a = citationKey(viewInput());
    expect(citationKey(viewInput())).toBe(a);
    expect(citationKey(viewInput({ url: 'https://map.example/?date=2021-04-29' }))).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_:.-]+$/);
    expect(citationKey(eventInput())).toBe('kg-tj-border-map-1.1.0-batken-war-2022-09');
    expect(citationKey(viewInput({ version: null }))).toMatch(/^kg-tj-border-map-unversioned-view-/);
  });

  it("puts an event's sources in the addendum, a supplied title in brackets", () => {
    const { fields } = parseBibtex(citationFormats(eventInput()).bibtex);
    const addendum = fields.get('addendum') ?? '';
    expect(addendum).toContain('Тоҷикистон ва Қирғизистон: ҳамла дар Ворух — Kabar \\& Co, 2022-09');
    expect(addendum).toContain('https://kabar.kg/news/a\\_b?x=1\\&y=2');
    expect(addendum).toContain('[Report on the shelling] — Asia-Plus, 2022-09-17');
    expect(fields.get('booktitle')).toBe('Kyrgyzstan–Tajikistan border map');
  });

  it('never lets a field unbalance its braces (any text)', () => {
    // Mostly the characters that matter, so nearly every run holds several; any other text besides.
    const risky = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('{', '}', '\\', '%', '#', '&', '@', '~', '^', '_', '$', '\n', ' ', ',', '=', '"') },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
    );
    const text = fc.array(risky, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (title, url) => {
        const { bibtex } = citationFormats(viewInput({ title, author: title, url }));
        const entry = parseBibtex(bibtex);
        return [...entry.fields.values()].every(bracesBalanced) && entry.fields.size >= 8;
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(text, (t) => bracesBalanced(texEscape(t))));
  });
});

describe('RIS', () => {
  it('writes one tag per line, CRLF, ending in ER', () => {
    const { ris } = citationFormats(eventInput({ title: 'Two\nlines\r\nER  - fake' }));
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const lines = ris.slice(0, -2).split('\r\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.filter((l) => l.startsWith('ER'))).toHaveLength(1);
    expect(lines).toContain('TI  - Two lines ER - fake');
    expect(lines).toContain(`UR  - ${URL_WITH_SPECIALS}`);
    expect(lines).toContain('ET  - 1.1.0');
    expect(lines).toContain('DA  - 2026/12/02/');
    expect(lines).toContain('Y2  - 2026/12/05/');
    // The event's date, then its two sources.
    expect(lines.filter((l) => l.startsWith('N1  - '))).toEqual([
      'N1  - Event date: September 2022',
      expect.stringMatching(/^N1 {2}- Source: /),
      expect.stringMatching(/^N1 {2}- Source: /),
    ]);
  });
});

describe("an event's own dates, at the record's precision", () => {
  const formats = (event: NonNullable<CitationInput['event']>) => {
    const f = citationFormats(eventInput({ event }));
    return {
      eventdate: parseBibtex(f.bibtex).fields.get('eventdate'),
      csl: JSON.parse(f.cslJson)[0]['event-date'],
      ris: f.ris.split('\r\n').find((l) => l.startsWith('N1  - Event date')),
    };
  };

  it('keeps a range to its last day', () => {
    expect(formats({ id: 'x', date: '2021-04-28', end: '2021-05-01', precision: 'day' })).toEqual({
      eventdate: '2021-04-28/2021-05-01',
      csl: {
        'date-parts': [
          [2021, 4, 28],
          [2021, 5, 1],
        ],
      },
      ris: 'N1  - Event date: 28 April 2021 – 1 May 2021',
    });
  });

  it('runs a season over its months, across a year end too, and never invents a day', () => {
    expect(formats({ id: 'x', date: '1995-06', precision: 'season' }).csl).toEqual({
      'date-parts': [
        [1995, 6],
        [1995, 8],
      ],
    });
    expect(formats({ id: 'x', date: '1995-06', precision: 'season' }).eventdate).toBe('1995-06/1995-08');
    expect(formats({ id: 'x', date: '2020-12', precision: 'season' }).eventdate).toBe('2020-12/2021-02');
    expect(formats({ id: 'x', date: '2022-07', precision: 'month' })).toMatchObject({
      eventdate: '2022-07',
      csl: { 'date-parts': [[2022, 7]] },
    });
    expect(formats({ id: 'x', date: '1993', precision: 'year' }).eventdate).toBe('1993');
  });
});

describe('CSL-JSON', () => {
  it('round-trips hostile and non-Latin text through JSON.parse', () => {
    for (const title of [...HOSTILE.filter(Boolean), 'Сарҳади Қирғизистону Тоҷикистон "quoted" \u2028']) {
      const [item, ...rest] = JSON.parse(citationFormats(eventInput({ title: `${title}x` })).cslJson);
      expect(rest).toEqual([]);
      expect(item.title).toBe(`${title}x`.replace(/\s+/gu, ' ').trim());
    }
  });

  it('carries the link, version, language and dates at their precision', () => {
    const [item] = JSON.parse(citationFormats(eventInput({ lang: 'ky' })).cslJson);
    expect(item).toMatchObject({
      // As the ready text says: an interactive map.
      type: 'map',
      URL: URL_WITH_SPECIALS,
      version: '1.1.0',
      language: 'ky',
      issued: { 'date-parts': [[2026, 12, 2]] },
      accessed: { 'date-parts': [[2026, 12, 5]] },
      // Known to the month: no day is made up.
      'event-date': { 'date-parts': [[2022, 9]] },
      'container-title': 'Kyrgyzstan–Tajikistan border map',
      author: [{ literal: 'Kyrgyzstan–Tajikistan border map contributors' }],
    });
    expect(item.note).toContain('[Report on the shelling]');
    const [view] = JSON.parse(citationFormats(viewInput({ version: null, released: null })).cslJson);
    expect(view.version).toBeUndefined();
    expect(view.issued).toBeUndefined();
    expect(view['event-date']).toBeUndefined();
  });
});

describe('the ready text', () => {
  it('names author, year, title, version, access day and the link', () => {
    expect(citationText(viewInput())).toBe(
      `Kyrgyzstan–Tajikistan border map contributors. (2026). Kyrgyzstan–Tajikistan border map, 16 September 2022 (Version 1.1.0) [Interactive map]. Retrieved 5 December 2026, from ${URL_WITH_SPECIALS}`,
    );
  });

  it('keeps a month-only event month-only, in the reader language', () => {
    const text = citationText(eventInput({ lang: 'ru' }));
    expect(text).toContain('[сентябрь 2022 г.]');
    expect(text).toContain('версия 1.1.0');
    expect(text).toContain(URL_WITH_SPECIALS);
    expect(text).not.toMatch(/\d+ сентября 2022/);
  });

  it('says when the record has no version or date rather than inventing them', () => {
    const text = citationText(viewInput({ version: null, released: null }));
    expect(text).toContain('(n.d.)');
    expect(text).toContain('(Version unknown)');
  });

  it('does not fill placeholders found inside a title', () => {
    expect(citationText(viewInput({ title: 'A {url} B {version}' }))).toContain('A {url} B {version} (Version 1.1.0)');
  });
});

describe('view titles', () => {
  it('say the date, the mode and the selection', () => {
    expect(viewCitationTitle({ lang: 'en', date: '2022-09-16', mode: 'cumulative', windowMonths: 12 })).toBe(
      'Kyrgyzstan–Tajikistan border map, 16 September 2022',
    );
    expect(viewCitationTitle({ lang: 'en', date: '2022-09-16', mode: 'window', windowMonths: 6, eventTitle: 'Batken war' })).toBe(
      'Kyrgyzstan–Tajikistan border map, 16 September 2022 (events of the last 6 months): Batken war',
    );
    expect(viewCitationTitle({ lang: 'tg', date: '2022-09-16', mode: 'instant', windowMonths: 12 })).toContain(
      'Харитаи сарҳади Қирғизистону Тоҷикистон',
    );
  });

  it('name the story step when a story is open', () => {
    expect(
      viewCitationTitle({
        lang: 'en',
        date: '2022-09-16',
        mode: 'cumulative',
        windowMonths: 12,
        story: { title: 'The 2022 war', step: 3, stepTitle: 'Shelling of Batken' },
      }),
    ).toBe('Kyrgyzstan–Tajikistan border map: The 2022 war, step 3: Shelling of Batken');
  });
});

describe('file names', () => {
  it('end in .bib, .ris and .json and carry the event id', () => {
    expect(citationFileName(viewInput(), 'bibtex')).toBe('kg-tj-border-map-view.bib');
    expect(citationFileName(eventInput(), 'ris')).toBe('kg-tj-border-event-batken-war-2022-09.ris');
    expect(citationFileName(eventInput(), 'cslJson')).toBe('kg-tj-border-event-batken-war-2022-09.json');
  });
});

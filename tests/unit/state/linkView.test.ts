import { describe, expect, it } from 'vitest';
import { linkCarriesView } from '../../../src/state/linkView';
import { parseUrl } from '../../../src/state/urlState';

const carries = (search: string, hash = '') => linkCarriesView(parseUrl(search, hash).state);

describe('linkCarriesView', () => {
  it('is false for a bare link and for links that only set language, layers or filters', () => {
    expect(carries('')).toBe(false);
    expect(carries('?lang=ru')).toBe(false);
    expect(carries('?layers=batken,towns')).toBe(false);
    expect(carries('?q=vorukh')).toBe(false);
  });

  it('is true when the link opens on a date, an event, a crossing or a map view', () => {
    expect(carries('?date=2021-04-29')).toBe(true);
    expect(carries('?event=kyrgyz-tajik-clash-2022-09-14')).toBe(true);
    expect(carries('?lang=tg&event=some-event')).toBe(true);
    expect(carries('', '#map=7.2/40.1/70.5')).toBe(true);
  });

  it('is true for a story link: the story is what the reader was sent', () => {
    expect(carries('?story=april-2021&step=3')).toBe(true);
    expect(carries('?step=1', '#story=AAAA')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../src/map/style/buildStyle';
import { indexLayers } from '../../../src/map/style/layerTags';
import { LANGS } from '../../../src/model/languages';
import { MAP_KEY_ITEMS } from '../../../src/model/mapKey';
import { ENCLAVE_OWNERS } from '../../../src/model/palette';
import { MESSAGES } from '../../allMessages';

describe('the map key', () => {
  it.each(LANGS)('names every entry with a legend.<id> message in %s', (lang) => {
    const messages = MESSAGES[lang] as Record<string, string | undefined>;
    const missing = MAP_KEY_ITEMS.map((item) => `legend.${item.id}`).filter((key) => !messages[key]?.trim());
    expect(missing).toEqual([]);
  });

  it('has one entry per id', () => {
    const ids = MAP_KEY_ITEMS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has both regions and an enclave entry per holding country, in the look the map gives them', () => {
    const ids = MAP_KEY_ITEMS.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(['batken', 'sughd', 'border', 'countryBorder', 'river', 'capital', 'town']));
    for (const owner of ENCLAVE_OWNERS) {
      const item = MAP_KEY_ITEMS.find((i) => i.id === `enclave.${owner.toLowerCase()}`);
      expect(item, owner).toMatchObject({ swatch: 'area', group: 'enclaves' });
      expect(item?.outline, owner).not.toBe(item?.color);
    }
    // The regions' entries say which country each lies in.
    expect(MESSAGES.en['legend.batken' as keyof (typeof MESSAGES)['en']]).toMatch(/Kyrgyzstan/);
    expect(MESSAGES.ru['legend.sughd' as keyof (typeof MESSAGES)['ru']]).toMatch(/Таджикистан/);
  });

  it('hides an entry only with a layer group the style really has', () => {
    const groups = indexLayers(buildStyle({ resolveUrl: (p) => p }).layers).groups;
    for (const item of MAP_KEY_ITEMS) if (item.group) expect(groups[item.group].length, item.id).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { overlayContent, overlayLegend } from '../../../src/export/overlayContent';
import { translate } from '../../../src/i18n/translate';
import { CATEGORY_COLORS } from '../../../src/model/category';
import { LANGS } from '../../../src/model/languages';
import { layersShown } from '../../../src/model/layerGroup';
import { MAP_KEY_ITEMS } from '../../../src/model/mapKey';
import { contentIn, SELECTED } from './overlayContent';

const ALL = layersShown();

describe('overlayLegend', () => {
  it('has the border and every checkpoint status, with the labels of the on-screen legend', () => {
    const labels = overlayLegend({ lang: 'en', layers: ALL, categories: [], selected: null }).map((e) => e.label);
    expect(labels).toContain(translate('en', 'legend.border'));
    for (const status of ['open', 'restricted', 'closed', 'unknown'] as const) {
      expect(labels).toContain(translate('en', `legend.checkpoint.${status}`));
    }
    expect(labels).toHaveLength(MAP_KEY_ITEMS.length);
  });

  it('lists only the categories passed, in the table order, with their colours as discs', () => {
    const legend = overlayLegend({ lang: 'ru', layers: ALL, categories: ['closure', 'clash', 'clash'], selected: null });
    const events = legend.slice(MAP_KEY_ITEMS.length);
    expect(events).toEqual([
      { label: translate('ru', 'category.clash'), swatch: 'disc', color: CATEGORY_COLORS.clash },
      { label: translate('ru', 'category.closure'), swatch: 'disc', color: CATEGORY_COLORS.closure },
    ]);
  });

  it('leaves out what a hidden layer does not draw', () => {
    const noCheckpoints = overlayLegend({
      lang: 'en',
      layers: { ...ALL, checkpoints: false, events: false },
      categories: ['clash'],
      selected: SELECTED,
    }).map((e) => e.label);
    expect(noCheckpoints).toContain(translate('en', 'legend.border'));
    expect(noCheckpoints.some((l) => l.startsWith('Checkpoint'))).toBe(false);
    expect(noCheckpoints).not.toContain(translate('en', 'category.clash'));
    expect(noCheckpoints).not.toContain(translate('en', 'export.pngSelectedKey'));
  });
});

describe('overlayContent', () => {
  it('carries the pre-2025 caveat in every interface language', () => {
    for (const id of LANGS) {
      const content = contentIn(id);
      expect(content.caveat).toBe(translate(id, 'app.caveat'));
      expect(content.caveat).toContain('2025');
      expect(content.title).toBe(translate(id, 'app.title'));
    }
    expect(contentIn('ru').caveat).not.toBe(contentIn('en').caveat);
  });

  it('says which event is selected, with its date in the language, only when one is', () => {
    expect(contentIn('en', SELECTED).selected).toBe('Selected event: Example event, 29 April 2021');
    expect(contentIn('ru', SELECTED).selected).toContain('Пример события');
    expect(contentIn('ru', SELECTED).selected).toContain('2021');
    expect(contentIn('en').selected).toBeNull();
    const legend = contentIn('en', SELECTED).legend;
    expect(legend.at(-1)).toMatchObject({ label: 'Selected event', swatch: 'ring' });
    expect(contentIn('en').legend.some((e) => e.label === 'Selected event')).toBe(false);
  });

  it('names the scale units in the language', () => {
    expect(contentIn('ru').scaleUnits).toEqual({ km: translate('ru', 'mapui.km'), m: translate('ru', 'mapui.m') });
  });

  it('ignores a selection while the events layer is off (no ring is drawn)', () => {
    const off = overlayContent({
      lang: 'en',
      day: 0,
      layers: { ...ALL, events: false },
      categories: [],
      selected: SELECTED,
      attribution: [],
    });
    expect(off.selected).toBeNull();
  });
});

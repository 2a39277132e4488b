import { describe, expect, it } from 'vitest';
import { placesFromGeoJson } from '../../../src/data/placeIndex';

const crossing = (properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties: { id: 'cp-x', name_en: 'North – South', precision: 'inferred', ...properties },
  geometry: { type: 'Point', coordinates: [70, 40] },
});

describe('a checkpoint read from the checkpoints layer', () => {
  it('keeps the name of the post on each side, in every language the layer gives', () => {
    const [place] = placesFromGeoJson(
      { features: [crossing({ kg_name_en: 'North', kg_name_ky: 'Түндүк', tj_name_en: 'South', tj_name_tg: 'Ҷануб' })] },
      'checkpoint',
    );
    expect(place?.sides).toEqual({ kg: { en: 'North', ky: 'Түндүк' }, tj: { en: 'South', tg: 'Ҷануб' } });
    expect(place?.precision).toBe('inferred');
  });

  it('has no sides unless both are named in English', () => {
    const [place] = placesFromGeoJson({ features: [crossing({ kg_name_en: 'North', tj_name_ru: 'Юг' })] }, 'checkpoint');
    expect(place?.name).toEqual({ en: 'North – South' });
    expect(place).not.toHaveProperty('sides');
  });
});

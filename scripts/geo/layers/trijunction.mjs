// Computed from the outlines, never typed in, so it moves with the source data (see deriveTrijunction).

import { deriveTrijunction } from '../points.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'trijunction.geojson',
  description: 'Kyrgyzstan–Tajikistan–Uzbekistan junction point, computed from the country outlines',
  sources: ['osm-countries'],
  licence: 'ODbL-1.0',
  build(ctx) {
    const uzbekistan = /** @type {import('../geom.mjs').Areal} */ (ctx.shapes.countries?.get('UZB'));
    const tri = deriveTrijunction(ctx.border, uzbekistan);
    return [
      {
        id: 'tri-junction-kg-tj-uz',
        properties: {
          kind: 'tripoint',
          countries: 'KG-TJ-UZ',
          precision: 'derived',
          position_source:
            'Computed: the end of the KG–TJ border line (border.geojson) that lies on the Uzbek outline, i.e. where the OpenStreetMap outlines of the three countries meet.',
          note: 'Where Batken (KG), Isfara / Sughd (TJ) and Fergana (UZ) meet, as mapped before the 2025 treaty. No published coordinate of the agreed junction point or of the Friendship stele exists; the 2025 agreement may have moved the point.',
          related_event_ids: ['khujand-trilateral-summit-2025-03-31', 'friendship-stele-tri-junction-2025-03-31'],
          name_en: 'Kyrgyzstan–Tajikistan–Uzbekistan junction',
          name_ru: 'Стык границ Кыргызстана, Таджикистана и Узбекистана',
          name_ky: 'Кыргызстан, Тажикстан жана Өзбекстандын чек аралары кошулган жер',
          name_tg: 'Нуқтаи пайвастшавии сарҳадҳои Тоҷикистон, Қирғизистон ва Ӯзбекистон',
          name_uz: 'Qirgʻiziston, Tojikiston va Oʻzbekiston chegaralari tutashgan joy',
        },
        geometry: { type: 'Point', coordinates: tri.point },
      },
    ];
  },
};

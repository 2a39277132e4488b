import { it } from 'vitest';
import { LANGS } from '../../../src/model/languages';
import { layersShown } from '../../../src/model/layerGroup';
import { CATEGORIES } from '../../../src/model/category';
import type { TimedEvent } from '../../../src/model/timedEvent';
import { toDayNumber } from '../../../src/model/days';
import { videoContent } from '../../../src/video/videoContent';
import { videoLayout } from '../../../src/video/videoLayout';
import { frameDays } from '../../../src/video/videoPlan';
const measure = (text: string, f: { px: number; weight: 400 | 600 }) => text.length * f.px * (f.weight === 600 ? 0.64 : 0.6);
const days = frameDays(toDayNumber('2020-01-01'), toDayNumber('2022-12-01'), 365.25, 10);
const events = CATEGORIES.map((category, k) => ({ id: `e${k}`, category, startDay: (days[1] as number) + k, endDay: (days[1] as number) + k + 1 }) as unknown as TimedEvent);
const sel = { id: 'sel', category: CATEGORIES[0], startDay: days[3], endDay: (days[3] as number) + 1, date: '2021-04-28', precision: 'day', title: { uz: 'Rahmon va Atamboyev Dushanbeda chegara hamkorligini muhokama qiladi; eski xaritalar asos sifatida olinmaydi', tg: 'Раҳмон ва Атамбаев дар Душанбе ҳамкории сарҳадиро муҳокима мекунанд; аз харитаҳои кӯҳна ҳамчун асос даст мекашанд', en: 'Rahmon and Atambayev discuss border cooperation in Dushanbe; old maps dropped as a basis' } } as unknown as TimedEvent;
it('debug', () => {
  for (const lang of ['uz'] as const) {
    const c = videoContent({ lang, view: { mode: 'cumulative', windowMonths: 12 }, layers: layersShown(), events: [...events, sel], selected: sel, days, attribution: ['© OpenStreetMap contributors (ODbL)', 'Natural Earth (public domain)', 'GeoNames (CC BY 4.0)'] });
    const l = videoLayout(1280, 720, 1800, 1100, 2, { ...c, metersPerPixel: 40 }, measure);
    console.log(lang, l.dropped, c.categories.length, c.mapKey.length, l.texts.map((t) => `${Math.round(t.y)} ${t.font.px} ${t.text}`).join('\n'));
  }
});

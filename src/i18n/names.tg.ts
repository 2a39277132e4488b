// Tajik (тоҷикӣ, Cyrillic) category and figure-metric names: eager for search, spread into messages.tg.ts (see names.en.ts).
import type { Names } from './names.en';

export const tgNames: Names = {
  'category.clash': 'Задухӯрд',
  'category.incident': 'Ҳодиса',
  'category.closure': 'Басташавӣ',
  'category.reopening': 'Кушодашавии дубора',
  'category.agreement': 'Созишнома',
  'category.treaty': 'Шартнома',
  'category.meeting': 'Вохӯрӣ',
  'category.visit': 'Сафар',
  'category.infrastructure': 'Инфрасохтор',
  'category.other': 'Дигар',
  'metric.killed': 'Кушташудагон',
  'metric.injured': 'Захмиён',
  'metric.displaced': 'Маҷбуран хонаро тарккарда',
  'metric.evacuated': 'Эвакуатсияшудагон',
  'metric.other': 'Дигар',
};

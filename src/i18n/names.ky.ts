// Kyrgyz (кыргызча, Cyrillic) category and figure-metric names: eager for search, spread into messages.ky.ts (see names.en.ts).
import type { Names } from './names.en';

export const kyNames: Names = {
  'category.clash': 'Кагылышуу',
  'category.incident': 'Инцидент',
  'category.closure': 'Жабылуу',
  'category.reopening': 'Кайра ачылуу',
  'category.agreement': 'Макулдашуу',
  'category.treaty': 'Келишим',
  'category.meeting': 'Жолугушуу',
  'category.visit': 'Сапар',
  'category.infrastructure': 'Инфраструктура',
  'category.other': 'Башка',
  'metric.killed': 'Каза болгондор',
  'metric.injured': 'Жарадар болгондор',
  'metric.displaced': 'Үйүн таштап кеткендер',
  'metric.evacuated': 'Эвакуациялангандар',
  'metric.other': 'Башка',
};

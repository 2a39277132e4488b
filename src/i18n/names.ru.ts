// Russian (русский) category and figure-metric names: eager for search, spread into messages.ru.ts (see names.en.ts).
import type { Names } from './names.en';

export const ruNames: Names = {
  'category.clash': 'Столкновение',
  'category.incident': 'Инцидент',
  'category.closure': 'Закрытие',
  'category.reopening': 'Повторное открытие',
  'category.agreement': 'Соглашение',
  'category.treaty': 'Договор',
  'category.meeting': 'Встреча',
  'category.visit': 'Визит',
  'category.infrastructure': 'Инфраструктура',
  'category.other': 'Другое',
  'metric.killed': 'Погибшие',
  'metric.injured': 'Раненые',
  'metric.displaced': 'Вынужденно покинули дома',
  'metric.evacuated': 'Эвакуированные',
  'metric.other': 'Другое',
};

// Uzbek (oʻzbekcha, Latin script) category and figure-metric names: eager for search, spread into messages.uz.ts (see names.en.ts).
import type { Names } from './names.en';

export const uzNames: Names = {
  'category.clash': 'Toʻqnashuv',
  'category.incident': 'Hodisa',
  'category.closure': 'Yopilish',
  'category.reopening': 'Qayta ochilish',
  'category.agreement': 'Kelishuv',
  'category.treaty': 'Shartnoma',
  'category.meeting': 'Uchrashuv',
  'category.visit': 'Tashrif',
  'category.infrastructure': 'Infratuzilma',
  'category.other': 'Boshqa',
  'metric.killed': 'Halok boʻlganlar',
  'metric.injured': 'Yaradorlar',
  'metric.displaced': 'Uyini tark etishga majbur boʻlganlar',
  'metric.evacuated': 'Evakuatsiya qilinganlar',
  'metric.other': 'Boshqa',
};

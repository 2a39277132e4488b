import type { Lang } from '../model/languages';
import { enNames, type Names } from './names.en';
import { kyNames } from './names.ky';
import { ruNames } from './names.ru';
import { tgNames } from './names.tg';
import { uzNames } from './names.uz';

/**
 * Category and figure-metric names in every language, in the main bundle (about 1 KB): search
 * matches a Russian word typed in the English interface without loading the Russian dictionary.
 */
export const SEARCH_NAMES: Record<Lang, Names> = { en: enNames, ru: ruNames, ky: kyNames, tg: tgNames, uz: uzNames };

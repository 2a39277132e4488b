import type { Lang } from '../model/languages';
import { en, type Messages } from './messages.en';
import { ky } from './messages.ky';
import { ru } from './messages.ru';
import { tg } from './messages.tg';
import { uz } from './messages.uz';

/*
 * All five dictionaries ship in the main bundle (about 6 KB gzip each): switching language is then
 * instant and offline, and a Tajik reader never sees an English flash while a file loads.
 */
export const MESSAGES: Record<Lang, Messages> = { en, ru, ky, tg, uz };

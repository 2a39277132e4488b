import { en, type Messages } from '../src/i18n/messages.en';
import { ky } from '../src/i18n/messages.ky';
import { ru } from '../src/i18n/messages.ru';
import { tg } from '../src/i18n/messages.tg';
import { uz } from '../src/i18n/messages.uz';
import type { Lang } from '../src/model/languages';

/**
 * Every dictionary at once, for tests that check or look for the texts of all five languages. The
 * app loads them one at a time (src/i18n/messages.ts); tests read the same objects.
 */
export const MESSAGES: Record<Lang, Messages> = { en, ru, ky, tg, uz };

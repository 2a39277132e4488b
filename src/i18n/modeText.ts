import type { Lang } from '../model/languages';
import type { TimeView } from '../model/timeMode';
import { translate } from './translate';

/**
 * Which events the map's dots stand for, in words: all up to the date, those of the last N months, or
 * those under way on it. The printed briefing, the video's frames and a still embed say it alike.
 */
export function modeText(lang: Lang, view: Pick<TimeView, 'mode' | 'windowMonths'>): string {
  if (view.mode === 'window') return translate(lang, 'print.mode.window', { months: view.windowMonths });
  return translate(lang, view.mode === 'instant' ? 'print.mode.instant' : 'print.mode.cumulative');
}

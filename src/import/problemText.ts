import type { MessageKey } from '../i18n/messages.en';
import type { Params } from '../i18n/translate';
import type { Problem } from '../model/importedFile';
import { YEAR_RANGE } from '../model/record';
import { MAX_IMPORT_MB_TEXT } from './importLimits';

/** A problem in the reader's language; every code has a message, and the limits come from the code. */
export function problemText(t: (key: MessageKey, params?: Params) => string, problem: Problem): string {
  return t(`importProblem.${problem.code}`, {
    value: problem.value ?? '',
    // Years as text: a number would be grouped like a quantity ("1 990").
    min: String(YEAR_RANGE.min),
    max: String(YEAR_RANGE.max),
    limit: MAX_IMPORT_MB_TEXT,
  });
}

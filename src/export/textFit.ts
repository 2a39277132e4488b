import type { FontSpec, MeasureText } from './overlayTypes';

const ELLIPSIS = '…';

/*
 * A rough width for when no canvas is at hand (tests, server-side). It errs wide: Noto Sans averages
 * about 0.55 em per character for Latin and Cyrillic text, so boxes sized with it are never too small.
 */
export const approximateTextWidth: MeasureText = (text, f) => text.length * f.px * (f.weight === 600 ? 0.64 : 0.6);

/** Cuts `text` so that it plus an ellipsis fits; an empty string when not even one letter does. */
export function truncate(text: string, maxWidth: number, f: FontSpec, measure: MeasureText): string {
  if (measure(text, f) <= maxWidth) return text;
  const chars = Array.from(text);
  for (let n = chars.length - 1; n > 0; n--) {
    const candidate = `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
    if (measure(candidate, f) <= maxWidth) return candidate;
  }
  return '';
}

/** Greedy word wrap into at most `maxLines` lines; the last line is cut with an ellipsis if needed. */
export function wrapText(text: string, maxWidth: number, f: FontSpec, measure: MeasureText, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  let k = 0;
  while (k < words.length && lines.length < maxLines) {
    const word = words[k] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, f) <= maxWidth) {
      current = candidate;
      k++;
    } else if (current) {
      lines.push(current);
      current = '';
    } else {
      // A single word wider than the box (a long URL) is cut rather than overflowing.
      lines.push(truncate(word, maxWidth, f, measure));
      k++;
    }
  }
  if (current) lines.push(current);
  if (k < words.length && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = truncate(`${lines[last]}${ELLIPSIS}`, maxWidth, f, measure);
  }
  return lines.filter((l) => l !== '');
}

import type { EmbedMode } from '../model/embed';

/**
 * Whether a panel that opens may move the keyboard focus to itself. In the full map, yes (the reader
 * lands on what opened). In an embed, only once the reader is working inside the frame: an embed
 * that took the focus as it loaded would pull the article's reader (and their screen reader) away
 * from the paragraph they were on.
 */
export function mayTakeFocus(embed: EmbedMode): boolean {
  return embed === 'off' || document.hasFocus();
}

import { HEIGHT_MESSAGE_TYPE } from '../model/embed';

/** What the Embed dialog chose. */
export interface EmbedCodeOptions {
  /** The embed link (state/embedLink.ts): the view, with `embed=1` (and `static=1`). */
  src: string;
  /** The frame's accessible name: a screen reader says it when it reaches the frame. */
  title: string;
  /** CSS pixels, or null for the article's full width. */
  width: number | null;
  /** The starting height in CSS pixels; with `autoHeight` the frame then follows the content. */
  height: number;
  /** Add the few lines that resize the frame from the embed's height message. */
  autoHeight: boolean;
}

/** Text as an HTML attribute value in double quotes: nothing in it can end the attribute or the tag. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A JSON value safe inside a <script> element: `<` is escaped, so no text can close the script. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The HTML a newsroom pastes into an article: the frame, and optionally a script that listens for
 * the embed's height message — only from the map's own origin and only for the frame that sent it —
 * and sets the frame's height, so the reader never meets a scrollbar inside the article.
 */
export function embedCode(options: EmbedCodeOptions): string {
  const url = new URL(options.src);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`An embed must load over http(s), not ${url.protocol}`);
  const width = options.width === null ? '100%' : String(Math.round(options.width));
  const height = String(Math.round(options.height));
  const style = `border:0;width:100%;max-width:${options.width === null ? '100%' : `${width}px`};height:${height}px`;
  const frame =
    `<iframe src="${escapeAttribute(url.href)}" title="${escapeAttribute(options.title)}" ` +
    `width="${width}" height="${height}" style="${style}" loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin" data-kg-tj-border-map></iframe>`;
  if (!options.autoHeight) return frame;
  const script =
    '<script>\n' +
    'window.addEventListener("message", function (e) {\n' +
    `  if (e.origin !== ${scriptJson(url.origin)} || !e.data || e.data.type !== ${scriptJson(HEIGHT_MESSAGE_TYPE)}) return;\n` +
    '  var frames = document.querySelectorAll("iframe[data-kg-tj-border-map]");\n' +
    '  for (var i = 0; i < frames.length; i++) {\n' +
    '    if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(e.data.height) + "px";\n' +
    '  }\n' +
    '});\n' +
    '</script>';
  return `${frame}\n${script}`;
}

import { useLang } from '../language/useT';
import { storyText, type StoryText as Text } from '../model/story';

/**
 * A story's text in the interface language, or in the language it was written in (a reader's own
 * story may have one), marked with that language so it is read aloud and hyphenated right.
 */
export function StoryText({ value, paragraphs = false }: { value: Text | undefined; paragraphs?: boolean }) {
  const lang = useLang();
  const { text, lang: written } = storyText(value, lang);
  const langAttr = written !== lang ? written : undefined;
  if (!paragraphs) return <span lang={langAttr}>{text}</span>;
  return (
    <>
      {text
        .split(/\n\s*\n|\n/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          // The paragraphs of one text never reorder: their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={i} lang={langAttr}>
            {p}
          </p>
        ))}
    </>
  );
}

import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { LinkField } from '../components/LinkField';
import { downloadBlob } from '../export/download';
import { formatPrecisionDate } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import { PERSONAL_STORY_ID, type Story, type StoryStep, storyText } from '../model/story';
import { copyText } from '../platform/clipboard';
import { useActions, useApp, useAppStore } from '../state/store';
import { storyLinkOf } from '../state/storyShare';
import { viewAsStep } from '../state/storyView';
import { StoryText } from './StoryText';
import { MAX_STORY_FILE_BYTES, readStoryFile, storyFileName, storyFileText } from './storyFile';

type Status = { kind: 'done' | 'error'; message: string } | null;

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * The reader's own story: "Add this view as a step" takes everything on screen (date, mode,
 * filters, layers, the map's box, the open event) with a title and a text; steps can be reordered,
 * edited and deleted; the story can be walked, saved as a file, opened from one, shared as a link
 * that carries it, and kept in this browser when asked.
 */
export function MyStory() {
  const t = useT();
  const lang = useLang();
  const store = useAppStore();
  const story = useApp((s) => s.personalStory);
  const keep = useApp((s) => s.keepStory);
  const { setPersonalStory, setKeepStory, openStory } = useActions();
  const [stepTitle, setStepTitle] = useState('');
  const [stepText, setStepText] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState({ title: '', text: '' });
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<Story | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const ids = { title: useId(), text: useId(), story: useId(), file: useId() };

  const update = (steps: StoryStep[], title = story?.title) => {
    setLink(null);
    setPersonalStory(
      steps.length === 0 ? null : { id: PERSONAL_STORY_ID, title: title ?? { [lang]: t('mystory.defaultTitle') }, steps },
    );
  };

  const addStep = (e: FormEvent) => {
    e.preventDefault();
    const title = stepTitle.trim() || t('mystory.untitledStep', { step: String((story?.steps.length ?? 0) + 1) });
    const step = viewAsStep(store.getState(), { title, text: stepText.trim() }, lang);
    update([...(story?.steps ?? []), step]);
    setStepTitle('');
    setStepText('');
    setStatus({ kind: 'done', message: t('mystory.added', { step: String((story?.steps.length ?? 0) + 1) }) });
  };

  const saveEdit = (index: number) => {
    if (!story) return;
    const steps = story.steps.map((s, i) =>
      i === index
        ? {
            ...s,
            title: { ...s.title, [lang]: draft.title.trim() || storyText(s.title, lang).text },
            text: { ...s.text, [lang]: draft.text.trim() || storyText(s.text, lang).text },
          }
        : s,
    );
    update(steps);
    setEditing(null);
  };

  const adopt = (next: Story) => {
    setPersonalStory({ ...next, id: PERSONAL_STORY_ID });
    setPending(null);
    setLink(null);
    setStatus({
      kind: 'done',
      message: t('mystory.imported', { title: storyText(next.title, lang).text, count: String(next.steps.length) }),
    });
  };

  const openFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    const data = store.getState().data;
    if (!file || !data) return;
    if (file.size > MAX_STORY_FILE_BYTES) {
      setStatus({ kind: 'error', message: t('mystory.importError', { file: file.name, reason: t('mystory.tooLarge') }) });
      return;
    }
    const read = readStoryFile(await file.text(), data);
    if ('error' in read) {
      setStatus({ kind: 'error', message: t('mystory.importError', { file: file.name, reason: read.error }) });
      return;
    }
    // Never lose a story silently: an open file replaces the reader's own only when they confirm.
    if (story && story.steps.length > 0) {
      setPending(read.story);
      setStatus(null);
    } else adopt(read.story);
  };

  const copyLink = async () => {
    if (!story) return;
    const s = store.getState();
    const url = storyLinkOf(story, window.location.href, s.lang === 'en' ? null : s.lang, s.data?.history?.version ?? null);
    if (!url) {
      setLink(null);
      setStatus({ kind: 'error', message: t('mystory.linkTooLong') });
      return;
    }
    setLink(url);
    const copied = await copyText(url);
    setStatus(copied ? { kind: 'done', message: t('mystory.linkCopied') } : { kind: 'error', message: t('share.copyFailed') });
  };

  const exportFile = () => {
    if (!story) return;
    downloadBlob(
      new Blob([storyFileText(story)], { type: 'application/json' }),
      storyFileName(storyText(story.title, lang).text),
    );
    setStatus({ kind: 'done', message: t('mystory.exported') });
  };

  return (
    <section className="my-story" aria-labelledby={ids.story}>
      <h3 id={ids.story}>{t('mystory.heading')}</h3>
      <p className="my-story-intro">{t('mystory.intro')}</p>
      <form className="my-story-add" onSubmit={addStep}>
        <label htmlFor={ids.title}>{t('mystory.stepTitle')}</label>
        <input
          id={ids.title}
          type="text"
          value={stepTitle}
          maxLength={200}
          onChange={(e) => setStepTitle(e.currentTarget.value)}
        />
        <label htmlFor={ids.text}>{t('mystory.stepText')}</label>
        <textarea id={ids.text} rows={3} value={stepText} maxLength={4000} onChange={(e) => setStepText(e.currentTarget.value)} />
        <button type="submit">{t('mystory.add')}</button>
      </form>
      {story ? (
        <>
          <label className="my-story-title">
            {t('mystory.titleField')}
            <input
              type="text"
              maxLength={200}
              value={storyText(story.title, lang).text}
              onChange={(e) =>
                update(story.steps, { ...story.title, [lang]: e.currentTarget.value || t('mystory.defaultTitle') })
              }
            />
          </label>
          <ol className="my-story-steps">
            {story.steps.map((step, i) => {
              const name = storyText(step.title, lang).text;
              const n = String(i + 1);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a step is its place in the story; moving one re-keys both on purpose.
                <li key={i} className="my-story-step">
                  {editing === i ? (
                    <div className="my-story-edit">
                      <label>
                        {t('mystory.stepTitle')}
                        <input
                          type="text"
                          maxLength={200}
                          value={draft.title}
                          onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
                        />
                      </label>
                      <label>
                        {t('mystory.stepText')}
                        <textarea
                          rows={3}
                          maxLength={4000}
                          value={draft.text}
                          onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
                        />
                      </label>
                      <button type="button" onClick={() => saveEdit(i)}>
                        {t('mystory.save')}
                      </button>
                      <button type="button" onClick={() => setEditing(null)}>
                        {t('mystory.cancel')}
                      </button>
                    </div>
                  ) : (
                    <>
                      <span className="my-story-step-name">
                        <StoryText value={step.title} />
                      </span>{' '}
                      <span className="my-story-step-date">{formatPrecisionDate(step.date, 'day', lang)}</span>
                      <span className="my-story-step-actions">
                        <button
                          type="button"
                          disabled={i === 0}
                          aria-label={t('mystory.moveUp', { step: n, title: name })}
                          onClick={() => update(moved(story.steps, i, i - 1))}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          disabled={i === story.steps.length - 1}
                          aria-label={t('mystory.moveDown', { step: n, title: name })}
                          onClick={() => update(moved(story.steps, i, i + 1))}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          aria-label={t('mystory.edit', { step: n, title: name })}
                          onClick={() => {
                            setDraft({ title: name, text: storyText(step.text, lang).text });
                            setEditing(i);
                          }}
                        >
                          {t('mystory.editShort')}
                        </button>
                        <button
                          type="button"
                          aria-label={t('mystory.delete', { step: n, title: name })}
                          onClick={() => update(story.steps.filter((_, k) => k !== i))}
                        >
                          {t('mystory.deleteShort')}
                        </button>
                      </span>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
          <div className="my-story-actions">
            <button type="button" onClick={() => openStory('personal', story, 0)}>
              {t('mystory.play')}
            </button>
            <button type="button" onClick={exportFile}>
              {t('mystory.export')}
            </button>
            <button type="button" onClick={copyLink}>
              {t('mystory.share')}
            </button>
          </div>
          <label className="my-story-keep">
            <input type="checkbox" checked={keep} onChange={(e) => setKeepStory(e.currentTarget.checked)} />
            {t('mystory.keep')}
          </label>
          {confirmDelete ? (
            <p className="my-story-confirm">
              {t('mystory.confirmDelete', { count: String(story.steps.length) })}{' '}
              <button
                type="button"
                onClick={() => {
                  update([]);
                  setConfirmDelete(false);
                }}
              >
                {t('mystory.deleteConfirm')}
              </button>{' '}
              <button type="button" onClick={() => setConfirmDelete(false)}>
                {t('mystory.cancel')}
              </button>
            </p>
          ) : (
            <button type="button" className="link-button" onClick={() => setConfirmDelete(true)}>
              {t('mystory.deleteStory')}
            </button>
          )}
        </>
      ) : (
        <p className="my-story-empty">{t('mystory.empty')}</p>
      )}
      <div className="my-story-file">
        <label htmlFor={ids.file}>{t('mystory.import')}</label>
        <input id={ids.file} type="file" accept=".json,application/json" onChange={openFile} />
      </div>
      {pending && story ? (
        <p className="my-story-confirm">
          {t('mystory.replace', { count: String(story.steps.length), title: storyText(pending.title, lang).text })}{' '}
          <button type="button" onClick={() => adopt(pending)}>
            {t('mystory.replaceConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('mystory.cancel')}
          </button>
        </p>
      ) : null}
      {link ? <LinkField label={t('mystory.linkField')} link={link} /> : null}
      <p className={`my-story-status${status?.kind === 'error' ? ' is-error' : ''}`} role="status">
        {status?.message ?? ''}
      </p>
    </section>
  );
}

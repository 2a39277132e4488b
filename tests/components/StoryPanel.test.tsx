// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MyStory } from '../../src/stories/MyStory';
import { StoryPanel } from '../../src/stories/StoryPanel';
import { HOSTILE_STRINGS } from '../helpers/hostileStrings';
import { renderWithStore } from '../helpers/renderWithStore';
import { loadedStore, twoSteps } from '../unit/stories/storyFixtures';

afterEach(cleanup);

function openAt(step = 0, story = twoSteps) {
  const store = loadedStore();
  renderWithStore(<StoryPanel />, store);
  act(() => {
    store.getState().openStory('builtin', story, step);
  });
  return store;
}

describe('the Story region', () => {
  it('is named Story, headed by the story, with the step, its period and what it rests on', () => {
    openAt(0);
    const region = screen.getByRole('region', { name: 'Story' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('A test story');
    expect(within(region).getByText(/^Step 1 of 2/)).toBeTruthy();
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe('The clash');
    expect(within(region).getByText('31 March 2021 – 30 April 2021')).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Title of clash-2021' })).toBeTruthy();
    // The story opened: the reader starts at the step's text.
    expect(document.activeElement).toBe(within(region).getByRole('heading', { level: 3 }));
  });

  it('←/→ inside the panel walk the steps; at the ends the buttons say they are unavailable', async () => {
    const store = openAt(0);
    const user = userEvent.setup();
    const region = screen.getByRole('region', { name: 'Story' });
    expect(
      within(region)
        .getByRole('button', { name: /Previous step/ })
        .getAttribute('aria-disabled'),
    ).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(store.getState().story?.step).toBe(1);
    expect(
      within(region)
        .getByRole('button', { name: /Next step/ })
        .getAttribute('aria-disabled'),
    ).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(store.getState().story?.step).toBe(1);
    await user.click(within(region).getByRole('button', { name: /Previous step/ }));
    expect(store.getState().story?.step).toBe(0);
    await user.click(within(region).getByRole('button', { name: 'Exit story' }));
    expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
  });

  it('the last step says the story ends and leads back to the stories: no dead end', async () => {
    const store = openAt(1);
    const user = userEvent.setup();
    expect(screen.getByText(/End of the story\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Other stories' }));
    expect(store.getState().story).toBeNull();
    expect(store.getState().storiesOpen).toBe(true);
  });

  it('Play counts down to the next step, and Pause stops it', async () => {
    const store = openAt(0);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Play story' }));
    expect(store.getState().storyPlaying).toBe(true);
    expect(await screen.findByText(/^Next step in \d+ s$/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Pause story' }));
    expect(store.getState().storyPlaying).toBe(false);
  });

  it.each(HOSTILE_STRINGS.filter((s) => !/\p{Cc}/u.test(s)).slice(0, 4))('shows a hostile text as text: %s', (text) => {
    openAt(0, { ...twoSteps, title: { en: text }, steps: twoSteps.steps.map((s) => ({ ...s, text: { en: text } })) });
    const region = screen.getByRole('region', { name: 'Story' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(text);
    expect(region.querySelector('script, img')).toBeNull();
  });

  it('a text written in one language only is shown in it, marked with its language', () => {
    openAt(0, { ...twoSteps, title: { ru: 'Только по-русски' } });
    const title = screen.getByText('Только по-русски');
    expect(title.getAttribute('lang')).toBe('ru');
  });
});

describe('your own story', () => {
  it('adds the view as a step, names it, and edits and deletes it', async () => {
    const store = loadedStore();
    const user = userEvent.setup();
    renderWithStore(<MyStory />, store);
    await user.type(screen.getByLabelText('Step title'), 'First look');
    await user.type(screen.getByLabelText('Step text'), 'What the map shows now.');
    await user.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    expect(store.getState().personalStory?.steps).toHaveLength(1);
    expect(store.getState().personalStory?.steps[0]).toMatchObject({
      title: { en: 'First look' },
      text: { en: 'What the map shows now.' },
    });
    await user.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    expect(store.getState().personalStory?.steps[1]?.title).toEqual({ en: 'Step 2' });
    await user.click(screen.getByRole('button', { name: 'Edit step 2: Step 2' }));
    const edit = screen.getAllByLabelText('Step title')[1] as HTMLInputElement;
    await user.clear(edit);
    await user.type(edit, 'Second look');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(store.getState().personalStory?.steps[1]?.title).toEqual({ en: 'Second look' });
    await user.click(screen.getByRole('button', { name: 'Delete step 1: First look' }));
    expect(store.getState().personalStory?.steps.map((s) => s.title.en)).toEqual(['Second look']);
    await user.click(screen.getByRole('button', { name: 'Delete my story' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(store.getState().personalStory).toBeNull();
  });

  it('a file that is no story gives its reason and keeps the story there is', async () => {
    const store = loadedStore();
    store.getState().setPersonalStory(twoSteps);
    const user = userEvent.setup();
    renderWithStore(<MyStory />, store);
    await user.upload(
      screen.getByLabelText('Open a story file'),
      new File(['{"format":1,"stories":[{"id":"x"}]}'], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/bad\.json cannot be opened as a story/)).toBeTruthy();
    expect(store.getState().personalStory).toEqual(twoSteps);
  });

  it('opening a story file over one’s own asks first', async () => {
    const store = loadedStore();
    store.getState().setPersonalStory(twoSteps);
    const user = userEvent.setup();
    renderWithStore(<MyStory />, store);
    const other = { ...twoSteps, title: { en: 'Another' } };
    await user.upload(
      screen.getByLabelText('Open a story file'),
      new File([JSON.stringify({ format: 1, stories: [other] })], 'other.json'),
    );
    expect(await screen.findByText(/Opening “Another” replaces your story of 2 steps/)).toBeTruthy();
    expect(store.getState().personalStory).toEqual(twoSteps);
    await user.click(screen.getByRole('button', { name: 'Replace my story' }));
    expect(store.getState().personalStory?.title).toEqual({ en: 'Another' });
  });
});

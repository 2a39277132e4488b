import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { CategorySwatch } from '../components/CategorySwatch';
import { useT } from '../language/useT';
import { CATEGORIES } from '../model/category';
import { NARROW_QUERY } from '../model/layout';
import { matchesMedia } from '../platform/media';
import { MAX_SEARCH_LENGTH } from '../state/filters';
import { prepareSearch, selectCategoryCounts, selectFiltered, selectTimeView } from '../state/selectors';
import { useActions, useApp, useAppStore } from '../state/store';
import { isSearchShortcut, RESULTS_ENTRY_SELECTOR } from './searchKeys';
import './filters.css';

/** Typing pauses this long before the map re-filters: with very large records each pass re-sends the markers. */
const SEARCH_DEBOUNCE_MS = 200;

/** Category switches with live counts, and a text search; both narrow the list, the map and the strip together. */
export function FiltersPanel() {
  const t = useT();
  const total = useApp((s) => s.data?.events.length ?? 0);
  const filters = useApp((s) => s.filters);
  const filteredCount = useApp((s) => selectFiltered(s).length);
  // Counts are a read-out, not the thing being dragged: let them follow the slider when idle.
  const time = useDeferredValue(useApp(selectTimeView));
  const counts = useApp((s) => selectCategoryCounts(s, time));
  const { setCategoryShown, setSearch, clearFilters, completeRecord } = useActions();
  const [text, setText] = useState(filters.search);
  const [categoriesShown, setCategoriesShown] = useState(false);
  const store = useAppStore();

  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const field = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const input = field.current;
      if (!input || !isSearchShortcut(e)) return;
      e.preventDefault();
      // The panel may have been folded away: the shortcut must still land in a visible field.
      const panel = input.closest('details');
      if (panel) panel.open = true;
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The store is the truth (a link or "clear filters" may change it): follow it when it moves.
  // Only typing starts the debounce, so a change that comes from the store can never be written
  // back over by a stale copy of the field (it once emptied a search set by a link).
  useEffect(() => setText(filters.search), [filters.search]);
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
  const onType = (value: string) => {
    setText(value);
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      setSearch(value);
    }, SEARCH_DEBOUNCE_MS);
  };

  if (!counts) return null;
  const active = filters.hiddenCategories.length > 0 || filters.search.trim() !== '';
  const present = CATEGORIES.filter((c) => counts[c].total > 0);
  // On a phone the ten switches would stand between the field and its results: while a search is
  // typed they fold behind one button (CSS does the folding, on narrow screens only).
  const folded = text.trim() !== '' && !categoriesShown;

  return (
    <details className="filters" open>
      <summary>{t('filters.heading')}</summary>
      <input
        type="search"
        className="filters-search"
        aria-label={t('filters.search')}
        placeholder={t('filters.search.placeholder')}
        ref={field}
        aria-keyshortcuts="/"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          // Typed but not yet applied: apply it now, so ↓ lands in the results of what is in the field.
          if (pending.current !== null) {
            clearTimeout(pending.current);
            pending.current = null;
            setSearch(text);
          }
          requestAnimationFrame(() => document.querySelector<HTMLElement>(RESULTS_ENTRY_SELECTOR)?.focus());
        }}
        maxLength={MAX_SEARCH_LENGTH}
        value={text}
        onChange={(e) => onType(e.currentTarget.value)}
        onFocus={(e) => {
          // Someone about to search: the other languages' texts start loading before the first key.
          void completeRecord();
          // A phone's keyboard covers the lower half: the field goes to the top, its results under it.
          if (matchesMedia(NARROW_QUERY)) e.currentTarget.scrollIntoView({ block: 'start' });
          // After the focus ring has painted, not before: the first fold of a large record takes a moment.
          setTimeout(() => prepareSearch(store.getState()), 0);
        }}
      />
      {folded ? (
        <button type="button" className="link-button filters-unfold" onClick={() => setCategoriesShown(true)}>
          {t('filters.showCategories')}
        </button>
      ) : null}
      <fieldset className={`filters-categories${folded ? ' is-folded-narrow' : ''}`}>
        <legend className="visually-hidden">{t('filters.heading')}</legend>
        {present.map((c) => {
          const { visible, total } = counts[c];
          const label = t(`category.${c}`);
          return (
            <label key={c}>
              <input
                type="checkbox"
                checked={!filters.hiddenCategories.includes(c)}
                onChange={(e) => setCategoryShown(c, e.currentTarget.checked)}
                aria-describedby={`filter-count-${c}`}
              />
              <CategorySwatch category={c} />
              {label}
              <span className="filters-count" id={`filter-count-${c}`}>
                <span aria-hidden="true">{t('filters.count', { visible, total })}</span>
                <span className="visually-hidden">{t('filters.countLabel', { category: label, visible, total })}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {active ? (
        <p className="filters-status">
          {t('filters.active', { count: filteredCount, total })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (pending.current !== null) clearTimeout(pending.current);
              pending.current = null;
              setText('');
              clearFilters();
            }}
          >
            {t('filters.clear')}
          </button>
        </p>
      ) : null}
    </details>
  );
}

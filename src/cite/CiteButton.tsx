import { useT } from '../language/useT';

/** Placeholder until the feature lands (issue 18): the Share panel's button for it. */
export function CiteButton() {
  const t = useT();
  return (
    <button type="button" disabled>
      {t('cite.button')}
    </button>
  );
}

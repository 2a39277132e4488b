import { useT } from '../language/useT';

/**
 * The details panels' Close: a word on wide screens, a ✕ on a phone, where the toolbar must fit one
 * row so the figures stay above the fold of the sheet. Its accessible name is the word either way.
 */
export function DetailsClose({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <button type="button" className="details-close" onClick={onClose}>
      <span aria-hidden="true" className="details-close-icon">
        ✕
      </span>
      <span className="label-narrow-hidden">{t('details.close')}</span>
    </button>
  );
}

import { lazy, Suspense, useState } from 'react';
import { useT } from '../language/useT';

const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** Share → Embed…: the iframe code for exactly this view. The dialog loads on first use. */
export function EmbedButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('embed.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

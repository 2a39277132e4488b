import { lazy, Suspense, useState } from 'react';
import { useT } from '../language/useT';
import { useMapController } from '../map/MapContext';
import { useApp } from '../state/store';

const VideoDialog = lazy(() => import('./VideoDialog'));

/** The Share panel's "Record video…": opens the dialog, which holds the form, progress and result. */
export function VideoButton() {
  const t = useT();
  const hasData = useApp((s) => s.data !== null);
  const map = useMapController();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!hasData || !map} aria-haspopup="dialog">
        {t('video.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <VideoDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

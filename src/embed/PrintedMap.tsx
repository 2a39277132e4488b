import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../language/useT';
import { useMapController } from '../map/MapContext';

/**
 * What an embed prints in place of its map. A page printed with the embed in it (an article, on
 * paper or as a PDF) would show the map's canvas blank: its drawing buffer is not kept between
 * frames. So when printing starts the map is copied, within that task, into a picture that only
 * print shows, and dropped when printing ends.
 */
export function PrintedMap() {
  const t = useT();
  const map = useMapController();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!map) return;
    const before = () => {
      try {
        const picture = map.copyNow().toDataURL('image/png');
        flushSync(() => setSrc(picture));
      } catch (error) {
        // A map that cannot be copied prints as it would have anyway; the page still prints.
        console.error('The map could not be copied for printing', error);
      }
    };
    const after = () => setSrc(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [map]);
  return src ? <img className="embed-print-map" src={src} alt={t('map.name')} /> : null;
}

import { type Map as MlMap, Popup } from 'maplibre-gl';
import type { HoverSurface, HoverText } from './hoverLabel';

/**
 * The hover label as a MapLibre popup, made on first use: no close button, never takes focus,
 * and filled with text nodes only, so a hostile title in an imported file stays text.
 */
export function hoverPopup(map: MlMap): HoverSurface & { remove(): void } {
  let parts: { popup: Popup; title: HTMLElement; date: HTMLElement } | null = null;
  const make = () => {
    const popup = new Popup({
      closeButton: false,
      closeOnClick: false,
      focusAfterOpen: false,
      offset: 14,
      className: 'hover-label',
    });
    const body = document.createElement('div');
    const title = document.createElement('strong');
    const date = document.createElement('span');
    body.append(title, document.createElement('br'), date);
    popup.setDOMContent(body);
    return { popup, title, date };
  };
  return {
    show(text: HoverText) {
      parts ??= make();
      parts.title.textContent = text.title;
      parts.date.textContent = text.date;
      parts.popup.setLngLat(text.location);
      if (!parts.popup.isOpen()) parts.popup.addTo(map);
    },
    hide() {
      parts?.popup.remove();
    },
    remove() {
      parts?.popup.remove();
    },
  };
}

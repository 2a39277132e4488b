import { type ReactNode, useEffect, useId, useRef } from 'react';
import './dialog.css';

/**
 * A modal dialog on the browser's own `<dialog>` (showModal): the focus is kept inside, Escape and
 * the Close button close it, and the focus goes back to what opened it. One primitive for every
 * dialog (Embed, Cite, Record video), so they behave alike for keyboard and screen-reader users.
 */
export function Dialog({
  title,
  closeLabel,
  onClose,
  children,
  className,
}: {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom and old browsers lack showModal: the dialog is then shown in place, still labelled.
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    const onCancel = (e: Event) => {
      e.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      // Escape closes the dialog (its own cancel event) and nothing behind it: the page's Escape
      // handlers (an open event's details) listen on window, which the key must not reach.
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.stopPropagation();
      }}
    >
      <div className="dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" onClick={() => closeRef.current()}>
          {closeLabel}
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}

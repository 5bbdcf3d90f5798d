import { useEffect, useRef, type ReactNode } from 'react';

/** A native <dialog> modal: focus trapped by the browser, Esc closes; without a footer (whose
 *  buttons close it) a "Fechar" button sits in the corner, so the mouse alone can close it. */
export function Modal({ title, open, onClose, children, footer, testId, wide }: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Closed (or unmounted, as most dialogs are once done), the focus goes back to what opened it:
  // otherwise it falls to the page body and the keyboard user starts over from the top.
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement && !ref.current?.contains(document.activeElement) ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="modal"
      style={wide ? { maxWidth: 'min(1000px, 96vw)' } : undefined}
      // React bubbles a nested dialog's close/cancel events to this one: act only on our own.
      onClose={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      onCancel={(e) => {
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onClose();
      }}
      aria-labelledby={testId ? `${testId}-title` : undefined}
      data-testid={testId}
    >
      {open ? (
        <>
          <div className={`modal-body ${footer ? '' : 'has-close'}`}>
            <h2 id={testId ? `${testId}-title` : undefined}>{title}</h2>
            {children}
            {/* Last in the tab order (drawn in the corner): the dialog's first field keeps the focus. */}
            {!footer ? (
              <button type="button" className="modal-close" onClick={onClose} aria-label="Fechar" title="Fechar (Esc)">
                ×
              </button>
            ) : null}
          </div>
          {footer ? <div className="modal-foot">{footer}</div> : null}
        </>
      ) : null}
    </dialog>
  );
}

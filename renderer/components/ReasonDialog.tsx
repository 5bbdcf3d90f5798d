import { useEffect, useState } from 'react';
import { Modal } from './Modal';

/** Asks for a required reason (estorno, manual stage, pause, waiver…) before confirming. */
export function ReasonDialog({ open, title, label = 'Motivo', confirmLabel = 'Confirmar', disabled = false, onConfirm, onClose, children }: {
  open: boolean;
  title: string;
  label?: string;
  confirmLabel?: string;
  /** The confirm button is off (the dialog's content says why). */
  disabled?: boolean;
  onConfirm: (reason: string) => void | Promise<void>;
  onClose: () => void;
  children?: React.ReactNode;
}) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  // What confirming refused (not about the reason: shown apart from the field).
  const [refused, setRefused] = useState<string | null>(null);
  // A dialog kept mounted starts afresh each time it opens (another payment, another stage).
  useEffect(() => {
    if (!open) return;
    setReason('');
    setTried(false);
    setRefused(null);
  }, [open]);
  // The reason's own error follows every edit once confirm was pressed.
  const error = tried && reason.trim().length < 3 ? 'Escreva o motivo (pelo menos 3 letras).' : null;
  const submit = async (): Promise<void> => {
    if (disabled) return;
    setTried(true);
    setRefused(null);
    const r = reason.trim();
    if (r.length < 3) return;
    try {
      await onConfirm(r);
      setReason('');
      setTried(false);
    } catch (e) {
      setRefused(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onClose={onClose}
      testId="reason-dialog"
      footer={
        <>
          <button className="btn" onClick={onClose}>Cancelar</button>
          <button className="btn primary" onClick={() => void submit()} disabled={disabled} data-testid="reason-confirm">{confirmLabel}</button>
        </>
      }
    >
      {children}
      <div className="field">
        <label htmlFor="reason-text">{label}</label>
        <textarea id="reason-text" rows={3} value={reason} maxLength={500} onChange={(e) => { setReason(e.target.value); setRefused(null); }} aria-invalid={!!error} data-testid="reason-input" />
        {error ? <div className="field-error" role="alert">{error}</div> : null}
      </div>
      {refused ? <div className="alert danger" role="alert" data-testid="reason-refused">{refused}</div> : null}
    </Modal>
  );
}

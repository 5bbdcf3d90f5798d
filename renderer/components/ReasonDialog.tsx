import { useState } from 'react';
import { Modal } from './Modal';

/** Asks for a required reason (estorno, manual stage, pause, waiver…) before confirming. */
export function ReasonDialog({ open, title, label = 'Motivo', confirmLabel = 'Confirmar', onConfirm, onClose, children }: {
  open: boolean;
  title: string;
  label?: string;
  confirmLabel?: string;
  onConfirm: (reason: string) => void | Promise<void>;
  onClose: () => void;
  children?: React.ReactNode;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    const r = reason.trim();
    if (r.length < 3) {
      setError('Escreva o motivo (pelo menos 3 letras).');
      return;
    }
    try {
      await onConfirm(r);
      setReason('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
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
          <button className="btn primary" onClick={() => void submit()} data-testid="reason-confirm">{confirmLabel}</button>
        </>
      }
    >
      {children}
      <div className="field">
        <label htmlFor="reason-text">{label}</label>
        <textarea id="reason-text" rows={3} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} aria-invalid={!!error} data-testid="reason-input" />
        {error ? <div className="field-error" role="alert">{error}</div> : null}
      </div>
    </Modal>
  );
}

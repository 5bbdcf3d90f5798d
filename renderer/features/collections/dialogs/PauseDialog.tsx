// Pause collection for a customer until a date, with a reason (illness, a dispute...), or
// resume it. While paused the customer sits in the "Pausado" lane and gets no steps.
import { useState } from 'react';
import { addDays, formatDateBR } from '@shared/dates/calendar';
import { Modal } from '../../../components/Modal';
import { maskDateBR } from '../../../components/masks';
import { useDb } from '../../../app/database';
import { useToday } from '../../../app/useToday';
import { errorMessage } from '../../../app/form-errors';
import { pauseCollection } from '../../../db/collections';
import { tryDate } from './form-values';

const REASONS = ['Doença ou problema de saúde', 'Cliente contesta a dívida', 'Desemprego, combinado aguardar', 'Viagem', 'Outro'];

export interface PauseDialogProps {
  open: boolean;
  customerId: string;
  customerName: string;
  /** Current pause end, to offer "Retomar a cobrança". */
  pausedUntil?: string | null;
  onClose: () => void;
  onDone?: (message: string) => void;
}

export function PauseDialog(props: PauseDialogProps) {
  return props.open ? <PauseForm {...props} /> : null;
}

function PauseForm({ customerId, customerName, pausedUntil, onClose, onDone }: PauseDialogProps) {
  const db = useDb();
  const today = useToday();
  const [until, setUntil] = useState(formatDateBR(addDays(today, 30)));
  const [kind, setKind] = useState(REASONS[0] ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const paused = !!pausedUntil && pausedUntil >= today;

  const save = async (): Promise<void> => {
    setError(null);
    const date = tryDate(until);
    if (!date) return setError('Data inválida. Use dd/mm/aaaa.');
    if (date < today) return setError('A pausa deve terminar hoje ou depois.');
    const reason = kind === 'Outro' ? text.trim() : [kind, text.trim()].filter(Boolean).join(': ');
    if (reason.length < 3) return setError('Escreva o motivo da pausa.');
    try {
      await pauseCollection(db, customerId, date, reason, today);
      onDone?.(`Cobrança de ${customerName} pausada até ${formatDateBR(date)}.`);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const resume = async (): Promise<void> => {
    try {
      await pauseCollection(db, customerId, null, 'Cobrança retomada', today);
      onDone?.(`Cobrança de ${customerName} retomada.`);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Modal
      open
      title={`Pausar a cobrança de ${customerName}`}
      onClose={onClose}
      testId="pause-dialog"
      footer={
        <>
          {paused ? <button type="button" className="btn" onClick={() => void resume()} data-testid="pause-resume">Retomar a cobrança</button> : null}
          <button type="button" className="btn" onClick={onClose}>Cancelar</button>
          <button type="button" className="btn primary" onClick={() => void save()} data-testid="pause-save">Pausar</button>
        </>
      }
    >
      {paused ? <p className="alert ok">Pausada até {formatDateBR(pausedUntil)}.</p> : null}
      <div className="grid2">
        <div className="field">
          <label htmlFor="pause-until">Pausar até</label>
          <input id="pause-until" value={until} onChange={(e) => setUntil(maskDateBR(e.target.value))} placeholder="dd/mm/aaaa" inputMode="numeric" data-testid="pause-until" autoFocus />
        </div>
        <div className="field">
          <label htmlFor="pause-kind">Motivo</label>
          <select id="pause-kind" value={kind} onChange={(e) => setKind(e.target.value)} data-testid="pause-kind">
            {REASONS.map((r) => <option key={r}>{r}</option>)}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="pause-text">Detalhes {kind === 'Outro' ? '(obrigatório)' : '(opcional)'}</label>
        <textarea id="pause-text" rows={2} value={text} onChange={(e) => setText(e.target.value)} maxLength={400} data-testid="pause-text" />
      </div>
      <p className="hint">Durante a pausa, nenhuma ação de cobrança aparece em Início. A cobrança volta sozinha no dia seguinte.</p>
      {error ? <div className="alert danger" role="alert">{error}</div> : null}
    </Modal>
  );
}

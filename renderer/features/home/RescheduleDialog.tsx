// Put a Today action off to another day, with a reason (kept in the audit log).
import { useState } from 'react';
import { addDays, formatDateBR } from '@shared/dates/calendar';
import { ReasonDialog } from '../../components/ReasonDialog';
import { maskDateBR } from '../../components/masks';
import { tryDate } from '../collections/dialogs/form-values';

export function RescheduleDialog({ name, today, onConfirm, onClose }: { name: string; today: string; onConfirm: (date: string, reason: string) => Promise<void>; onClose: () => void }) {
  const [text, setText] = useState(formatDateBR(addDays(today, 1)));
  const confirm = async (reason: string): Promise<void> => {
    const date = tryDate(text);
    if (!date) throw new Error('Data inválida. Use dd/mm/aaaa.');
    if (date <= today) throw new Error('Escolha uma data depois de hoje.');
    await onConfirm(date, reason);
  };
  return (
    <ReasonDialog open title={`Reagendar: ${name}`} label="Motivo" confirmLabel="Reagendar" onConfirm={confirm} onClose={onClose}>
      <div className="field">
        <label htmlFor="resched-date">Nova data</label>
        <input id="resched-date" value={text} inputMode="numeric" placeholder="dd/mm/aaaa" onChange={(e) => setText(maskDateBR(e.target.value))} data-testid="reschedule-date" autoFocus />
      </div>
    </ReasonDialog>
  );
}

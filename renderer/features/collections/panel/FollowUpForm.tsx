// Who takes care of the customer and what to do next (shows on Today on that date).
import { useState } from 'react';
import { formatDateBR } from '@shared/dates/calendar';
import { maskDateBR } from '../../../components/masks';
import { useDb } from '../../../app/database';
import { errorMessage } from '../../../app/form-errors';
import { setNextAction, setResponsible } from '../../../db/collections';
import type { CollectionRow } from '../../../db/types';
import { tryDate } from '../dialogs/form-values';

export function FollowUpForm({ customerId, collection, onSaved }: { customerId: string; collection: CollectionRow | null; onSaved: (msg: string) => void }) {
  const db = useDb();
  const [who, setWho] = useState(collection?.responsible ?? '');
  const [date, setDate] = useState(collection?.nextAction ? formatDateBR(collection.nextAction.date) : '');
  const [text, setText] = useState(collection?.nextAction?.text ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = async (): Promise<void> => {
    setError(null);
    try {
      if ((who.trim() || null) !== (collection?.responsible ?? null)) await setResponsible(db, customerId, who);
      if (date.trim() === '' && text.trim() === '') {
        if (collection?.nextAction) await setNextAction(db, customerId, null);
      } else {
        const iso = tryDate(date);
        if (!iso) return setError('Data da próxima ação inválida. Use dd/mm/aaaa.');
        if (text.trim() === '') return setError('Descreva a próxima ação.');
        await setNextAction(db, customerId, { date: iso, text });
      }
      onSaved('Acompanhamento salvo.');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form
      className="follow-up"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label="Acompanhamento"
    >
      <div className="field">
        <label htmlFor={`fu-who-${customerId}`}>Responsável</label>
        <input id={`fu-who-${customerId}`} value={who} maxLength={60} onChange={(e) => setWho(e.target.value)} placeholder="Quem cuida" data-testid="panel-responsible" />
      </div>
      <div className="field fu-date">
        <label htmlFor={`fu-date-${customerId}`}>Próxima ação em</label>
        <input id={`fu-date-${customerId}`} value={date} inputMode="numeric" placeholder="dd/mm/aaaa" onChange={(e) => setDate(maskDateBR(e.target.value))} data-testid="panel-next-date" />
      </div>
      <div className="field fu-text">
        <label htmlFor={`fu-text-${customerId}`}>O que fazer</label>
        <input id={`fu-text-${customerId}`} value={text} maxLength={300} onChange={(e) => setText(e.target.value)} placeholder="ex.: ligar depois do dia 10" data-testid="panel-next-text" />
      </div>
      <button type="submit" className="btn" data-testid="panel-follow-save">Salvar</button>
      {error ? <div className="field-error" role="alert">{error}</div> : null}
    </form>
  );
}

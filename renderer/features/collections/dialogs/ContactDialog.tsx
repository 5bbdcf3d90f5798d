// Register a phone call, visit or letter: outcome, promise to pay (date + amount), notes and
// the next action. Outside the allowed contact hours it warns, never blocks.
import { useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Modal } from '../../../components/Modal';
import { Field } from '../../../components/Field';
import { maskDateBR } from '../../../components/masks';
import { useDb } from '../../../app/database';
import { useToday } from '../../../app/useToday';
import { applyErrors } from '../../../app/form-errors';
import { setNextAction } from '../../../db/collections';
import { logLetterContact } from '../../../db/board-notices';
import { NOTICE_NOTE_PREFIX } from '../../../db/board-data';
import type { ContactChannel, ContactOutcome, ContactRow } from '../../../db/types';
import { contactCheckNow, useAppSettings } from '../collection-settings';
import { OUTCOME_LABELS, channelLabel } from '../labels';
import { dateText, moneyText, tryCents, tryDate } from './form-values';

const CHANNELS = ['phone', 'visit', 'whatsapp', 'email', 'sms', 'letter'] as const satisfies readonly ContactChannel[];
const OUTCOMES = ['sem_resposta', 'prometeu_pagar', 'pagou', 'recusou', 'numero_errado', 'outro'] as const satisfies readonly ContactOutcome[];

const schema = z
  .object({
    channel: z.enum(CHANNELS),
    direction: z.enum(['saida', 'entrada']),
    outcome: z.enum(OUTCOMES),
    promisedDate: dateText,
    promisedAmount: moneyText,
    notes: z.string().max(2000, 'Anotação longa demais.'),
    notice: z.boolean(),
    nextDate: dateText,
    nextText: z.string().max(300, 'Até 300 caracteres.'),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'prometeu_pagar') {
      if (v.promisedDate === '') ctx.addIssue({ code: 'custom', path: ['promisedDate'], message: 'Informe a data prometida.' });
      if (!((tryCents(v.promisedAmount) ?? 0) > 0)) ctx.addIssue({ code: 'custom', path: ['promisedAmount'], message: 'Informe o valor prometido.' });
    }
    if ((v.nextDate === '') !== (v.nextText.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: [v.nextDate === '' ? 'nextDate' : 'nextText'], message: 'Informe a data e a descrição da próxima ação.' });
    }
  });

type Values = z.infer<typeof schema>;

export interface ContactDialogProps {
  open: boolean;
  customerId: string;
  customerName: string;
  onClose: () => void;
  onSaved?: (contact: ContactRow) => void;
  defaultChannel?: (typeof CHANNELS)[number];
}

export function ContactDialog(props: ContactDialogProps) {
  return props.open ? <ContactForm {...props} /> : null;
}

function ContactForm({ customerId, customerName, onClose, onSaved, defaultChannel = 'phone' }: ContactDialogProps) {
  const db = useDb();
  const today = useToday();
  const settings = useAppSettings();
  const [general, setGeneral] = useState<string | null>(null);
  const { register, handleSubmit, watch, setValue, setError, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { channel: defaultChannel, direction: 'saida', outcome: 'sem_resposta', promisedDate: '', promisedAmount: '', notes: '', notice: false, nextDate: '', nextText: '' },
  });
  const outcome = watch('outcome');
  const channel = watch('channel');
  const hours = settings ? contactCheckNow(settings, today) : null;

  const onSubmit = handleSubmit(async (v) => {
    setGeneral(null);
    // A follow-up dated before today is refused before the contact is written (logContact
    // itself refuses a promise in the past, next to its field; setNextAction runs after it).
    const next = tryDate(v.nextDate);
    if (next && next < today) {
      setError('nextDate', { message: 'A próxima ação não pode ser no passado.' });
      return;
    }
    try {
      const promised = v.outcome === 'prometeu_pagar';
      const notes = v.channel === 'letter' && v.notice ? `${NOTICE_NOTE_PREFIX} (CDC art. 43, § 2º). ${v.notes}`.trim() : v.notes;
      const row = await logLetterContact(
        db,
        {
          customerId,
          channel: v.channel,
          direction: v.direction,
          outcome: v.outcome,
          promisedDate: promised ? tryDate(v.promisedDate) : null,
          promisedCents: promised ? tryCents(v.promisedAmount) : null,
          notes,
        },
        today,
        v.channel === 'letter' && v.notice,
      );
      const nextDate = tryDate(v.nextDate);
      if (nextDate && v.nextText.trim() !== '') await setNextAction(db, customerId, { date: nextDate, text: v.nextText });
      onSaved?.(row);
      onClose();
    } catch (e) {
      setGeneral(applyErrors(e, setError));
    }
  });

  const dateReg = (name: 'promisedDate' | 'nextDate') => {
    const r = register(name);
    return { ...r, onChange: (e: ChangeEvent<HTMLInputElement>) => { setValue(name, maskDateBR(e.target.value)); return r.onChange(e); } };
  };

  return (
    <Modal
      open
      title={`Registrar contato com ${customerName}`}
      onClose={onClose}
      testId="contact-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>Cancelar</button>
          <button type="submit" form="contact-form" className="btn primary" disabled={isSubmitting} data-testid="contact-save">Registrar contato</button>
        </>
      }
    >
      <form id="contact-form" onSubmit={onSubmit} noValidate>
        {hours && !hours.allowed ? (
          <div className="alert warn" role="status" data-testid="contact-hours-warning">
            {hours.reason} O contato pode ser registrado, mas evite cobrar fora do horário (CDC art. 42 e leis estaduais).
          </div>
        ) : null}
        <div className="grid3">
          <Field label="Meio" error={errors.channel?.message}>
            {(p) => (
              <select {...p} {...register('channel')} data-testid="contact-channel" autoFocus>
                {CHANNELS.map((c) => <option key={c} value={c}>{channelLabel(c)}</option>)}
              </select>
            )}
          </Field>
          <Field label="Quem procurou" error={errors.direction?.message}>
            {(p) => (
              <select {...p} {...register('direction')}>
                <option value="saida">A loja</option>
                <option value="entrada">O cliente</option>
              </select>
            )}
          </Field>
          <Field label="Resultado" error={errors.outcome?.message}>
            {(p) => (
              <select {...p} {...register('outcome')} data-testid="contact-outcome">
                {OUTCOMES.map((o) => <option key={o} value={o}>{OUTCOME_LABELS[o]}</option>)}
              </select>
            )}
          </Field>
        </div>
        {outcome === 'prometeu_pagar' ? (
          <div className="grid2">
            <Field label="Data prometida" error={errors.promisedDate?.message}>
              {(p) => <input {...p} {...dateReg('promisedDate')} placeholder="dd/mm/aaaa" inputMode="numeric" data-testid="contact-promised-date" />}
            </Field>
            <Field label="Valor prometido (R$)" error={errors.promisedAmount?.message}>
              {(p) => <input {...p} {...register('promisedAmount')} placeholder="0,00" inputMode="decimal" data-testid="contact-promised-amount" />}
            </Field>
          </div>
        ) : null}
        {channel === 'letter' ? (
          <label className="check">
            <input type="checkbox" {...register('notice')} data-testid="contact-notice" /> Esta carta é o aviso prévio de negativação (CDC art. 43, § 2º)
          </label>
        ) : null}
        <Field label="Anotações" error={errors.notes?.message}>
          {(p) => <textarea {...p} rows={3} {...register('notes')} data-testid="contact-notes" />}
        </Field>
        <div className="grid2">
          <Field label="Próxima ação em" error={errors.nextDate?.message} hint="Opcional: aparece em Início nesse dia.">
            {(p) => <input {...p} {...dateReg('nextDate')} placeholder="dd/mm/aaaa" inputMode="numeric" data-testid="contact-next-date" />}
          </Field>
          <Field label="O que fazer" error={errors.nextText?.message}>
            {(p) => <input {...p} {...register('nextText')} placeholder="ex.: ligar de novo" data-testid="contact-next-text" />}
          </Field>
        </div>
        {general ? <div className="alert danger" role="alert">{general}</div> : null}
      </form>
    </Modal>
  );
}

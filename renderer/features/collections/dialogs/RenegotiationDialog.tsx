// Renegotiation ("Acordo"): pick installments, see the debt updated to today, give a
// discount, a down payment and a new plan; confirm = one transaction in the repository.
import { countOf } from '@shared/text';
import { useMemo, useState } from 'react';
import { addMonthsClamped, formatDateBR } from '@shared/dates/calendar';
import { formatBRL } from '@shared/money/brl';
import { Modal } from '../../../components/Modal';
import { maskDateBR } from '../../../components/masks';
import { useDb } from '../../../app/database';
import { useToday } from '../../../app/useToday';
import { errorMessage } from '../../../app/form-errors';
import { renegotiateDebt, type RenegotiationResult } from '../../../db/agreements';
import { useCollectionCustomer, type CollectionCustomer } from '../useCollectionCustomer';
import { quote, FREQUENCY_LABELS, type FrequencyKey, type RenegotiationForm } from './renegotiation-form';
import { RenegotiationQuote } from './RenegotiationQuote';
import { DocumentActions } from '../../../documents/DocumentActions';
import { Nested } from './Nested';
import { buildAgreementData } from '../print/letter-data';
import { recordAgreementTerm } from '../print/record-issued';

export interface RenegotiationDialogProps {
  open: boolean;
  customerId: string;
  onClose: () => void;
  onDone?: (result: RenegotiationResult) => void;
}

export function RenegotiationDialog(props: RenegotiationDialogProps) {
  const today = useToday();
  const data = useCollectionCustomer(props.open ? props.customerId : null, today);
  const [result, setResult] = useState<RenegotiationResult | null>(null);
  if (!props.open) return null;
  const close = (): void => {
    setResult(null);
    props.onClose();
  };
  if (result) return <AgreementDone result={result} customerName={data?.customer.name ?? ''} onClose={close} />;
  if (!data) return null; // see SendMessageDialog: one modal per click
  return (
    <RenegotiationFormView
      data={data}
      today={today}
      onClose={close}
      onDone={(r) => {
        setResult(r);
        props.onDone?.(r);
      }}
    />
  );
}

function RenegotiationFormView({ data, today, onClose, onDone }: { data: CollectionCustomer; today: string; onClose: () => void; onDone: (r: RenegotiationResult) => void }) {
  const db = useDb();
  const [form, setForm] = useState<RenegotiationForm>(() => ({
    chosen: (data.overdue.length > 0 ? data.overdue : data.open).map((o) => o.row.id),
    discountKind: 'none',
    discountText: '',
    downText: '',
    countText: '3',
    firstDueText: formatDateBR(addMonthsClamped(today, 1)),
    every: 'month',
  }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RenegotiationForm>): void => setForm((f) => ({ ...f, ...patch }));
  const ledgers = useMemo(() => data.open.map((o) => o.ledger), [data.open]);
  const q = quote(form, ledgers, data.settings.charges, today);
  /** The field the quote's error is about (its message goes next to it). */
  const fieldError = q.ok ? undefined : q.field;

  const confirm = async (): Promise<void> => {
    if (!q.ok) return;
    setBusy(true);
    setError(null);
    try {
      const r = await renegotiateDebt(db, { customerId: data.customer.id, installmentIds: q.input.chosenIds, ...(q.input.discount ? { discount: q.input.discount } : {}), downPaymentCents: q.input.downPaymentCents, count: q.input.count, firstDueDate: q.input.firstDueDate, every: q.input.every }, today);
      onDone(r);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string, on: boolean): void => set({ chosen: on ? [...form.chosen, id] : form.chosen.filter((x) => x !== id) });
  return (
    <Modal
      open
      wide
      title={`Acordo com ${data.customer.name}`}
      onClose={onClose}
      testId="renegotiation-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>Cancelar</button>
          <button type="button" className="btn primary" disabled={!q.ok || busy} onClick={() => void confirm()} data-testid="renegotiation-confirm">Confirmar acordo</button>
        </>
      }
    >
      {data.activeAgreement ? <div className="alert warn">Este cliente já tem um acordo ativo de {formatDateBR(data.activeAgreement.date)}.</div> : null}
      <div className="reneg-grid">
        <fieldset className="plain reneg-items" data-testid="renegotiation-items">
          <legend>Parcelas do acordo</legend>
          {data.open.length === 0 ? <p className="muted">Nenhuma parcela em aberto.</p> : null}
          {data.open.map((o) => (
            <label key={o.row.id} className="check reneg-item">
              <input type="checkbox" checked={form.chosen.includes(o.row.id)} onChange={(e) => toggle(o.row.id, e.target.checked)} data-testid="renegotiation-item" />
              <span>{formatDateBR(o.row.dueDate)} · parcela {o.row.number}/{o.row.count}</span>
              <span className={`num ${o.row.dueDate < today ? 'danger-text' : ''}`}>{formatBRL(o.state.totalDueCents)}</span>
            </label>
          ))}
        </fieldset>
        <div>
          <div className="grid2">
            <div className="field">
              <label htmlFor="rn-disc-kind">Desconto</label>
              <select id="rn-disc-kind" value={form.discountKind} onChange={(e) => set({ discountKind: e.target.value as RenegotiationForm['discountKind'] })} data-testid="renegotiation-discount-kind">
                <option value="none">Sem desconto</option>
                <option value="charges">Na multa e nos juros</option>
                <option value="total">No total</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="rn-disc">Valor ou %</label>
              <input id="rn-disc" value={form.discountText} disabled={form.discountKind === 'none'} placeholder="ex.: 50,00 ou 100%" onChange={(e) => set({ discountText: e.target.value })} aria-invalid={fieldError === 'discountText'} data-testid="renegotiation-discount" />
              {fieldError === 'discountText' && !q.ok ? <div className="field-error" role="alert" data-testid="renegotiation-discount-error">{q.error}</div> : null}
            </div>
            <div className="field">
              <label htmlFor="rn-down">Entrada (R$, hoje)</label>
              <input id="rn-down" inputMode="decimal" value={form.downText} placeholder="0,00" onChange={(e) => set({ downText: e.target.value })} aria-invalid={fieldError === 'downText'} data-testid="renegotiation-down" />
              {fieldError === 'downText' && !q.ok ? <div className="field-error" role="alert" data-testid="renegotiation-down-error">{q.error}</div> : null}
            </div>
            <div className="field">
              <label htmlFor="rn-count">Parcelas</label>
              <input id="rn-count" inputMode="numeric" value={form.countText} onChange={(e) => set({ countText: e.target.value })} aria-invalid={fieldError === 'countText'} data-testid="renegotiation-count" />
              {fieldError === 'countText' && !q.ok ? <div className="field-error" role="alert" data-testid="renegotiation-count-error">{q.error}</div> : null}
            </div>
            <div className="field">
              <label htmlFor="rn-first">1º vencimento</label>
              <input id="rn-first" inputMode="numeric" value={form.firstDueText} onChange={(e) => set({ firstDueText: maskDateBR(e.target.value) })} aria-invalid={fieldError === 'firstDueText'} data-testid="renegotiation-first" />
              {fieldError === 'firstDueText' && !q.ok ? <div className="field-error" role="alert" data-testid="renegotiation-first-error">{q.error}</div> : null}
            </div>
            <div className="field">
              <label htmlFor="rn-every">Periodicidade</label>
              <select id="rn-every" value={form.every} onChange={(e) => set({ every: e.target.value as FrequencyKey })}>
                {(Object.keys(FREQUENCY_LABELS) as FrequencyKey[]).map((k) => <option key={k} value={k}>{FREQUENCY_LABELS[k]}</option>)}
              </select>
            </div>
          </div>
        </div>
      </div>
      {q.ok ? <RenegotiationQuote terms={q.terms} /> : fieldError && fieldError !== 'chosen' ? null : <div className="alert warn" role="status" data-testid="renegotiation-error">{q.error}</div>}
      {error ? <div className="alert danger" role="alert">{error}</div> : null}
    </Modal>
  );
}

function AgreementDone({ result, customerName, onClose }: { result: RenegotiationResult; customerName: string; onClose: () => void }) {
  const db = useDb();
  const today = useToday();
  const t = result.terms;
  const [note, setNote] = useState<string | null>(null);
  return (
    <Modal open title="Acordo registrado" onClose={onClose} testId="renegotiation-done" footer={<button type="button" className="btn primary" onClick={onClose} autoFocus>Fechar</button>}>
      <p className="alert ok" data-testid="renegotiation-done-total">
        Acordo de {formatBRL(t.newTotalCents)} registrado: {t.downPaymentCents > 0 ? `entrada de ${formatBRL(t.downPaymentCents)} + ` : ''}
        {countOf(t.plan.length, 'parcela', 'parcelas')}. As parcelas antigas ficaram como renegociadas.
      </p>
      <p className="muted">Imprima o termo de acordo e confissão de dívida para o cliente assinar: a assinatura interrompe a prescrição (CC art. 202, VI).</p>
      <Nested>
      <DocumentActions
        kind="agreement"
        data={() => buildAgreementData(db, result, today)}
        fileName={`Termo de acordo ${customerName} ${result.agreement.date.split('-').reverse().join('-')}`.replace(/\s+/g, ' ')}
        title="Termo de acordo e confissão de dívida"
        testId="agreement-term"
        onIssued={async (pdf) => {
          await recordAgreementTerm(db, result, pdf, today);
          setNote('Termo registrado nos documentos do cliente.');
        }}
      />
      </Nested>
      {note ? <p className="muted" role="status">{note}</p> : null}
    </Modal>
  );
}

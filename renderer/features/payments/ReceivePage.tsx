import { useEffect, useMemo, useRef, useState } from 'react';
import { countOf } from '@shared/text';
import { useUnsavedWork } from '../../app/unsaved';
import { useSearchParams } from 'react-router-dom';
import { allocatePayment } from '@shared/ledger/allocation';
import { formatBRL, formatDecimalBR, parseBRLOrNull } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';
import { PageHeader, Kbd } from '../../components/ui';
import { useDb } from '../../app/database';
import { useToday } from '../../app/useToday';
import { errorMessage } from '../../app/form-errors';
import { PAYMENT_METHODS, receivePayment } from '../../db/payments';
import type { CustomerRow, PaymentMethod, PaymentRow } from '../../db/types';
import { CustomerPicker } from '../sales/CustomerPicker';
import { METHOD_LABELS } from '../customers/CustomerTables';
import { useOpenInstallments } from './useOpenInstallments';
import { findOpenByReference } from './find-by-reference';
import { PaymentDone } from './PaymentDone';

const cents = parseBRLOrNull;

export default function ReceivePage() {
  const db = useDb();
  const today = useToday();
  const [params] = useSearchParams();
  const [customer, setCustomer] = useState<CustomerRow | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [amountText, setAmountText] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('dinheiro');
  const [waiveFine, setWaiveFine] = useState(false);
  const [waiveInterest, setWaiveInterest] = useState(false);
  const [waiveReason, setWaiveReason] = useState('');
  const [scan, setScan] = useState('');
  // What saving or the code reader refused (cleared by the next edit); the fields' own errors
  // show once Confirm was pressed and follow every edit from then on.
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<PaymentRow | null>(null);
  // What the customer still owes after the payment (the preview's figure), for the done screen.
  const [remaining, setRemaining] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  // A payment being entered (an amount typed): the shortcuts and the menu ask before leaving it.
  useUnsavedWork(!done && customer && amountText.trim() ? `O recebimento de ${customer.name} ainda não foi confirmado.` : null);
  const amountRef = useRef<HTMLInputElement>(null);
  const savingRef = useRef(false);
  const data = useOpenInstallments(customer?.id ?? null, today);

  useEffect(() => {
    const id = params.get('cliente');
    if (id) void db.customers.get(id).then((c) => c && setCustomer(c));
  }, [db, params]);

  const amount = cents(amountText);
  const waive = useMemo(() => (waiveFine || waiveInterest ? { fine: waiveFine, interest: waiveInterest, reason: waiveReason } : undefined), [waiveFine, waiveInterest, waiveReason]);
  const preview = useMemo(() => {
    if (!data || !amount || amount <= 0 || data.rows.length === 0) return null;
    try {
      return allocatePayment({
        installments: data.rows.map((r) => r.ledger), amountCents: amount, on: today, policy: data.settings.charges,
        ...(chosen.length ? { chosenIds: chosen } : {}), ...(waive && waiveReason.trim() ? { waive } : {}),
        overpayment: method === 'dinheiro' ? 'refuse' : 'credit',
      });
    } catch {
      return null;
    }
  }, [data, amount, chosen, today, waive, waiveReason, method]);

  useEffect(() => setError(null), [customer, amountText, chosen, method, waiveReason]);
  const fieldErrors = (): { customer?: string; amount?: string; waive?: string } => ({
    ...(!customer ? { customer: 'Escolha o cliente ou passe o leitor no código do carnê.' } : {}),
    ...(amount === null || amount <= 0 ? { amount: 'Informe o valor recebido. Exemplos: 50, 50,00 ou 1.234,56' } : {}),
    ...(waive && waiveReason.trim().length < 3 ? { waive: 'Escreva o motivo do abono de multa/juros.' } : {}),
  });
  const errors = tried ? fieldErrors() : {};
  const dueAll = (data?.rows ?? []).reduce((s, r) => s + r.state.totalDueCents, 0);
  const dueSelected = chosen.length === 0 ? dueAll : (data?.rows ?? []).filter((r) => chosen.includes(r.row.id)).reduce((s, r) => s + r.state.totalDueCents, 0);
  // With installments chosen, the preview's remainder is theirs: the others stay owed too.
  const otherDue = dueAll - dueSelected;

  const onScan = async (code: string = scan): Promise<void> => {
    setError(null);
    const found = await findOpenByReference(db, code);
    if (found === null) {
      setScan(code);
      return setError('Código do carnê inválido: confira os números.');
    }
    const inst = found[0];
    if (!inst) return setError('Nenhuma parcela em aberto com este código (já pode ter sido paga).');
    const c = await db.customers.get(inst.customerId);
    if (c) setCustomer(c);
    setChosen([inst.id]);
    setScan('');
    setTimeout(() => amountRef.current?.focus(), 0);
  };

  const confirm = async (): Promise<void> => {
    // Enter held down or pressed twice must not record the payment twice.
    if (savingRef.current) return;
    setError(null);
    setTried(true);
    if (!customer || amount === null || amount <= 0 || Object.keys(fieldErrors()).length > 0) return;
    savingRef.current = true;
    setSaving(true);
    try {
      const { payment } = await receivePayment(db, { customerId: customer.id, amountCents: amount, method, ...(chosen.length ? { installmentIds: chosen } : {}), ...(waive ? { waive } : {}) }, today);
      // What the customer's page and the receipt say: the installments and the open tab.
      setRemaining(preview ? preview.remainingDueCents + otherDue + (data?.tabOpenCents ?? 0) : null);
      setDone(payment);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  if (done && customer) {
    return <PaymentDone customer={customer} payment={done} remainingCents={remaining} onAnother={(scanned) => { setDone(null); setCustomer(null); setAmountText(''); setChosen([]); setWaiveFine(false); setWaiveInterest(false); setWaiveReason(''); setTried(false); setScan(''); if (scanned) void onScan(scanned); }} />;
  }

  return (
    <>
      <PageHeader title="Receber pagamento" subtitle={<>Busque o cliente ou passe o leitor no código do carnê <Kbd>F3</Kbd></>} />
      <div className="sell-grid">
        <section className="card">
          <div className="field">
            <label htmlFor="scan">Código do carnê (leitor de código de barras)</label>
            <input id="scan" value={scan} onChange={(e) => setScan(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void onScan(); } }} placeholder="Passe o leitor ou digite os 12 números" autoFocus={!params.get('cliente')} data-testid="scan-input" />
          </div>
          <h2>Cliente</h2>
          <CustomerPicker value={customer} onChange={(c) => { setCustomer(c); setChosen([]); if (c) setTimeout(() => amountRef.current?.focus(), 0); }} />
          {errors.customer ? <div className="field-error" role="alert" data-testid="pay-customer-error">{errors.customer}</div> : null}
          {customer && data ? (
            data.rows.length === 0 ? (
              <p className="alert ok" style={{ marginTop: 12 }}>Nenhuma parcela em aberto. Tudo em dia!</p>
            ) : (
              <table className="data" style={{ marginTop: 12 }} data-testid="open-installments">
                <thead><tr><th /><th>Parcela</th><th>Vencimento</th><th className="num">Principal</th><th className="num">Multa</th><th className="num">Juros</th><th className="num">Hoje</th></tr></thead>
                <tbody>
                  {data.rows.map(({ row, state, purchase }) => (
                    <tr key={row.id}>
                      <td><input type="checkbox" aria-label={`Pagar parcela ${row.number}/${row.count}${purchase ? ` de ${purchase}` : ''}`} checked={chosen.includes(row.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, row.id] : c.filter((x) => x !== row.id)))} /></td>
                      <td>{row.number}/{row.count}{purchase ? <div className="muted small" title={purchase} style={{ maxWidth: 170, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} data-testid="open-purchase">{purchase}</div> : null}</td>
                      <td>{formatDateBR(row.dueDate)}{state.daysLate > 0 ? <span className="badge danger" style={{ marginLeft: 6 }}>{countOf(state.daysLate, 'dia', 'dias')}</span> : null}</td>
                      <td className="num">{formatBRL(state.principalDueCents)}</td>
                      <td className="num" data-testid="open-fine">{formatBRL(state.fineDueCents)}</td>
                      <td className="num" data-testid="open-interest">{formatBRL(state.interestDueCents)}</td>
                      <td className="num"><strong data-testid="open-total">{formatBRL(state.totalDueCents)}</strong></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          ) : null}
          {data && data.rows.length > 0 ? <p className="hint">{chosen.length ? `${countOf(chosen.length, 'parcela escolhida', 'parcelas escolhidas')}.` : 'Sem escolha, paga-se primeiro a parcela mais antiga.'} Multa e juros são pagos antes do principal.</p> : null}
        </section>
        <section className="card">
          <h2>Pagamento</h2>
          {/* One field under the other: side by side in this narrow card the labels wrapped and
              the boxes sat at different heights. */}
          <div>
            <div className="field">
              <label htmlFor="amount">Valor recebido (R$)</label>
              <input id="amount" ref={amountRef} inputMode="decimal" value={amountText} onChange={(e) => setAmountText(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') void confirm(); }} aria-invalid={!!errors.amount} data-testid="pay-amount" />
              {errors.amount ? <div className="field-error" role="alert" data-testid="pay-amount-error">{errors.amount}</div> : null}
              {dueSelected > 0 ? <button type="button" className="btn small" style={{ marginTop: 6 }} onClick={() => setAmountText(formatDecimalBR(dueSelected))} data-testid="pay-all">Tudo: {formatBRL(dueSelected)}</button> : null}
            </div>
            <div className="field">
              <label htmlFor="method">Forma de pagamento</label>
              <select id="method" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)} data-testid="pay-method">
                {PAYMENT_METHODS.map((m) => <option key={m} value={m}>{METHOD_LABELS[m]}</option>)}
              </select>
            </div>
          </div>
          <fieldset className="plain">
            <legend>Abono (desconto de multa e juros)</legend>
            <label className="check"><input type="checkbox" checked={waiveFine} onChange={(e) => setWaiveFine(e.target.checked)} /> Abonar a multa</label>{' '}
            <label className="check"><input type="checkbox" checked={waiveInterest} onChange={(e) => setWaiveInterest(e.target.checked)} /> Abonar os juros</label>
            {waive ? <input aria-label="Motivo do abono" placeholder="Motivo do abono" value={waiveReason} onChange={(e) => setWaiveReason(e.target.value)} aria-invalid={!!errors.waive} style={{ marginTop: 6 }} /> : null}
            {errors.waive ? <div className="field-error" role="alert">{errors.waive}</div> : null}
          </fieldset>
          {preview ? (
            <div className="alloc-preview" data-testid="alloc-preview">
              <div>Multa: <strong>{formatBRL(preview.rows.reduce((s, r) => s + r.fineCents, 0))}</strong></div>
              <div>Juros: <strong>{formatBRL(preview.rows.reduce((s, r) => s + r.interestCents, 0))}</strong></div>
              <div>Principal: <strong>{formatBRL(preview.rows.reduce((s, r) => s + r.principalCents, 0))}</strong></div>
              {preview.changeCents > 0 ? <div className="big ok-text" data-testid="change">Troco: {formatBRL(preview.changeCents)}</div> : null}
              {amount !== null && amount > 2 * dueAll && dueAll > 0 ? <div className="alert warn" role="alert" data-testid="pay-too-much">O valor é mais que o dobro do que o cliente deve ({formatBRL(dueAll)}): confira antes de confirmar.</div> : null}
              {preview.creditCents > 0 ? <div>Fica de crédito: <strong>{formatBRL(preview.creditCents)}</strong></div> : null}
              {chosen.length ? <div className="muted">Nas parcelas escolhidas fica devendo: {formatBRL(preview.remainingDueCents)}</div> : null}
              <div className="muted" data-testid="remaining">Ainda fica devendo{chosen.length ? ', no total' : ''}: <span className="nowrap">{formatBRL(preview.remainingDueCents + otherDue)}</span></div>
            </div>
          ) : null}
          {error ? <div className="alert danger" role="alert" data-testid="pay-error">{error}</div> : null}
          <div className="row" style={{ marginTop: 12, justifyContent: 'flex-end' }}>
            <button className="btn primary" onClick={() => void confirm()} disabled={saving} data-testid="pay-confirm">Confirmar recebimento</button>
          </div>
        </section>
      </div>
    </>
  );
}

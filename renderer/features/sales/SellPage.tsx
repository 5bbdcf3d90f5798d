import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatBRL, parseBRLOrNull } from '@shared/money/brl';
import { addDays, formatDateBR, parseDateBR } from '@shared/dates/calendar';
import { installmentPlan } from '@shared/plans/installment-plan';
import { PageHeader, Kbd } from '../../components/ui';
import { maskDateBR } from '../../components/masks';
import { useDb } from '../../app/database';
import { useToday } from '../../app/useToday';
import { useUnsavedWork } from '../../app/unsaved';
import { errorMessage } from '../../app/form-errors';
import { addTabEntry, checkCredit, createCreditSale } from '../../db/sales';
import { isRepoError } from '../../db/errors';
import type { CustomerRow, InstallmentRow, SaleRow } from '../../db/types';
import { useSettings } from '../settings/useSettings';
import { CustomerPicker } from './CustomerPicker';
import { PlanEditor, toPlanRows, type PlanRow } from './PlanEditor';
import { OverrideDialog } from './OverrideDialog';
import { SaleDone } from './SaleDone';

type Every = 'month' | 'fortnight' | 'week';

const cents = parseBRLOrNull;

export default function SellPage() {
  const db = useDb();
  const today = useToday();
  const settings = useSettings();
  const [params] = useSearchParams();
  const [customer, setCustomer] = useState<CustomerRow | null>(null);
  const [description, setDescription] = useState('');
  const [totalText, setTotalText] = useState('');
  const [downText, setDownText] = useState('');
  const [mode, setMode] = useState<'installments' | 'tab'>('installments');
  const [count, setCount] = useState(3);
  const [firstDue, setFirstDue] = useState(formatDateBR(addDays(today, 30)));
  const [every, setEvery] = useState<Every>('month');
  // Installment rows the shopkeeper edited, for the plan inputs they were edited on.
  const [edited, setEdited] = useState<{ key: string; rows: PlanRow[] } | null>(null);
  // Field errors show once Confirm was pressed, and from then on follow every edit (an error
  // fixed goes away at once); the general one is what saving refused.
  const [tried, setTried] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  // Set while saving and, once saved, until "Nova venda": a second Enter never records it twice.
  const savingRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const totalRef = useRef<HTMLInputElement>(null);
  const [invalidTries, setInvalidTries] = useState(0);
  const [gate, setGate] = useState<string[]>([]);
  const [refused, setRefused] = useState<string[] | null>(null);
  const [done, setDone] = useState<{ sale: SaleRow; installments: InstallmentRow[] } | null>(null);
  const [saving, setSaving] = useState(false);
  // A sale begun and not confirmed: the shortcuts and the menu ask before leaving it.
  useUnsavedWork(!done && (customer || description.trim() || totalText.trim() || downText.trim()) ? `A venda${customer ? ` para ${customer.name}` : ''} ainda não foi confirmada.` : null);

  useEffect(() => {
    const id = params.get('cliente');
    if (id) void db.customers.get(id).then((c) => c && setCustomer(c));
  }, [db, params]);

  // The customer chosen (picked, created or come with the link), the value is next.
  useEffect(() => {
    if (customer) totalRef.current?.focus();
  }, [customer]);

  // A Confirm refused by the fields' checks takes the focus to the first one in error.
  useEffect(() => {
    if (invalidTries) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidTries]);

  const total = cents(totalText);
  const down = cents(downText) ?? 0;
  const financed = total !== null ? total - down : null;
  const firstDueIso = useMemo(() => { try { return parseDateBR(firstDue); } catch { return null; } }, [firstDue]);

  // The installments follow the plan's inputs in the same render (a value typed and confirmed
  // at once is saved with its own plan, never the one of the value before); rows edited by hand
  // are kept until an input changes.
  const planKey = `${mode}|${total}|${down}|${count}|${firstDueIso}|${every}`;
  const planned = useMemo(() => {
    if (mode !== 'installments' || total === null || financed === null || financed <= 0 || !firstDueIso || count < 1 || count > 60) return [];
    try {
      return toPlanRows(installmentPlan({ totalCents: total, downPaymentCents: down, count, firstDueDate: firstDueIso, every }));
    } catch {
      return [];
    }
  }, [mode, total, down, financed, count, firstDueIso, every]);
  const rows = edited?.key === planKey ? edited.rows : planned;
  // Edits made on other inputs are dropped (going back to them starts from a fresh plan).
  useEffect(() => setEdited((e) => (e && e.key !== planKey ? null : e)), [planKey]);

  // What saving refused goes once the sale is changed.
  useEffect(() => setGeneral(null), [customer, description, totalText, downText, mode, count, firstDue, every, edited]);

  // Credit gate preview, so the shopkeeper knows before typing the sale: as soon as the customer
  // is picked (a blocked or suspended customer, a limit already used up), then with the value.
  const newDebt = financed !== null && financed > 0 ? financed : 0;
  useEffect(() => {
    if (!customer) {
      setGate([]);
      return;
    }
    let live = true;
    void checkCredit(db, customer.id, newDebt, today).then((g) => live && setGate(g.allowed ? [] : g.reasons), () => undefined);
    return () => { live = false; };
  }, [db, customer, newDebt, today]);

  const fieldErrors = (): Record<string, string> => {
    const e: Record<string, string> = {};
    if (!customer) e.customer = 'Escolha o cliente.';
    if (total === null || total <= 0) e.total = 'Informe o valor total da compra. Exemplos: 150 ou 1.234,56';
    const downCents = downText.trim() ? cents(downText) : 0;
    if (mode === 'installments') {
      if (downCents === null) e.down = 'Entrada inválida. Exemplos: 50 ou 1.234,56';
      else if (downCents < 0) e.down = 'A entrada não pode ser negativa.';
      else if (total !== null && total > 0 && downCents >= total) e.down = 'A entrada cobre o total: não fica nada a prazo. Diminua a entrada ou receba a compra à vista no caixa.';
      if (!firstDueIso) e.firstDue = 'Data inválida (use dd/mm/aaaa).';
      else if (firstDueIso < today) e.firstDue = 'O primeiro vencimento não pode ser no passado.';
      if (!Number.isInteger(count) || count < 1 || count > 60) e.count = 'De 1 a 60 parcelas.';
    }
    return e;
  };
  const errors: Record<string, string> = tried ? fieldErrors() : {};
  /** Why there is no plan to show yet: the first problem of the plan's own fields. */
  const planHint = (): string => {
    const e = fieldErrors();
    return e.total ?? e.down ?? e.count ?? e.firstDue ?? 'Informe o valor para ver as parcelas.';
  };

  const validate = (): boolean => {
    setTried(true);
    setGeneral(null);
    return Object.keys(fieldErrors()).length === 0;
  };

  const save = async (override?: { reason: string }): Promise<void> => {
    if (savingRef.current) return;
    if (!validate() || !customer || total === null) return setInvalidTries((n) => n + 1);
    savingRef.current = true;
    setSaving(true);
    try {
      const base = { customerId: customer.id, date: today, description: description.trim(), totalCents: total, ...(override ? { override } : {}) };
      if (mode === 'tab') {
        const sale = await addTabEntry(db, base, today);
        setDone({ sale, installments: [] });
      } else {
        const plan = { kind: 'rows' as const, rows: rows.map((r) => ({ dueDate: r.dueDate, amountCents: r.amountCents })) };
        setDone(await createCreditSale(db, { ...base, downPaymentCents: down, plan }, today));
      }
      setRefused(null);
    } catch (err) {
      savingRef.current = false;
      setSaving(false);
      if (isRepoError(err) && err.code === 'credit_refused') setRefused((err.details.reasons as string[] | undefined) ?? [err.message]);
      else setGeneral(errorMessage(err));
    }
  };

  const another = (): void => {
    setDone(null);
    setCustomer(null);
    setTotalText('');
    setDownText('');
    setDescription('');
    // The plan starts over too (the way of selling, carnê or fiado, stays: a shop's habit).
    setCount(3);
    setFirstDue(formatDateBR(addDays(today, 30)));
    setEvery('month');
    setEdited(null);
    setTried(false);
    savingRef.current = false;
    setSaving(false);
  };
  if (done && customer) return <SaleDone customer={customer} sale={done.sale} installments={done.installments} onAnother={another} />;

  return (
    <>
      <PageHeader title="Vender a prazo" subtitle={<>Fiado na conta do cliente ou carnê em parcelas <Kbd>F2</Kbd></>} />
      <form
        ref={formRef}
        className="sell-grid"
        aria-label="Venda"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // The new-customer dialog's form submits through this one in React's tree: not a sale.
          if (e.target === e.currentTarget) void save();
        }}
      >
        <section className="card">
          <h2>1. Cliente</h2>
          <CustomerPicker value={customer} onChange={setCustomer} autoFocus invalid={!!errors.customer} />
          {errors.customer ? <div className="field-error" role="alert">{errors.customer}</div> : null}
          {gate.length > 0 ? <div className="alert warn" data-testid="gate-warning"><strong>Atenção:</strong> {gate.join(' ')}</div> : null}
          <h2 style={{ marginTop: 16 }}>2. Compra</h2>
          <div className="field">
            <label htmlFor="desc">O que foi comprado</label>
            <textarea
              id="desc"
              rows={2}
              value={description}
              maxLength={500}
              onChange={(e) => setDescription(e.target.value)}
              onKeyDown={(e) => {
                // Enter confirms here too, as in every other field; Shift+Enter starts a new line.
                if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
              placeholder="ex.: 2 sacos de cimento, 1 lata de tinta"
              data-testid="sale-description"
            />
          </div>
          <div className="grid2">
            <div className="field">
              <label htmlFor="total">Valor total (R$)</label>
              <input id="total" ref={totalRef} inputMode="decimal" value={totalText} onChange={(e) => setTotalText(e.target.value)} aria-invalid={!!errors.total} data-testid="sale-total" />
              {errors.total ? <div className="field-error" role="alert">{errors.total}</div> : null}
            </div>
            <div className="field">
              <label htmlFor="down">Entrada (R$)</label>
              <input id="down" inputMode="decimal" value={downText} onChange={(e) => setDownText(e.target.value)} disabled={mode === 'tab'} aria-invalid={!!errors.down} data-testid="sale-down" />
              {errors.down ? <div className="field-error" role="alert">{errors.down}</div> : null}
            </div>
          </div>
        </section>
        <section className="card">
          <h2>3. Como vai pagar</h2>
          <div className="segmented" role="radiogroup" aria-label="Forma de venda">
            <label><input type="radio" name="mode" checked={mode === 'installments'} onChange={() => setMode('installments')} data-testid="mode-installments" />Carnê (parcelas)</label>
            <label><input type="radio" name="mode" checked={mode === 'tab'} onChange={() => setMode('tab')} data-testid="mode-tab" />Fiado na conta</label>
          </div>
          {mode === 'tab' ? (
            <p className="hint" style={{ marginTop: 12 }}>
              A compra entra na conta do cliente. Todo dia {settings?.general.closingDay ?? 10} a conta do mês vira uma parcela, com vencimento {settings?.general.tabDueDays ?? 10} dias depois.
            </p>
          ) : (
            <div className="grid3" style={{ marginTop: 12 }}>
              <div className="field">
                <label htmlFor="count">Parcelas</label>
                <input id="count" type="number" min={1} max={60} value={count} onChange={(e) => setCount(Number(e.target.value))} aria-invalid={!!errors.count} data-testid="sale-count" />
                {errors.count ? <div className="field-error" role="alert">{errors.count}</div> : null}
              </div>
              <div className="field">
                <label htmlFor="first">1º vencimento</label>
                <input id="first" value={firstDue} onChange={(e) => setFirstDue(maskDateBR(e.target.value))} aria-invalid={!!errors.firstDue} data-testid="sale-first-due" />
                {errors.firstDue ? <div className="field-error" role="alert">{errors.firstDue}</div> : null}
              </div>
              <div className="field">
                <label htmlFor="every">A cada</label>
                <select id="every" value={every} onChange={(e) => setEvery(e.target.value as Every)}>
                  <option value="month">Mês</option>
                  <option value="fortnight">Quinzena (14 dias)</option>
                  <option value="week">Semana</option>
                </select>
              </div>
            </div>
          )}
          {general ? <div className="alert danger" role="alert">{general}</div> : null}
          {/* Above the installments: a few Tabs from the value, and in view however many there are. */}
          <div className="row" style={{ margin: '4px 0 12px', justifyContent: 'space-between' }}>
            <div className="muted">{total !== null && total > 0 ? <>Total {formatBRL(total)}{down > 0 ? ` · entrada ${formatBRL(down)}` : ''}</> : null}</div>
            <button type="submit" className="btn primary" disabled={saving} data-testid="sale-confirm">Confirmar venda</button>
          </div>
          {mode === 'tab' ? null : rows.length > 0 && financed !== null ? <PlanEditor rows={rows} financedCents={financed} onChange={(r) => setEdited({ key: planKey, rows: r })} /> : <p className="hint" data-testid="plan-hint">{planHint()}</p>}
        </section>
      </form>
      {refused ? (
        <OverrideDialog
          reasons={refused}
          hasPin={settings?.security.managerPin != null}
          onClose={() => setRefused(null)}
          onRelease={(reason) => save({ reason })}
        />
      ) : null}
      <p className="hint">Dica: cadastre clientes completos em <Link to="/clientes">Clientes</Link> para imprimir carnês e cartas com endereço.</p>
    </>
  );
}

// Form state of the renegotiation dialog and its translation into the domain quote (pure).
import { renegotiate, type Renegotiation, type RenegotiationDiscount } from '@shared/renegotiation';
import type { ChargesPolicy } from '@shared/charges/late-charges';
import type { InstallmentWithLedger } from '@shared/ledger/allocation';
import type { PlanFrequency } from '@shared/plans/installment-plan';
import { tryCents, tryDate } from './form-values';

export type DiscountKind = 'none' | 'charges' | 'total';
export type FrequencyKey = 'month' | 'fortnight' | 'week';

export interface RenegotiationForm {
  chosen: string[];
  discountKind: DiscountKind;
  /** "10%" or "25,00" */
  discountText: string;
  downText: string;
  countText: string;
  firstDueText: string;
  every: FrequencyKey;
}

export interface ParsedRenegotiation {
  chosenIds: string[];
  discount?: RenegotiationDiscount;
  downPaymentCents: number;
  count: number;
  firstDueDate: string;
  every: PlanFrequency;
}

/** A form error: its message and, when one field is at fault, that field (shown next to it). */
export interface FormError {
  ok: false;
  error: string;
  field?: keyof RenegotiationForm;
}

/** Parses the form; returns the first error in Portuguese instead of throwing. */
export function parseForm(f: RenegotiationForm): { ok: true; value: ParsedRenegotiation } | FormError {
  if (f.chosen.length === 0) return { ok: false, error: 'Escolha ao menos uma parcela.', field: 'chosen' };
  let discount: RenegotiationDiscount | undefined;
  const d = f.discountText.trim();
  if (f.discountKind !== 'none' && d !== '') {
    if (d.endsWith('%')) {
      const pct = Number(d.slice(0, -1).trim().replace(',', '.'));
      if (!Number.isFinite(pct) || pct < 0 || pct > 100) return { ok: false, error: 'Desconto em % inválido (de 0 a 100).', field: 'discountText' };
      discount = { on: f.discountKind, percent: pct };
    } else {
      const cents = tryCents(d);
      if (cents === null) return { ok: false, error: 'Desconto inválido. Use 25,00 ou 10%.', field: 'discountText' };
      if (cents < 0) return { ok: false, error: 'O desconto não pode ser negativo.', field: 'discountText' };
      discount = { on: f.discountKind, cents };
    }
  }
  const down = f.downText.trim() === '' ? 0 : tryCents(f.downText);
  if (down === null) return { ok: false, error: 'Entrada inválida. Use o formato 1.234,56.', field: 'downText' };
  if (down < 0) return { ok: false, error: 'A entrada não pode ser negativa.', field: 'downText' };
  const count = Number(f.countText.trim());
  if (!Number.isInteger(count) || count < 0 || count > 120) return { ok: false, error: 'Número de parcelas inválido (de 0 a 120).', field: 'countText' };
  const first = tryDate(f.firstDueText);
  if (!first) return { ok: false, error: 'Primeiro vencimento inválido. Use dd/mm/aaaa.', field: 'firstDueText' };
  return { ok: true, value: { chosenIds: f.chosen, ...(discount ? { discount } : {}), downPaymentCents: down, count, firstDueDate: first, every: f.every } };
}

/** The quote shown before confirming, computed exactly as the repository will. */
export function quote(
  f: RenegotiationForm,
  installments: readonly InstallmentWithLedger[],
  charges: ChargesPolicy,
  today: string,
): { ok: true; terms: Renegotiation; input: ParsedRenegotiation } | FormError {
  const p = parseForm(f);
  if (!p.ok) return p;
  try {
    const terms = renegotiate({ installments, today, policy: charges, ...p.value });
    return { ok: true, terms, input: p.value };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export const FREQUENCY_LABELS: Record<FrequencyKey, string> = { month: 'Mensal', fortnight: 'Quinzenal', week: 'Semanal' };

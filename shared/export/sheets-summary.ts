// The open position per customer on the data-base day, and the summary sheet whose totals
// are the Relatórios figures for the same period.
import { daysBetween, formatDateBR } from '../dates/calendar';
import { receivablesByAge } from '../reports/aging';
import { positionsAt } from '../reports/debtors';
import { paymentFigures, type PaymentFigures } from '../reports/received';
import { methodLabel, PAYMENT_METHODS } from '../reports/types';
import { inPeriod, type ExportContext } from './context';
import { col, type Cell, type Table } from './table';

export function positionTable(ctx: ExportContext): Table {
  const asOf = ctx.period.to;
  // One collator for the whole sort (same order as localeCompare(b, 'pt-BR')).
  const byName = new Intl.Collator('pt-BR').compare;
  const rows: Cell[][] = positionsAt(ctx.lines, asOf)
    .map((p) => [
      ctx.name(p.customerId),
      ctx.document(p.customerId),
      p.openCents,
      p.overdueCents,
      p.currentCents,
      p.installments,
      p.oldestOverdueDate,
      p.oldestOverdueDate ? daysBetween(p.oldestOverdueDate, asOf) : null,
      p.nextDueDate,
    ])
    .sort((a, b) => byName(String(a[0]), String(b[0])));
  return {
    name: 'Posição em aberto por cliente',
    slug: 'posicao-em-aberto',
    columns: [col('Cliente', 'text', 32), col('CPF/CNPJ', 'text', 20), col('Em aberto', 'money'), col('Vencido', 'money'), col('A vencer', 'money'), col('Parcelas em aberto', 'int'), col('Atraso desde', 'date'), col('Dias de atraso', 'int'), col('Próximo vencimento', 'date')],
    rows,
  };
}

export interface SummaryFigures extends PaymentFigures {
  salesCount: number;
  salesTotalCents: number;
  downPaymentCents: number;
  agreementsCount: number;
  agreementsTotalCents: number;
  /** Imported opening balances (debts from before the app): neither sales nor agreements. */
  openingCount: number;
  openingTotalCents: number;
  byMethod: Record<string, number>;
}

/** Totals of the period (sales without cancelled ones, agreements and imported opening balances;
 *  payments cash basis). */
export function periodFigures(ctx: ExportContext): SummaryFigures {
  const f: SummaryFigures = { salesCount: 0, salesTotalCents: 0, downPaymentCents: 0, agreementsCount: 0, agreementsTotalCents: 0, openingCount: 0, openingTotalCents: 0, principalCents: 0, fineCents: 0, interestCents: 0, waivedCents: 0, creditCents: 0, creditUsedCents: 0, receivedCents: 0, byMethod: {} };
  for (const s of ctx.data.sales) {
    if (s.status === 'cancelled' || !inPeriod(s.date, ctx.period)) continue;
    if (s.agreementId) {
      f.agreementsCount += 1;
      f.agreementsTotalCents += s.totalCents;
    } else if (s.openingBalance) {
      f.openingCount += 1;
      f.openingTotalCents += s.totalCents;
    } else {
      f.salesCount += 1;
      f.salesTotalCents += s.totalCents;
      f.downPaymentCents += s.downPaymentCents;
    }
  }
  for (const p of ctx.data.payments) {
    if (!inPeriod(p.date, ctx.period)) continue;
    const x = paymentFigures(p);
    f.principalCents += x.principalCents;
    f.fineCents += x.fineCents;
    f.interestCents += x.interestCents;
    f.waivedCents += x.waivedCents;
    f.creditCents += x.creditCents;
    f.creditUsedCents += x.creditUsedCents;
    f.receivedCents += x.receivedCents;
    f.byMethod[p.method] = (f.byMethod[p.method] ?? 0) + x.receivedCents;
  }
  return f;
}

const money = (v: number): Cell => ({ value: v, kind: 'money' });
const int = (v: number): Cell => ({ value: v, kind: 'int' });

export function summaryTable(ctx: ExportContext, generatedOn: string): Table {
  const { from, to } = ctx.period;
  const f = periodFigures(ctx);
  const aging = receivablesByAge(ctx.lines, to);
  const rows: Cell[][] = [
    ['Período', `${formatDateBR(from)} a ${formatDateBR(to)}`, null],
    ['Data-base da posição em aberto', { value: to, kind: 'date' }, null],
    ['Gerado em', { value: generatedOn, kind: 'date' }, null],
    ['', null, null],
    ['Vendas a prazo no período (sem canceladas)', money(f.salesTotalCents), int(f.salesCount)],
    ['Entradas recebidas nas vendas', money(f.downPaymentCents), null],
    ['Valor financiado', money(f.salesTotalCents - f.downPaymentCents), null],
    ['Acordos de renegociação no período', money(f.agreementsTotalCents), int(f.agreementsCount)],
    ['Saldos iniciais importados (dívidas de antes do sistema)', money(f.openingTotalCents), int(f.openingCount)],
    ['', null, null],
    ['Recebido: principal', money(f.principalCents), null],
    ['Recebido: multa', money(f.fineCents), null],
    ['Recebido: juros', money(f.interestCents), null],
    ['Recebido: principal + encargos', money(f.principalCents + f.fineCents + f.interestCents), null],
    ['Desconto concedido (multa e juros abonados)', money(f.waivedCents), null],
    ['Crédito gerado para clientes', money(f.creditCents), null],
    ['Crédito de clientes usado', money(f.creditUsedCents), null],
    ['Valor recebido em pagamentos (líquido de troco e estornos)', money(f.receivedCents), null],
    ['Total que entrou no período (pagamentos e entradas das vendas)', money(f.receivedCents + f.downPaymentCents), null],
  ];
  const methods = [...PAYMENT_METHODS, ...Object.keys(f.byMethod).filter((m) => !(PAYMENT_METHODS as readonly string[]).includes(m))];
  for (const m of methods) if (f.byMethod[m] !== undefined) rows.push([`Recebido em ${methodLabel(m).toLowerCase()}`, money(f.byMethod[m] ?? 0), null]);
  rows.push(
    ['', null, null],
    ['Em aberto na data-base', money(aging.totalCents), int(aging.customers)],
    ['Vencido na data-base', money(aging.overdueCents), null],
    ['A vencer na data-base', money(aging.totalCents - aging.overdueCents), null],
    ['Taxa de inadimplência (vencido / em aberto)', { value: aging.totalCents > 0 ? aging.overdueCents / aging.totalCents : 0, kind: 'percent' }, null],
  );
  for (const b of aging.buckets) rows.push([`Em aberto por idade: ${b.label.toLowerCase()}`, money(b.amountCents), int(b.customers)]);
  return {
    name: 'Resumo',
    slug: 'resumo',
    columns: [col('Item', 'text', 58), col('Valor', 'money', 18), col('Quantidade', 'int', 12)],
    rows,
  };
}

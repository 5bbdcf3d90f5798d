// The detail sheets: credit sales, installments and payments of the period.
import { outstandingAt, paidUpTo, type DebtLine } from '../reports/debt-lines';
import { paymentFigures } from '../reports/received';
import { methodLabel, type RSale } from '../reports/types';
import { inPeriod, type ExportContext } from './context';
import { col, type Cell, type Table } from './table';

export function saleKind(s: Pick<RSale, 'planKind' | 'agreementId' | 'openingBalance'>): string {
  if (s.agreementId) return 'Acordo (renegociação)';
  if (s.openingBalance) return 'Saldo inicial importado';
  return s.planKind === 'tab' ? 'Fiado' : 'Carnê / crediário';
}

export function salesTable(ctx: ExportContext): Table {
  const counts = new Map<string, number>();
  for (const i of ctx.data.installments) counts.set(i.saleId, Math.max(counts.get(i.saleId) ?? 0, i.count));
  const rows: Cell[][] = [];
  const sales = ctx.data.sales.filter((s) => inPeriod(s.date, ctx.period)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  for (const s of sales) {
    rows.push([
      s.date,
      ctx.name(s.customerId),
      ctx.document(s.customerId),
      s.description,
      saleKind(s),
      s.totalCents,
      s.downPaymentCents,
      s.totalCents - s.downPaymentCents,
      counts.get(s.id) ?? s.installmentCount ?? null,
      s.status === 'cancelled' ? 'Cancelada' : 'Ativa',
    ]);
  }
  return {
    name: 'Vendas a prazo',
    slug: 'vendas-a-prazo',
    columns: [col('Data', 'date'), col('Cliente', 'text', 32), col('CPF/CNPJ', 'text', 20), col('Descrição', 'text', 32), col('Tipo', 'text', 22), col('Valor total', 'money'), col('Entrada', 'money'), col('Financiado', 'money'), col('Parcelas', 'int'), col('Situação', 'text', 12)],
    rows,
  };
}

/** State of an installment on the data-base day, in words. */
export function situationAt(line: DebtLine | undefined, status: string, asOf: string, dueDate: string): string {
  if (status === 'cancelled' || !line) return 'Cancelada';
  if (line.start > asOf) return 'Ainda não vendida';
  if (line.end !== null && line.end <= asOf) return 'Renegociada';
  if (outstandingAt(line, asOf) <= 0) return 'Paga';
  return dueDate < asOf ? 'Vencida' : 'A vencer';
}

export function installmentsTable(ctx: ExportContext): Table {
  const asOf = ctx.period.to;
  const lineById = new Map<string, DebtLine>();
  for (const l of ctx.lines) lineById.set(l.id, l);
  const saleDate = new Map<string, string>();
  for (const s of ctx.data.sales) saleDate.set(s.id, s.date);
  const list = ctx.data.installments.filter((i) => inPeriod(i.dueDate, ctx.period)).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1));
  const rows: Cell[][] = new Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const i = list[k];
    if (!i) continue;
    const line = lineById.get(i.id);
    rows[k] = [
      ctx.name(i.customerId),
      ctx.document(i.customerId),
      saleDate.get(i.saleId) ?? null,
      `${i.number}/${i.count}`,
      i.dueDate,
      i.amountCents,
      line ? paidUpTo(line, asOf) : 0,
      line ? outstandingAt(line, asOf) : 0,
      situationAt(line, i.status, asOf, i.dueDate),
      i.paidDate && i.paidDate <= asOf ? i.paidDate : null,
    ];
  }
  return {
    name: 'Parcelas',
    slug: 'parcelas',
    columns: [col('Cliente', 'text', 32), col('CPF/CNPJ', 'text', 20), col('Data da venda', 'date'), col('Parcela', 'text', 9), col('Vencimento', 'date'), col('Valor', 'money'), col('Principal pago', 'money'), col('Em aberto na data-base', 'money'), col('Situação na data-base', 'text', 20), col('Quitada em', 'date')],
    rows,
  };
}

export function paymentsTable(ctx: ExportContext): Table {
  const byId = new Map(ctx.data.payments.map((p) => [p.id, p]));
  const list = ctx.data.payments.filter((p) => inPeriod(p.date, ctx.period)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const rows: Cell[][] = list.map((p) => {
    const f = paymentFigures(p);
    const original = p.reversalOf ? byId.get(p.reversalOf) : undefined;
    return [
      p.date,
      p.receiptNumber,
      ctx.name(p.customerId),
      ctx.document(p.customerId),
      methodLabel(p.method),
      f.receivedCents,
      f.principalCents,
      f.fineCents,
      f.interestCents,
      f.waivedCents,
      f.creditCents,
      f.creditUsedCents,
      p.reversalOf ? `Estorno do recibo ${original?.receiptNumber ?? p.reversalOf}` : '',
    ];
  });
  return {
    name: 'Recebimentos',
    slug: 'recebimentos',
    columns: [col('Data', 'date'), col('Recibo', 'text', 12), col('Cliente', 'text', 32), col('CPF/CNPJ', 'text', 20), col('Forma de pagamento', 'text', 18), col('Valor recebido', 'money'), col('Principal', 'money'), col('Multa', 'money'), col('Juros', 'money'), col('Desconto', 'money'), col('Crédito gerado', 'money'), col('Crédito usado', 'money'), col('Observação', 'text', 28)],
    rows,
  };
}

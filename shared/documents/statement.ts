// Extrato: a customer's account for a period (opening balance, sales, payments, charges and
// discounts with running balance) and the installments still open at its end.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatPhoneBR } from '../br/format';
import { brl, dateBR, documentLabel, shopDisplayName } from './format';
import { A4, LIST_LAYOUT, MUTED, a4Document, keepWithNext, letterhead } from './layout';
import { debtorBlock, documentFooter } from './parties';
import { installmentTotals, installmentsTable } from './tables';
import { para } from './text';
import type { StatementData, StatementEntryKind } from './types';

const M = 48;

const KIND_LABELS: Readonly<Record<StatementEntryKind, string>> = {
  sale: 'Compra',
  payment: 'Pagamento',
  charge: 'Multa/juros',
  discount: 'Desconto',
  adjustment: 'Ajuste',
};

function movements(d: StatementData): Content {
  const h = (text: string, alignment: 'left' | 'right' = 'left') => ({ ...para(text, { fontSize: 8, bold: true, alignment }), fillColor: '#e6e6e6' });
  const c = (text: string, alignment: 'left' | 'right' = 'left', bold = false) => para(text, { fontSize: 8.5, alignment, bold });
  let balance = d.openingBalanceCents;
  const rows = d.entries.map((e) => {
    balance += e.amountCents;
    return [
      c(dateBR(e.date)),
      c(KIND_LABELS[e.kind]),
      c(e.description),
      c(e.amountCents > 0 ? brl(e.amountCents) : '', 'right'),
      c(e.amountCents < 0 ? brl(-e.amountCents) : '', 'right'),
      c(brl(balance), 'right'),
    ];
  });
  const body = [
    [h('Data'), h('Tipo'), h('Descrição'), h('Débito', 'right'), h('Crédito', 'right'), h('Saldo', 'right')],
    [c(dateBR(d.from)), c(''), c('Saldo anterior', 'left', true), c(''), c(''), c(brl(d.openingBalanceCents), 'right', true)],
    ...rows,
    [c(dateBR(d.to)), c(''), c('Saldo no fim do período', 'left', true), c(''), c(''), c(brl(balance), 'right', true)],
  ];
  return { table: { headerRows: 1, widths: [52, 62, '*', 62, 62, 66], body }, layout: LIST_LAYOUT, margin: [0, 4, 0, 12] };
}

export function statementDocument(d: StatementData): TDocumentDefinitions {
  const open = installmentTotals(d.openInstallments);
  const content: Content[] = [
    para(d.title ?? 'EXTRATO DO CLIENTE', { fontSize: 13, bold: true, alignment: 'center', margin: [0, 2, 0, 2] }),
    para(`Período de ${dateBR(d.from)} a ${dateBR(d.to)} · emitido em ${dateBR(d.issuedOn)}${d.number ? ` · nº ${d.number}` : ''}`, {
      fontSize: 9,
      color: MUTED,
      alignment: 'center',
      margin: [0, 0, 0, 12],
    }),
    debtorBlock('CLIENTE', d.customer),
    keepWithNext(para('Movimentação no período', { fontSize: 11, bold: true, margin: [0, 6, 0, 2] })),
    d.entries.length > 0 ? movements(d) : para('Nenhuma movimentação no período.', { fontSize: 9.5, margin: [0, 2, 0, 12] }),
    ...(d.openInstallments.length > 0
      ? [installmentsTable(d.openInstallments, A4.width - 2 * M, { caption: para(`Parcelas em aberto em ${dateBR(d.to)}`, { fontSize: 11, bold: true, margin: [0, 6, 0, 2] }) })]
      : [keepWithNext(para(`Parcelas em aberto em ${dateBR(d.to)}`, { fontSize: 11, bold: true, margin: [0, 6, 0, 2] })), para('Nenhuma parcela em aberto.', { fontSize: 9.5, margin: [0, 2, 0, 12] })]),
    para(`Total para quitar em ${dateBR(d.to)}: ${brl(open.totalCents)}`, { fontSize: 11, bold: true, alignment: 'right', margin: [0, 4, 0, 8] }),
    para(
      `Dúvidas sobre este extrato: ${shopDisplayName(d.shop)}${d.shop.phone ? `, telefone ${formatPhoneBR(d.shop.phone)}` : ''}. Multa e juros de parcelas vencidas são calculados até a data indicada e mudam com o tempo.`,
      { fontSize: 8.5, color: MUTED },
    ),
  ];
  const doc = a4Document(`Extrato ${d.customer.name}`, d.shop, content, [M, 110, M, 56]);
  return {
    ...doc,
    header: () => ({ stack: [letterhead(d.shop, A4.width - 2 * M)], margin: [M, 30, M, 0] }),
    footer: documentFooter(`Extrato de ${d.customer.name.trim()}${documentLabel(d.customer.document) ? ` (${documentLabel(d.customer.document)})` : ''}`, M),
  };
}

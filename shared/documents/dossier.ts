// Dossiê para o Juizado Especial Cível: one PDF to take to the small-claims court with the
// parties, the debt breakdown against the 20/40 minimum-wage limits (Lei 9.099/1995), the
// sales and installments, payments, every contact and every document issued.
import { countOf } from '../text';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { juizadoFit } from '../guards/juizado';
import { assertShopProfileComplete } from './errors';
import { brl, dateBR, longDateBR, shopDisplayName } from './format';
import { A4, LIST_LAYOUT, MUTED, a4Document, keepWithNext, letterhead } from './layout';
import { creditorBlock, debtorBlock, documentFooter } from './parties';
import { installmentTotals, installmentsTable } from './tables';
import { para } from './text';
import type { DossierData, InstallmentDoc } from './types';

const M = 48;
const h2 = (text: string): Content => keepWithNext(para(text, { fontSize: 11.5, bold: true, margin: [0, 12, 0, 4] }));
const th = (text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell => ({ ...para(text, { fontSize: 8, bold: true, alignment }), fillColor: '#e6e6e6' });
const td = (text: string, alignment: 'left' | 'right' | 'center' = 'left', bold = false): TableCell => para(text, { fontSize: 8.5, alignment, bold });

function simpleTable(widths: (number | string)[], header: TableCell[], rows: TableCell[][], empty: string): Content {
  if (rows.length === 0) return para(empty, { fontSize: 9, color: MUTED, margin: [0, 0, 0, 6] });
  return { table: { headerRows: 1, widths, body: [header, ...rows] }, layout: LIST_LAYOUT, margin: [0, 2, 0, 8] };
}

function summary(d: DossierData, open: readonly InstallmentDoc[]): Content[] {
  const t = installmentTotals(open);
  const fit = juizadoFit(t.totalCents, d.minimumWageCents);
  const row = (label: string, value: string, bold = false): TableCell[] => [td(label, 'left', bold), td(value, 'right', bold)];
  return [
    {
      table: {
        widths: ['*', 110],
        body: [
          row('Parcelas em aberto (principal)', brl(t.openCents)),
          row('Multa', brl(t.fineCents)),
          row('Juros de mora', brl(t.interestCents)),
          row(`Total atualizado até ${dateBR(d.date)}`, brl(t.totalCents), true),
          row(`Limite sem advogado (20 salários mínimos de ${brl(d.minimumWageCents)})`, brl(fit.withoutLawyerLimitCents)),
          row('Limite do Juizado Especial Cível (40 salários mínimos)', brl(fit.limitCents)),
        ],
      },
      layout: LIST_LAYOUT,
      margin: [0, 2, 0, 4],
    },
    para(`${fit.label}.`, { fontSize: 10, bold: true, margin: [0, 2, 0, 4] }),
  ];
}

function salesSection(d: DossierData): Content[] {
  const out: Content[] = [];
  for (const s of d.sales) {
    const paid = s.installments.reduce((a, i) => a + (i.amountCents - i.openCents), 0);
    out.push(
      // (Kept with its table: a purchase's line never ends a page alone.)
      keepWithNext(para(`${dateBR(s.date)} — ${s.description || 'Compra a prazo'}: total ${brl(s.totalCents)}${s.downPaymentCents > 0 ? `, entrada ${brl(s.downPaymentCents)}` : ''}, ${countOf(s.installments.length, 'parcela', 'parcelas')}, já pago ${brl(paid)}`, {
        fontSize: 9.5,
        bold: true,
        margin: [0, 4, 0, 0],
      })),
      simpleTable(
        [44, 64, 70, 70, '*'],
        [th('Parcela'), th('Vencimento', 'center'), th('Valor', 'right'), th('Em aberto', 'right'), th('Situação')],
        s.installments.map((i) => [
          td(`${i.number}/${i.count}`),
          td(dateBR(i.dueDate), 'center'),
          td(brl(i.amountCents), 'right'),
          td(brl(i.openCents), 'right'),
          td(i.openCents === 0 ? 'Paga' : i.charges && i.charges.daysLate > 0 ? `Vencida há ${i.charges.daysLate} dias` : 'A vencer'),
        ]),
        s.noInstallments ?? 'Sem parcelas.',
      ),
    );
  }
  return out.length > 0 ? out : [para('Nenhuma venda registrada.', { fontSize: 9, color: MUTED })];
}

export function dossierDocument(d: DossierData): TDocumentDefinitions {
  assertShopProfileComplete(d.shop);
  const open = d.sales.flatMap((s) => s.installments.filter((i) => i.openCents > 0));
  const content: Content[] = [
    para('DOSSIÊ DE COBRANÇA', { fontSize: 14, bold: true, alignment: 'center', margin: [0, 2, 0, 0] }),
    para('para o Juizado Especial Cível (Lei nº 9.099/1995)', { fontSize: 10, alignment: 'center' }),
    para(`Preparado em ${longDateBR(d.date)}${d.number ? ` · nº ${d.number}` : ''}`, { fontSize: 9, color: MUTED, alignment: 'center', margin: [0, 2, 0, 10] }),
    h2('1. Partes'),
    creditorBlock('CREDOR (quem cobra)', d.shop),
    debtorBlock('DEVEDOR(A) (quem deve)', d.customer),
    h2('2. Resumo da dívida'),
    ...summary(d, open),
    ...(open.length > 0
      ? [installmentsTable(open, A4.width - 2 * M, { caption: para('Parcelas em aberto, com multa e juros até a data deste dossiê:', { fontSize: 9.5, margin: [0, 4, 0, 0] }) })]
      : [keepWithNext(para('Parcelas em aberto, com multa e juros até a data deste dossiê:', { fontSize: 9.5, margin: [0, 4, 0, 0] })), para('Nenhuma parcela em aberto.', { fontSize: 9, color: MUTED })]),
    h2('3. Vendas e parcelas'),
    ...salesSection(d),
    h2('4. Pagamentos recebidos'),
    simpleTable(
      [64, 80, '*', 90],
      [th('Data'), th('Valor', 'right'), th('Forma'), th('Recibo')],
      d.payments.map((p) => [td(dateBR(p.date)), td(brl(p.amountCents), 'right'), td(p.method), td(p.receiptNumber ?? '')]),
      'Nenhum pagamento registrado.',
    ),
    h2('5. Contatos de cobrança'),
    simpleTable(
      [60, 70, 110, '*'],
      [th('Data'), th('Meio'), th('Resultado'), th('Observações')],
      d.contacts.map((c) => [td(dateBR(c.date)), td(c.channel), td(c.outcome), td(c.notes)]),
      'Nenhum contato registrado.',
    ),
    h2('6. Documentos emitidos'),
    simpleTable(
      [60, 70, '*', 120],
      [th('Data'), th('Número'), th('Documento'), th('Código de integridade (SHA-256)')],
      d.documents.map((x) => [td(dateBR(x.date)), td(x.number), td(x.label), td(`${x.sha256.slice(0, 16)}…`)]),
      'Nenhum documento registrado.',
    ),
    h2('7. O que levar ao Juizado'),
    {
      ul: [
        'Este dossiê, impresso.',
        'Documento de identidade e CPF ou CNPJ de quem representa a loja (e contrato social, se for empresa).',
        'Comprovantes das compras: notas, pedidos ou o carnê assinado pelo cliente.',
        'Cópias das cartas enviadas e os avisos de recebimento (AR), se houver.',
        'O endereço completo do devedor, que o Juizado usa para a citação.',
      ].map((t) => para(t, { fontSize: 9.5 })),
      margin: [0, 0, 0, 6],
    },
    para(
      'Os valores de multa e juros seguem o combinado na venda e o Código de Defesa do Consumidor (multa de até 2%). Até 20 salários mínimos, a ação pode ser proposta sem advogado; acima de 40, não cabe no Juizado Especial Cível.',
      { fontSize: 8.5, color: MUTED },
    ),
  ];
  const doc = a4Document(`Dossiê ${d.customer.name}`, d.shop, content, [M, 110, M, 56]);
  return {
    ...doc,
    header: () => ({ stack: [letterhead(d.shop, A4.width - 2 * M)], margin: [M, 30, M, 0] }),
    footer: documentFooter(`Dossiê de cobrança · ${d.customer.name.trim()} · ${shopDisplayName(d.shop)}`, M),
  };
}

// Termo de acordo e confissão de dívida for a renegotiation: the parties, the debt
// acknowledged with the installments it replaces, discount, down payment, the new
// installments, late charges, discharge, and signatures of both parties and two witnesses
// (with which it is an extrajudicial enforceable title, CPC art. 784, III).
import { countOf } from '../text';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountInWords } from '../money/words';
import { assertShopProfileComplete } from './errors';
import { brl, dateBR, documentLabel, longDateBR, percentBR, shopDisplayName } from './format';
import { A4, LIST_LAYOUT, a4Document, letterhead } from './layout';
import { creditorBlock, debtorBlock, documentFooter, signatureBox } from './parties';
import { installmentsTable } from './tables';
import { para } from './text';
import type { AgreementData } from './types';

const M = 56;

const CLAUSE = { fontSize: 10, lineHeight: 1.18, alignment: 'justify' as const, margin: [0, 0, 0, 6] as [number, number, number, number] };

function clause(n: number, title: string, ...texts: (string | Content)[]): Content[] {
  return texts.map((t, k) => {
    if (typeof t !== 'string') return t;
    if (k > 0) return para(t, CLAUSE);
    return { ...para('', CLAUSE), text: [{ text: `Cláusula ${n}ª — ${title}. `, bold: true }, t] };
  });
}

function scheduleTable(d: AgreementData): Content {
  const body = [
    [para('Parcela', { fontSize: 8.5, bold: true }), para('Vencimento', { fontSize: 8.5, bold: true, alignment: 'center' }), para('Valor', { fontSize: 8.5, bold: true, alignment: 'right' })],
    ...d.installments.map((i) => [
      para(`${i.number}/${d.installments.length}`, { fontSize: 9 }),
      para(dateBR(i.dueDate), { fontSize: 9, alignment: 'center' }),
      para(brl(i.amountCents), { fontSize: 9, alignment: 'right' }),
    ]),
  ];
  return { table: { headerRows: 1, widths: [60, 90, 90], body }, layout: LIST_LAYOUT, margin: [0, 2, 0, 10] };
}

export function agreementDocument(d: AgreementData): TDocumentDefinitions {
  assertShopProfileComplete(d.shop);
  const agreed = d.debtCents - d.discountCents;
  const financed = agreed - d.downPaymentCents;
  const p = d.policy;
  const lateText =
    p.finePercent > 0 || p.monthlyInterestPercent > 0
      ? `O atraso no pagamento de qualquer parcela deste acordo acarreta multa de ${percentBR(p.finePercent)} sobre a parcela e juros de mora de ${percentBR(p.monthlyInterestPercent)} ao mês, calculados por dia de atraso.`
      : 'O atraso no pagamento de qualquer parcela deste acordo não gera multa nem juros.';
  const place = d.place?.trim() || d.shop.address?.city.trim() || '';
  const content: Content[] = [
    para('TERMO DE ACORDO E CONFISSÃO DE DÍVIDA', { fontSize: 13, bold: true, alignment: 'center', margin: [0, 4, 0, 2] }),
    para(`Nº ${d.number}`, { fontSize: 9, alignment: 'center', margin: [0, 0, 0, 12] }),
    creditorBlock('CREDOR', d.shop),
    debtorBlock('DEVEDOR(A)', d.customer),
    para('As partes acima identificadas celebram o presente acordo, nas condições a seguir:', { fontSize: 10, margin: [0, 4, 0, 8] }),
    ...clause(
      1,
      'Da dívida',
      `O(A) DEVEDOR(A) reconhece e confessa dever ao CREDOR a quantia líquida, certa e exigível de ${brl(d.debtCents)} (${amountInWords(d.debtCents)}), referente às parcelas abaixo, de compras a prazo, atualizadas até ${dateBR(d.date)} com multa e juros:`,
      installmentsTable(d.replaced, A4.width - 2 * M),
    ),
    ...clause(
      2,
      'Do valor do acordo',
      d.discountCents > 0
        ? `O CREDOR concede desconto de ${brl(d.discountCents)}, de modo que o valor total do acordo é de ${brl(agreed)} (${amountInWords(agreed)}).`
        : `O valor total do acordo é de ${brl(agreed)} (${amountInWords(agreed)}), sem desconto.`,
    ),
    ...clause(
      3,
      'Da forma de pagamento',
      [
        d.downPaymentCents > 0
          ? `O(A) DEVEDOR(A) pagará entrada de ${brl(d.downPaymentCents)}${d.downPaymentDate ? ` em ${dateBR(d.downPaymentDate)}` : ' na assinatura deste termo'}`
          : 'Sem entrada',
        d.installments.length > 0 ? ` e o saldo de ${brl(financed)} em ${countOf(d.installments.length, 'parcela', 'parcelas')}, nas datas abaixo:` : '.',
      ].join(''),
      ...(d.installments.length > 0 ? [scheduleTable(d)] : []),
    ),
    ...clause(4, 'Do atraso', lateText),
    ...clause(
      5,
      'Da quitação',
      'Com o pagamento integral deste acordo, o CREDOR dará plena quitação das parcelas nele incluídas e, se houver registro do débito em cadastro de proteção ao crédito, providenciará a sua retirada em até 5 (cinco) dias úteis.',
    ),
    ...clause(
      6,
      'Da natureza deste termo',
      'Este termo substitui as parcelas nele relacionadas e constitui confissão de dívida. Assinado pelo(a) DEVEDOR(A) e por duas testemunhas, é título executivo extrajudicial (Código de Processo Civil, art. 784, III).',
    ),
    // The place and date, the parties' and the witnesses' signatures stay on one page: a page
    // holding only the witnesses' lines would sign nothing.
    {
      unbreakable: true,
      stack: [
        para(`${place ? `${place}, ` : ''}${longDateBR(d.date)}.`, { fontSize: 10, margin: [0, 10, 0, 0] }),
        {
          columns: [
            signatureBox(d.shop.name.trim(), `CREDOR — ${documentLabel(d.shop.document)}`),
            signatureBox(d.customer.name.trim(), `DEVEDOR(A)${documentLabel(d.customer.document) ? ` — ${documentLabel(d.customer.document)}` : ''}`),
          ],
          columnGap: 40,
        },
        {
          columns: [signatureBox('Testemunha 1', 'Nome e CPF: ______________________________'), signatureBox('Testemunha 2', 'Nome e CPF: ______________________________')],
          columnGap: 40,
        },
      ],
    },
  ];
  const doc = a4Document(`Termo de acordo ${d.number}`, d.shop, content, [M, 110, M, 56]);
  return {
    ...doc,
    header: () => ({ stack: [letterhead(d.shop, A4.width - 2 * M)], margin: [M, 30, M, 0] }),
    footer: documentFooter(`Termo de acordo e confissão de dívida nº ${d.number} · ${shopDisplayName(d.shop)}`, M),
  };
}

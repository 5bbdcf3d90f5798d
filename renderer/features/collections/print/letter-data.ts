// Plain data for the collection letters and the agreement term, read from the database with
// the charges valued today (the document functions in shared/documents only lay them out).
import { addDays, daysBetween } from '@shared/dates/calendar';
import { customLetterTemplates, letterTemplate } from '@shared/documents/letters/templates';
import type { AgreementData, InstallmentDoc, LetterData, LetterKind, PartyDoc, ShopProfileDoc } from '@shared/documents/types';
import type { LettersData } from '@shared/documents/letters/letter';
import type { CadernetaDB } from '../../../db/schema';
import type { RenegotiationResult } from '../../../db/agreements';
import type { AppSettings, ShopProfile } from '../../../db/settings';
import type { CustomerRow, InstallmentRow, SaleRow } from '../../../db/types';
import { loadCollectionCustomer, type OpenInstallment } from '../useCollectionCustomer';
import { agreementTermNumber } from './record-issued';

/** The letter of each default stage (other stages: by how far along the régua they are). */
const STAGE_LETTER: Record<string, LetterKind> = {
  a_vencer: 'lembrete',
  vencido: 'aviso_atraso',
  cobranca: 'cobranca_formal',
  negociacao: 'cobranca_formal',
  notificacao: 'notificacao_extrajudicial',
  suspenso: 'negativacao_previa',
  juridico: 'ultimo_aviso',
};

const BY_POSITION: readonly LetterKind[] = ['lembrete', 'aviso_atraso', 'cobranca_formal', 'cobranca_formal', 'notificacao_extrajudicial', 'negativacao_previa', 'ultimo_aviso'];

export function letterKindFor(stageId: string, stageIds: readonly string[]): LetterKind {
  const known = STAGE_LETTER[stageId];
  if (known) return known;
  const i = Math.max(0, stageIds.indexOf(stageId));
  const pos = Math.round((i / Math.max(1, stageIds.length - 1)) * (BY_POSITION.length - 1));
  return BY_POSITION[pos] ?? 'aviso_atraso';
}

/** Days the customer gets to pay or talk, printed on the letter. */
export const LETTER_DEADLINE_DAYS = 10;

export function shopDoc(s: ShopProfile): ShopProfileDoc {
  return { name: s.name, tradeName: s.tradeName, document: s.document, address: s.address, phone: s.phone, email: s.email, pixKey: s.pixKey, logoDataUrl: s.logoDataUrl };
}

export function partyDoc(c: CustomerRow): PartyDoc {
  return { name: c.name, document: c.document, address: c.address, phones: c.phones.map((p) => p.number), email: c.email };
}

type SaleInfo = Pick<SaleRow, 'description' | 'date'>;

/** The purchases these installments belong to (their description and date, for the tables). */
async function salesOf(db: CadernetaDB, rows: readonly Pick<InstallmentRow, 'saleId'>[]): Promise<Map<string, SaleInfo>> {
  const ids = [...new Set(rows.map((r) => r.saleId))];
  const sales = await db.sales.bulkGet(ids);
  return new Map(sales.flatMap((s) => (s ? [[s.id, { description: s.description, date: s.date }] as const] : [])));
}

const purchase = (sale: SaleInfo | undefined): Pick<InstallmentDoc, 'saleDescription' | 'saleDate'> => (sale ? { saleDescription: sale.description, saleDate: sale.date } : {});

export function installmentDocs(open: readonly OpenInstallment[], today: string, sales: ReadonlyMap<string, SaleInfo> = new Map()): InstallmentDoc[] {
  return open.map((o) => ({
    id: o.row.id,
    number: o.row.number,
    count: o.row.count,
    dueDate: o.row.dueDate,
    amountCents: o.row.amountCents,
    openCents: o.state.principalDueCents,
    charges: o.state.chargesApply ? { asOf: today, daysLate: o.state.daysLate, fineCents: o.state.fineDueCents, interestCents: o.state.interestDueCents } : null,
    boletoCode: o.row.boletoCode,
    ...purchase(sales.get(o.row.saleId)),
  }));
}

function policyDoc(settings: AppSettings) {
  return { finePercent: settings.charges.finePercent, monthlyInterestPercent: settings.charges.monthlyInterestPercent, graceDays: settings.charges.graceDays };
}

export interface LetterBatch {
  data: LettersData;
  /** Per letter: who and which installments (for the registry and the contact log). */
  items: { customerId: string; installmentIds: string[]; kind: LetterKind }[];
}

/** One letter per customer with something overdue (customers with nothing open are left out). */
export async function buildLetters(db: CadernetaDB, customerIds: readonly string[], kind: LetterKind, today: string): Promise<LetterBatch> {
  const letters: LetterData[] = [];
  const items: LetterBatch['items'] = [];
  for (const id of customerIds) {
    const d = await loadCollectionCustomer(db, id, today);
    if (!d || d.open.length === 0) continue;
    const installments = d.overdue.length > 0 ? d.overdue : d.open.slice(0, 1);
    letters.push({
      shop: shopDoc(d.settings.shop),
      customer: partyDoc(d.customer),
      policy: policyDoc(d.settings),
      installments: installmentDocs(installments, today, await salesOf(db, installments.map((o) => o.row))),
      date: today,
      // The prior notice's deadline is the one the app waits for before negativação (the shop's
      // notice days, CDC art. 43 §2): the paper and the board say the same day.
      deadline: addDays(today, kind === 'negativacao_previa' ? d.settings.collection.negativacaoNoticeDays : LETTER_DEADLINE_DAYS),
      template: letterTemplate(kind, customLetterTemplates(d.settings.letters)),
    });
    items.push({ customerId: id, installmentIds: installments.map((o) => o.row.id), kind });
  }
  return { data: { letters }, items };
}

/** The term of an agreement just made (confissão de dívida). */
export async function buildAgreementData(db: CadernetaDB, r: RenegotiationResult, today: string): Promise<AgreementData> {
  const d = await loadCollectionCustomer(db, r.agreement.customerId, today);
  if (!d) throw new Error('Cliente não encontrado.');
  // The installments replaced, under their own numbers and purchases, late as of the agreement.
  const originals = new Map((await db.installments.bulkGet(r.terms.items.map((it) => it.installmentId))).flatMap((i) => (i ? [[i.id, i] as const] : [])));
  const sales = await salesOf(db, [...originals.values()]);
  const replaced: InstallmentDoc[] = r.terms.items.map((it, k) => {
    const row = originals.get(it.installmentId);
    return {
      id: it.installmentId,
      number: row?.number ?? k + 1,
      count: row?.count ?? r.terms.items.length,
      dueDate: it.dueDate,
      amountCents: it.principalCents,
      openCents: it.principalCents,
      charges: it.fineCents + it.interestCents > 0 ? { asOf: r.terms.today, daysLate: Math.max(0, daysBetween(it.dueDate, r.terms.today)), fineCents: it.fineCents, interestCents: it.interestCents } : null,
      ...purchase(row ? sales.get(row.saleId) : undefined),
    };
  });
  return {
    shop: shopDoc(d.settings.shop),
    customer: partyDoc(d.customer),
    number: agreementTermNumber(r.agreement.id),
    date: r.agreement.date,
    replaced,
    debtCents: r.terms.grossTotalCents,
    discountCents: r.terms.discountCents,
    downPaymentCents: r.terms.downPaymentCents,
    downPaymentDate: r.terms.downPaymentCents > 0 ? r.agreement.date : null,
    installments: r.terms.plan.map((p) => ({ number: p.number, dueDate: p.dueDate, amountCents: p.amountCents })),
    policy: policyDoc(d.settings),
  };
}

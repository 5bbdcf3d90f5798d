// The credit gate: may this customer buy on credit today? Runs inside the sale's transaction.
import { standingOf, isCreditSuspended } from '@shared/collections/stage';
import { noticeSentOnOf, standingFrom } from './board-data';
import { NOTICE_PREFIX, type NoticeRecord } from './notice-record';
import { formatBRL } from '@shared/money/brl';
import type { CadernetaDB } from './schema';
import type { CustomerRow, SummaryRow } from './types';
import { summaryAsOf } from './summary-calc';
import type { AppSettings } from './settings';
import { recomputeSummary } from './summary';

export interface GateResult {
  allowed: boolean;
  /** Why not, in Portuguese (empty when allowed). */
  reasons: string[];
  /** Stage id that counts for the gate (manual override or days late). */
  stageId: string | null;
  /** Anonymised customers can never buy; no override applies. */
  overridable: boolean;
}

/** The gate. In the sale's transaction the customer's summary is recomputed and written first;
 *  a `preview` (the sale screen asking before Confirm) reads the stored one and writes nothing. */
export async function creditGate(db: CadernetaDB, customer: CustomerRow, newDebtCents: number, today: string, settings: AppSettings, preview = false): Promise<GateResult> {
  if (customer.anonymizedAt) return { allowed: false, reasons: ['Cliente anonimizado.'], stageId: null, overridable: false };
  const [summary, collection] = await Promise.all([preview ? storedSummary(db, customer.id, today) : recomputeSummary(db, customer.id, today), db.collection.get(customer.id)]);
  const reasons: string[] = [];
  if (customer.blocked) reasons.push(`Crédito bloqueado${customer.blockedReason ? `: ${customer.blockedReason}` : ''}.`);
  // A pause or an agreement stops the régua's contacts, not the credit rule: the stage that counts
  // is the one the days late give, by the rule every screen uses (notice hold included).
  const byDays = { ...standingFrom(summary, collection, false, today), pausedUntil: null };
  let placement = standingOf(byDays, settings.collection, today);
  if (placement.heldForNotice) placement = standingOf({ ...byDays, noticeSentOn: await noticeDate(db, customer.id) }, settings.collection, today);
  const stageId = placement.stageId;
  if (isCreditSuspended(stageId, settings.collection)) {
    const name = settings.collection.stages.find((s) => s.id === stageId)?.name ?? stageId;
    reasons.push(`Cliente na etapa de cobrança "${name}": novas compras a prazo estão suspensas.`);
  }
  const limit = customer.creditLimitCents;
  const owed = summary.openCents + summary.tabOpenCents;
  // Before the value is typed (no new debt), a limit used up to the last centavo already refuses.
  if (limit !== null && (newDebtCents > 0 ? owed + newDebtCents > limit : owed >= limit)) {
    reasons.push(newDebtCents > 0 ? `Limite de crédito excedido: limite ${formatBRL(limit)}, em aberto ${formatBRL(owed)}, esta compra ${formatBRL(newDebtCents)}.` : `Limite de crédito já usado: limite ${formatBRL(limit)}, em aberto ${formatBRL(owed)}.`);
  }
  return { allowed: reasons.length === 0, reasons, stageId, overridable: true };
}

/** The stored summary's figures for `today` (none stored: nothing owed). */
async function storedSummary(db: CadernetaDB, customerId: string, today: string): Promise<Pick<SummaryRow, 'openCents' | 'tabOpenCents' | 'oldestOpenDueDate' | 'lastPaymentDate'>> {
  const s = await db.summaries.get(customerId);
  return s ? summaryAsOf(s, today) : { openCents: 0, tabOpenCents: 0, oldestOpenDueDate: null, lastPaymentDate: null };
}

/** The newest prior notice of negativação sent to the customer (the meta row a notice contact
 *  keeps, or a notice document), read in the caller's transaction. */
async function noticeDate(db: CadernetaDB, customerId: string): Promise<string | null> {
  const [row, docs] = await Promise.all([db.meta.get(`${NOTICE_PREFIX}${customerId}`), db.documents.where('customerIds').equals(customerId).toArray()]);
  const recorded = (row?.value as NoticeRecord | undefined)?.date ?? null;
  const printed = noticeSentOnOf([], docs);
  return recorded !== null && (printed === null || recorded > printed) ? recorded : printed;
}

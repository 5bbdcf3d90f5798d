// The credit gate: may this customer buy on credit today? Runs inside the sale's transaction.
import { stageOf, isCreditSuspended } from '@shared/collections/stage';
import { formatBRL } from '@shared/money/brl';
import type { CadernetaDB } from './schema';
import type { CustomerRow } from './types';
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

export async function creditGate(db: CadernetaDB, customer: CustomerRow, newDebtCents: number, today: string, settings: AppSettings): Promise<GateResult> {
  if (customer.anonymizedAt) return { allowed: false, reasons: ['Cliente anonimizado.'], stageId: null, overridable: false };
  const [summary, collection, agreement] = await Promise.all([
    recomputeSummary(db, customer.id, today),
    db.collection.get(customer.id),
    db.agreements.where('customerId').equals(customer.id).filter((a) => a.status === 'active').first(),
  ]);
  const reasons: string[] = [];
  if (customer.blocked) reasons.push(`Crédito bloqueado${customer.blockedReason ? `: ${customer.blockedReason}` : ''}.`);
  const placement = stageOf(
    {
      oldestOpenDueDate: summary.oldestOpenDueDate,
      manualStageId: collection?.stageOverride ?? null,
      pausedUntil: collection?.pausedUntil ?? null,
      activeAgreement: agreement !== undefined,
    },
    settings.collection,
    today,
  );
  const stageId = placement.stageId ?? placement.computedStageId;
  if (isCreditSuspended(stageId, settings.collection)) {
    const name = settings.collection.stages.find((s) => s.id === stageId)?.name ?? stageId;
    reasons.push(`Cliente na etapa de cobrança "${name}": novas compras a prazo estão suspensas.`);
  }
  const limit = customer.creditLimitCents;
  const owed = summary.openCents + summary.tabOpenCents;
  if (limit !== null && owed + newDebtCents > limit) {
    reasons.push(`Limite de crédito excedido: limite ${formatBRL(limit)}, em aberto ${formatBRL(owed)}, esta compra ${formatBRL(newDebtCents)}.`);
  }
  return { allowed: reasons.length === 0, reasons, stageId, overridable: true };
}

// Everything the customer page shows, read by index (customerId) in one live query.
import { useLiveQuery } from 'dexie-react-hooks';
import { installmentStateOn, type InstallmentState } from '@shared/ledger/installment-state';
import { stageOf, type StagePlacement } from '@shared/collections/stage';
import { useDb } from '../../app/database';
import { getSettings, type AppSettings } from '../../db/settings';
import { ledgerByInstallment } from '../../db/ledger';
import { summaryAsOf } from '../../db/summary-calc';
import type { AgreementRow, CollectionRow, ContactRow, CustomerRow, DocumentRow, InstallmentRow, PaymentRow, SaleRow, SummaryRow } from '../../db/types';

export interface InstallmentView {
  row: InstallmentRow;
  state: InstallmentState | null;
}

export interface CustomerDetail {
  customer: CustomerRow;
  sales: SaleRow[];
  installments: InstallmentView[];
  payments: PaymentRow[];
  contacts: ContactRow[];
  documents: DocumentRow[];
  agreements: AgreementRow[];
  summary: SummaryRow | null;
  collection: CollectionRow | null;
  placement: StagePlacement;
  settings: AppSettings;
  /** Open principal + charges as of today. */
  owedTodayCents: number;
  overdueTodayCents: number;
}

export function useCustomerDetail(id: string, today: string): CustomerDetail | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const customer = await db.customers.get(id);
    if (!customer) return null;
    const [sales, installments, payments, contacts, documents, agreements, summary, collection, settings] = await Promise.all([
      db.sales.where('customerId').equals(id).toArray(),
      db.installments.where('customerId').equals(id).toArray(),
      db.payments.where('customerId').equals(id).toArray(),
      db.contacts.where('customerId').equals(id).toArray(),
      db.documents.where('customerId').equals(id).toArray(),
      db.agreements.where('customerId').equals(id).toArray(),
      db.summaries.get(id),
      db.collection.get(id),
      getSettings(db),
    ]);
    const ledgers = ledgerByInstallment(payments);
    let owedTodayCents = 0;
    let overdueTodayCents = 0;
    const views: InstallmentView[] = installments
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number - b.number))
      .map((row) => {
        if (row.status !== 'open') return { row, state: null };
        const state = installmentStateOn({ id: row.id, dueDate: row.dueDate, amountCents: row.amountCents }, ledgers.get(row.id) ?? [], today, settings.charges);
        owedTodayCents += state.totalDueCents;
        if (row.dueDate < today) overdueTodayCents += state.totalDueCents;
        return { row, state };
      });
    const s = summary ? summaryAsOf(summary, today) : null;
    const placement = stageOf(
      { oldestOpenDueDate: s?.oldestOpenDueDate ?? null, manualStageId: collection?.stageOverride ?? null, pausedUntil: collection?.pausedUntil ?? null, activeAgreement: agreements.some((a) => a.status === 'active') },
      settings.collection,
      today,
    );
    return {
      customer,
      sales: sales.sort((a, b) => b.date.localeCompare(a.date)),
      installments: views,
      payments: payments.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
      contacts: contacts.sort((a, b) => b.at.localeCompare(a.at)),
      documents: documents.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      agreements,
      summary: s,
      collection: collection ?? null,
      placement,
      settings,
      owedTodayCents,
      overdueTodayCents,
    };
  }, [db, id, today]);
}

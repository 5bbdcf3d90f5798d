// One customer's collection picture, read by index (customerId): open installments valued
// today, contacts, agreements, collection state, placement on the board.
import { useLiveQuery } from 'dexie-react-hooks';
import { installmentStateOn, type InstallmentState } from '@shared/ledger/installment-state';
import type { InstallmentWithLedger } from '@shared/ledger/allocation';
import { standingOf, type StagePlacement } from '@shared/collections/stage';
import { noticeSentOnOf, standingFrom } from '../../db/board-data';
import { useDb } from '../../app/database';
import type { CadernetaDB } from '../../db/schema';
import { getCollectionSettings, type CollectionSettings } from './collection-settings';
import { withLedgers } from '../../db/ledger';
import type { AgreementRow, CollectionRow, ContactRow, CustomerRow, DocumentRow, InstallmentRow } from '../../db/types';

export interface OpenInstallment {
  row: InstallmentRow;
  ledger: InstallmentWithLedger;
  state: InstallmentState;
}

export interface CollectionCustomer {
  customer: CustomerRow;
  settings: CollectionSettings;
  open: OpenInstallment[];
  overdue: OpenInstallment[];
  overdueTotalCents: number;
  owedTotalCents: number;
  contacts: ContactRow[];
  documents: DocumentRow[];
  collection: CollectionRow | null;
  agreements: AgreementRow[];
  activeAgreement: AgreementRow | null;
  placement: StagePlacement;
}

export async function loadCollectionCustomer(db: CadernetaDB, id: string, today: string): Promise<CollectionCustomer | null> {
  const customer = await db.customers.get(id);
  if (!customer) return null;
  const [installments, payments, contacts, documents, agreements, collection, summary, settings] = await Promise.all([
    db.installments.where('[customerId+status]').equals([id, 'open']).toArray(),
    db.payments.where('customerId').equals(id).toArray(),
    db.contacts.where('customerId').equals(id).toArray(),
    db.documents.where('customerIds').equals(id).toArray(),
    db.agreements.where('customerId').equals(id).toArray(),
    db.collection.get(id),
    db.summaries.get(id),
    getCollectionSettings(db),
  ]);
  installments.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number - b.number));
  const ledgers = withLedgers(installments, payments);
  const open: OpenInstallment[] = [];
  installments.forEach((row, i) => {
    const ledger = ledgers[i];
    if (!ledger) return;
    const state = installmentStateOn(ledger, ledger.allocations, today, settings.charges);
    if (state.totalDueCents > 0) open.push({ row, ledger, state });
  });
  const overdue = open.filter((o) => o.row.dueDate < today);
  const activeAgreement = agreements.find((a) => a.status === 'active') ?? null;
  contacts.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return {
    customer,
    settings,
    open,
    overdue,
    overdueTotalCents: overdue.reduce((s, o) => s + o.state.totalDueCents, 0),
    owedTotalCents: open.reduce((s, o) => s + o.state.totalDueCents, 0),
    contacts,
    documents,
    collection: collection ?? null,
    agreements,
    activeAgreement,
    placement: standingOf(
      standingFrom(
        { oldestOpenDueDate: open[0]?.row.dueDate ?? null, lastPaymentDate: summary?.lastPaymentDate ?? null },
        collection,
        activeAgreement !== null,
        today,
        noticeSentOnOf(contacts, documents),
      ),
      settings.collection,
      today,
    ),
  };
}

/** undefined while loading, null when the customer does not exist. */
export function useCollectionCustomer(id: string | null, today: string): CollectionCustomer | null | undefined {
  const db = useDb();
  return useLiveQuery(() => (id ? loadCollectionCustomer(db, id, today) : Promise.resolve(null)), [db, id, today]);
}

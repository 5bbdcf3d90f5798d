import { useLiveQuery } from 'dexie-react-hooks';
import type { InstallmentWithLedger } from '@shared/ledger/allocation';
import { installmentStateOn, type InstallmentState } from '@shared/ledger/installment-state';
import { useDb } from '../../app/database';
import { withLedgers } from '../../db/ledger';
import { getSettings, type AppSettings } from '../../db/settings';
import { formatDateBR } from '@shared/dates/calendar';
import type { InstallmentRow, SaleRow } from '../../db/types';

export interface OpenInstallments {
  /** Each open installment with its ledger, its value today and the purchase it belongs to. */
  rows: { row: InstallmentRow; ledger: InstallmentWithLedger; state: InstallmentState; purchase: string }[];
  settings: AppSettings;
  creditCents: number;
  /** The open fiado tab (owed too, without installments or charges yet). */
  tabOpenCents: number;
}

/** A customer's open installments valued on `today` (index [customerId+status]). */
export function useOpenInstallments(customerId: string | null, today: string): OpenInstallments | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const settings = await getSettings(db);
    if (!customerId) return { rows: [], settings, creditCents: 0, tabOpenCents: 0 };
    const [open, payments, summary, sales] = await Promise.all([
      db.installments.where('[customerId+status]').equals([customerId, 'open']).toArray(),
      db.payments.where('customerId').equals(customerId).toArray(),
      db.summaries.get(customerId),
      db.sales.where('customerId').equals(customerId).toArray(),
    ]);
    const ledgers = withLedgers(open, payments);
    const saleById = new Map(sales.map((x) => [x.id, x]));
    const rows = open
      .map((row, i) => {
        const ledger = ledgers[i] as InstallmentWithLedger;
        const sale = saleById.get(row.saleId);
        return { row, ledger, state: installmentStateOn(ledger, ledger.allocations, today, settings.charges), purchase: sale ? purchaseLabel(sale) : '' };
      })
      .sort((a, b) => (a.row.dueDate < b.row.dueDate ? -1 : a.row.dueDate > b.row.dueDate ? 1 : a.row.number - b.row.number));
    return { rows, settings, creditCents: summary?.creditCents ?? 0, tabOpenCents: summary?.tabOpenCents ?? 0 };
  }, [db, customerId, today]);
}

/** What an installment was bought with, to tell two carnês apart: "10/01/26 · Geladeira" (the
 *  date first: a long description is cut at its end); a fiado month or an agreement says so. */
function purchaseLabel(x: SaleRow): string {
  const what = x.agreementId ? 'Acordo' : x.planKind === 'tab' ? 'Fiado' : x.description.trim() || 'Compra';
  const d = formatDateBR(x.date);
  return `${d.slice(0, 6)}${d.slice(8)} · ${what}`;
}

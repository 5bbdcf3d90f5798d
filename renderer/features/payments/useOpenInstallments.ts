import { useLiveQuery } from 'dexie-react-hooks';
import type { InstallmentWithLedger } from '@shared/ledger/allocation';
import { installmentStateOn, type InstallmentState } from '@shared/ledger/installment-state';
import { useDb } from '../../app/database';
import { withLedgers } from '../../db/ledger';
import { getSettings, type AppSettings } from '../../db/settings';
import type { InstallmentRow } from '../../db/types';

export interface OpenInstallments {
  rows: { row: InstallmentRow; ledger: InstallmentWithLedger; state: InstallmentState }[];
  settings: AppSettings;
  creditCents: number;
}

/** A customer's open installments valued on `today` (index [customerId+status]). */
export function useOpenInstallments(customerId: string | null, today: string): OpenInstallments | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const settings = await getSettings(db);
    if (!customerId) return { rows: [], settings, creditCents: 0 };
    const [open, payments, summary] = await Promise.all([
      db.installments.where('[customerId+status]').equals([customerId, 'open']).toArray(),
      db.payments.where('customerId').equals(customerId).toArray(),
      db.summaries.get(customerId),
    ]);
    const ledgers = withLedgers(open, payments);
    const rows = open
      .map((row, i) => {
        const ledger = ledgers[i] as InstallmentWithLedger;
        return { row, ledger, state: installmentStateOn(ledger, ledger.allocations, today, settings.charges) };
      })
      .sort((a, b) => (a.row.dueDate < b.row.dueDate ? -1 : a.row.dueDate > b.row.dueDate ? 1 : a.row.number - b.row.number));
    return { rows, settings, creditCents: summary?.creditCents ?? 0 };
  }, [db, customerId, today]);
}

// The board's amount for a customer is what the customer's page says is owed, also when an
// installment was paid in part after its due date (the summary keeps that installment's ledger).
import { afterEach, describe, expect, it } from 'vitest';
import { createCreditSale } from '../../db/sales';
import { receivePayment, reversePayment } from '../../db/payments';
import { loadBoardData } from '../../db/screen-reads';
import { customerDetail } from '../../db/queries';
import { aCustomer, finishDbs, freshDb } from '../../db/test-helpers';
import type { CadernetaDB } from '../../db/schema';
import { buildBoard } from './model/board-model';
import { contextOf, toSource } from './useBoard';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

async function boardAndPage(db: CadernetaDB, customerId: string, today: string): Promise<{ board: number | undefined; page: number | undefined }> {
  const data = await loadBoardData(db, today);
  const card = buildBoard(data.rows.map(toSource), contextOf(data, today)).cards.find((c) => c.customerId === customerId);
  return { board: card?.overdueCents, page: (await customerDetail(db, customerId, today))?.overdueTodayCents };
}

describe('the board amount of a partly paid installment', () => {
  it('is the exact amount the customer page shows: the fine paid is not charged again, interest before the payment is kept', async () => {
    const db = await freshDb();
    const c = await aCustomer(db, { name: 'Paulo Parcial' });
    const { installments } = await createCreditSale(db, { customerId: c.id, date: '2025-01-10', totalCents: 20_000, plan: { kind: 'plan', count: 2, firstDueDate: '2025-02-10' } }, '2025-01-10');
    // 30 days late: fine R$ 2,00 and interest R$ 1,00 paid, R$ 47,00 of principal.
    await receivePayment(db, { customerId: c.id, amountCents: 5_000, method: 'dinheiro', installmentIds: [installments[0]?.id ?? ''] }, '2025-03-12');
    // On 11/04: R$ 53,00 + interest on 100,00 for 30 days and on 53,00 for 30 days (1,53) less
    // the 1,00 paid = 53,53; the second installment (due 10/03, 32 days late) is untouched.
    const second = 10_000 + 200 + 107;
    expect(await boardAndPage(db, c.id, '2025-04-11')).toEqual({ board: 5_353 + second, page: 5_353 + second });
  });

  it('follows a waiver and a reversal', async () => {
    const db = await freshDb();
    const c = await aCustomer(db, { name: 'Wanda Abonada' });
    await createCreditSale(db, { customerId: c.id, date: '2025-01-10', totalCents: 10_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-02-10' } }, '2025-01-10');
    const paid = await receivePayment(db, { customerId: c.id, amountCents: 4_000, method: 'pix', waive: { fine: true, reason: 'Cliente antigo' } }, '2025-03-12');
    const afterWaiver = await boardAndPage(db, c.id, '2025-05-01');
    expect(afterWaiver.board).toBe(afterWaiver.page);
    await reversePayment(db, paid.payment.id, 'Lançado no cliente errado', '2025-03-13');
    const afterReversal = await boardAndPage(db, c.id, '2025-05-01');
    // Back to the whole installment: 100,00 + fine 2,00 + 80 days of interest (2,67).
    expect(afterReversal).toEqual({ board: 10_000 + 200 + 267, page: 10_000 + 200 + 267 });
  });
});

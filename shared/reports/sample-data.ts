// A small hand-made shop used by the report and export tests (figures worked out by hand
// in reports.test.ts). Data-base day: 2026-11-23.
import type { RAllocation, RInstallment, RPayment, RSale, ReportData } from './types';

export const SAMPLE_AS_OF = '2026-11-23';

const sale = (id: string, customerId: string, date: string, totalCents: number, extra: Partial<RSale> = {}): RSale => ({
  id,
  customerId,
  date,
  description: `Venda ${id}`,
  totalCents,
  downPaymentCents: 0,
  planKind: 'installments',
  tabStatus: 'none',
  agreementId: null,
  status: 'active',
  ...extra,
});

const inst = (id: string, saleId: string, customerId: string, number: number, count: number, dueDate: string, amountCents: number, extra: Partial<RInstallment> = {}): RInstallment => ({
  id,
  saleId,
  customerId,
  number,
  count,
  dueDate,
  amountCents,
  status: 'open',
  paidPrincipalCents: 0,
  paidDate: null,
  renegotiatedBy: null,
  agreementId: null,
  ...extra,
});

const alloc = (installmentId: string, principalCents: number, fineCents = 0, interestCents = 0, waived = 0): RAllocation => ({
  installmentId,
  principalCents,
  fineCents,
  interestCents,
  waivedFineCents: waived,
  waivedInterestCents: 0,
});

const pay = (id: string, customerId: string, date: string, amountCents: number, method: string, allocations: RAllocation[], extra: Partial<RPayment> = {}): RPayment => ({
  id,
  customerId,
  date,
  amountCents,
  method,
  allocations,
  changeCents: 0,
  creditCents: 0,
  creditUsedCents: 0,
  receiptNumber: `C1-${id}`,
  reversalOf: null,
  ...extra,
});

export function sampleData(): ReportData {
  return {
    customers: [
      { id: 'c1', name: 'Ana Souza', document: '52998224725', kind: 'PF' },
      { id: 'c2', name: '=Bar do Zé', document: '11222333000181', kind: 'PJ' },
      { id: 'c3', name: 'Carla; "Dias"', document: null, kind: 'PF' },
    ],
    sales: [
      sale('s1', 'c1', '2026-06-10', 30000),
      sale('s2', 'c2', '2026-10-01', 100000),
      sale('s3', 'c3', '2026-01-15', 20000),
      sale('s4', 'c3', '2026-04-01', 22000, { agreementId: 'ag1', description: 'Acordo' }),
      sale('s5', 'c3', '2026-11-20', 5000, { status: 'cancelled' }),
      sale('s6', 'c1', '2025-03-01', 8000),
      sale('s7', 'c3', '2026-09-01', 4000),
    ],
    installments: [
      inst('i1', 's1', 'c1', 1, 3, '2026-07-10', 10000),
      inst('i2', 's1', 'c1', 2, 3, '2026-08-10', 10000, { status: 'paid', paidPrincipalCents: 10000, paidDate: '2026-08-20' }),
      inst('i3', 's1', 'c1', 3, 3, '2026-09-10', 10000),
      inst('i4', 's2', 'c2', 1, 2, '2026-11-01', 50000, { paidPrincipalCents: 30000 }),
      inst('i5', 's2', 'c2', 2, 2, '2026-12-01', 50000),
      inst('i6', 's3', 'c3', 1, 1, '2026-02-15', 20000, { status: 'renegotiated', renegotiatedBy: 'ag1' }),
      inst('i7', 's4', 'c3', 1, 2, '2026-05-01', 11000, { status: 'paid', paidPrincipalCents: 11000, paidDate: '2026-04-28', agreementId: 'ag1' }),
      inst('i8', 's4', 'c3', 2, 2, '2026-06-01', 11000, { agreementId: 'ag1' }),
      inst('i9', 's5', 'c3', 1, 1, '2026-12-20', 5000, { status: 'cancelled' }),
      inst('i10', 's6', 'c1', 1, 1, '2025-04-01', 8000),
      inst('i11', 's7', 'c3', 1, 1, '2026-10-10', 4000),
    ],
    payments: [
      pay('p1', 'c1', '2026-07-10', 10000, 'pix', [alloc('i1', 10000)]),
      pay('p2', 'c1', '2026-08-20', 10500, 'dinheiro', [alloc('i2', 10000, 200, 300, 50)]),
      pay('p3', 'c2', '2026-11-05', 25000, 'credito', [alloc('i4', 25000)]),
      pay('p4', 'c3', '2026-04-28', 11000, 'pix', [alloc('i7', 11000)]),
      pay('p5', 'c2', '2026-11-10', 6000, 'dinheiro', [alloc('i4', 5000)], { changeCents: 1000 }),
      pay('p6', 'c1', '2026-11-22', -10000, 'pix', [alloc('i1', -10000)], { reversalOf: 'p1' }),
    ],
    agreements: [{ id: 'ag1', customerId: 'c3', date: '2026-04-01' }],
    contacts: [
      { customerId: 'c1', date: '2026-08-15', channel: 'whatsapp', direction: 'saida' },
      { customerId: 'c2', date: '2026-09-01', channel: 'phone', direction: 'saida' },
      { customerId: 'c2', date: '2026-11-08', channel: 'letter', direction: 'saida' },
      { customerId: 'c2', date: '2026-11-09', channel: 'phone', direction: 'entrada' },
    ],
  };
}

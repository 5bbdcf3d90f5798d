// zod schemas of every stored row, used to validate a backup before it touches the database.
import { z } from 'zod';
import type { TableName } from './types';
import { packDues, PACKED_DUES } from './summary-calc';

const id = z.string().min(1).max(100);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ts = z.string().min(10).max(40);
const int = z.number().int();
const cents = int.min(0);
const nstr = z.string().nullable();
const meta = { id, createdAt: ts, updatedAt: ts, deviceId: z.string().max(100) };

const address = z.object({ cep: z.string(), street: z.string(), number: z.string(), complement: z.string(), district: z.string(), city: z.string(), uf: z.string() });

const customers = z.object({
  ...meta,
  name: z.string().max(200),
  kind: z.enum(['PF', 'PJ']),
  document: nstr,
  phones: z.array(z.object({ number: z.string().max(40), whatsapp: z.boolean(), label: z.string().optional() })),
  email: nstr,
  address: address.nullable(),
  creditLimitCents: cents.nullable(),
  notes: z.string(),
  blocked: z.boolean(),
  blockedReason: nstr,
  anonymizedAt: nstr,
  searchTokens: z.array(z.string()),
  sortName: z.string(),
});

const sales = z.object({
  ...meta,
  customerId: id,
  date,
  description: z.string(),
  items: z.array(z.object({ description: z.string(), quantity: z.number(), unitCents: int, totalCents: int })),
  totalCents: cents,
  downPaymentCents: cents,
  planKind: z.enum(['tab', 'installments']),
  tabStatus: z.enum(['open', 'closed', 'none']),
  tabInstallmentId: nstr,
  agreementId: nstr,
  overrideReason: nstr,
  status: z.enum(['active', 'cancelled']),
  openingBalance: z.boolean().optional(),
});

const installments = z.object({
  ...meta,
  saleId: id,
  customerId: id,
  number: int.min(1),
  count: int.min(1),
  dueDate: date,
  amountCents: cents,
  status: z.enum(['open', 'paid', 'renegotiated', 'cancelled']),
  paidPrincipalCents: int,
  paidFineCents: int,
  paidInterestCents: int,
  waivedFineCents: int,
  waivedInterestCents: int,
  paidDate: date.nullable(),
  boletoCode: nstr,
  tabSaleIds: z.array(id),
  renegotiatedBy: nstr,
  agreementId: nstr,
});

const allocation = z.object({ installmentId: id, fineCents: int, interestCents: int, principalCents: int, waivedFineCents: int, waivedInterestCents: int });

const payments = z.object({
  ...meta,
  customerId: id,
  date,
  amountCents: int,
  method: z.enum(['dinheiro', 'pix', 'debito', 'credito', 'transferencia', 'outro']),
  allocations: z.array(allocation),
  changeCents: int,
  creditCents: int,
  creditUsedCents: int,
  waiverReason: nstr,
  receiptNumber: z.string(),
  reversalOf: nstr,
  reason: nstr,
});

const contacts = z.object({
  ...meta,
  customerId: id,
  at: ts,
  date,
  channel: z.enum(['whatsapp', 'email', 'phone', 'letter', 'visit', 'internal', 'sms']),
  direction: z.enum(['saida', 'entrada']),
  outcome: z.enum(['sem_resposta', 'prometeu_pagar', 'pagou', 'recusou', 'numero_errado', 'outro']),
  promisedDate: date.nullable(),
  promisedCents: cents.nullable(),
  notes: z.string(),
  documentId: nstr,
});

const lastContact = contacts.pick({ id: true, at: true, channel: true, outcome: true, promisedDate: true, promisedCents: true });

const collection = z.object({
  ...meta,
  customerId: id,
  stageOverride: nstr,
  overrideReason: nstr,
  pausedUntil: date.nullable(),
  pauseReason: nstr,
  responsible: nstr,
  nextAction: z.object({ date, text: z.string() }).nullable(),
  lastRunStage: z.object({ stage: z.string(), date }).nullable(),
  lastContact: lastContact.nullable(),
  /** Absent in backups written before the row kept it: restoring fills it from the contacts. */
  lastPromise: contacts.pick({ id: true, at: true, date: true, promisedDate: true, promisedCents: true }).nullable().optional(),
});

const agreements = z.object({
  ...meta,
  customerId: id,
  date,
  originalInstallmentIds: z.array(id),
  originalPrincipalCents: cents,
  chargesCents: cents,
  discountCents: cents,
  totalCents: cents,
  saleId: id,
  newInstallmentIds: z.array(id),
  status: z.enum(['active', 'fulfilled', 'broken']),
  statusDate: date.nullable(),
  statusReason: nstr,
  notes: z.string(),
});

const documents = z.object({
  ...meta,
  number: z.string(),
  type: z.string(),
  date,
  customerId: nstr,
  /** Absent in backups written before the row kept it: restoring fills it (document-customers.ts). */
  customerIds: z.array(id).optional(),
  installmentIds: z.array(id),
  paymentId: nstr,
  fileName: z.string(),
  sizeBytes: cents,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const settings = z.object({ ...meta, value: z.unknown() });

const audit = z.object({
  ...meta,
  at: ts,
  table: z.string(),
  rowId: z.string(),
  action: z.enum(['create', 'update', 'reverse', 'close', 'renegotiate', 'anonymize', 'restore', 'import', 'override', 'prune']),
  before: z.unknown(),
  after: z.unknown(),
  reason: nstr,
});

const summaries = z.object({
  ...meta,
  customerId: id,
  name: z.string().max(200).nullable().optional(),
  asOf: date,
  openCents: int,
  overdueCents: int,
  oldestOverdueDueDate: date.nullable(),
  oldestOpenDueDate: date.nullable(),
  nextDueDate: date.nullable(),
  openCount: int,
  overdueCount: int,
  tabOpenCents: int,
  lastPaymentDate: date.nullable(),
  creditCents: int,
  // Packed (backups written before that hold the pairs, packed on reading).
  openDues: z.union([z.string().regex(PACKED_DUES), z.array(z.tuple([date, int])).transform(packDues)]),
});

const counters = z.object({ ...meta, series: z.string(), prefix: z.string(), last: int.min(0) });

const metaRows = z.object({ ...meta, value: z.unknown() });

export const ROW_SCHEMAS: Record<TableName, z.ZodType> = {
  customers,
  sales,
  installments,
  payments,
  contacts,
  collection,
  agreements,
  documents,
  settings,
  audit,
  summaries,
  counters,
  meta: metaRows,
};

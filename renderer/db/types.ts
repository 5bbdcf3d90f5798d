// Row shapes of every table. Amounts are integer centavos, calendar dates 'YYYY-MM-DD',
// timestamps ISO strings. Every row carries the sync metadata of RowMeta.
import type { ContactChannel as SharedContactChannel } from '@shared/collections/policy';

/** Sync-ready metadata on every row: a client-made ULID id, never changed. */
export interface RowMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  deviceId: string;
}

export type PersonKind = 'PF' | 'PJ';

export interface Phone {
  number: string;
  whatsapp: boolean;
  label?: string | undefined;
}

export interface Address {
  cep: string;
  street: string;
  number: string;
  complement: string;
  district: string;
  city: string;
  uf: string;
}

export interface CustomerRow extends RowMeta {
  name: string;
  kind: PersonKind;
  /** CPF (11 digits) or CNPJ (14 characters, uppercase), normalised; null when not given. */
  document: string | null;
  phones: Phone[];
  email: string | null;
  address: Address | null;
  /** null = no limit */
  creditLimitCents: number | null;
  notes: string;
  blocked: boolean;
  blockedReason: string | null;
  anonymizedAt: string | null;
  /** Accent-free lowercase name tokens + document digits + phone digits (multi-entry index). */
  searchTokens: string[];
  /** Accent-free lowercase full name, for ordering. */
  sortName: string;
}

export interface SaleItem {
  description: string;
  quantity: number;
  unitCents: number;
  totalCents: number;
}

export type PlanKind = 'tab' | 'installments';
/** Fiado tab entries are 'open' until closeTabs turns them into an installment. */
export type TabStatus = 'open' | 'closed' | 'none';

export interface SaleRow extends RowMeta {
  customerId: string;
  date: string;
  description: string;
  items: SaleItem[];
  totalCents: number;
  downPaymentCents: number;
  planKind: PlanKind;
  tabStatus: TabStatus;
  /** The installment a closed tab entry went into. */
  tabInstallmentId: string | null;
  /** Set on the sale that carries the new installments of a renegotiation. */
  agreementId: string | null;
  /** Set when the sale went through the credit gate by a manager override. */
  overrideReason: string | null;
  status: 'active' | 'cancelled';
  /** A debt brought from before the app (the import's saldo inicial): not a sale of its day. */
  openingBalance?: boolean;
}

export type InstallmentStatus = 'open' | 'paid' | 'renegotiated' | 'cancelled';

export interface InstallmentRow extends RowMeta {
  /** The carnê sale; for a closed fiado tab the newest tab entry (all in tabSaleIds). */
  saleId: string;
  customerId: string;
  number: number;
  count: number;
  dueDate: string;
  amountCents: number;
  status: InstallmentStatus;
  /** Cache of the principal allocated by payments (recomputable from the payments). */
  paidPrincipalCents: number;
  paidFineCents: number;
  paidInterestCents: number;
  waivedFineCents: number;
  waivedInterestCents: number;
  /** Date of the payment that settled it. */
  paidDate: string | null;
  boletoCode: string | null;
  tabSaleIds: string[];
  /** Agreement that replaced this installment (status 'renegotiated'). */
  renegotiatedBy: string | null;
  /** Agreement that created this installment. */
  agreementId: string | null;
}

export type PaymentMethod = 'dinheiro' | 'pix' | 'debito' | 'credito' | 'transferencia' | 'outro';

export interface Allocation {
  installmentId: string;
  fineCents: number;
  interestCents: number;
  principalCents: number;
  /** Charges forgiven, with the payment's waiverReason. */
  waivedFineCents: number;
  waivedInterestCents: number;
}

export interface PaymentRow extends RowMeta {
  customerId: string;
  date: string;
  /** Money handed over (negative on a reversal row). */
  amountCents: number;
  method: PaymentMethod;
  allocations: Allocation[];
  /** Returned to the customer (cash). */
  changeCents: number;
  /** Overpayment kept as store credit. */
  creditCents: number;
  /** Store credit spent on this payment. */
  creditUsedCents: number;
  waiverReason: string | null;
  receiptNumber: string;
  /** On a reversal row: the payment it reverses. */
  reversalOf: string | null;
  reason: string | null;
}

/** The channels of shared/collections plus SMS. */
export type ContactChannel = SharedContactChannel | 'sms';
export type ContactDirection = 'saida' | 'entrada';
export type ContactOutcome = 'sem_resposta' | 'prometeu_pagar' | 'pagou' | 'recusou' | 'numero_errado' | 'outro';

export interface ContactRow extends RowMeta {
  customerId: string;
  at: string;
  date: string;
  channel: ContactChannel;
  direction: ContactDirection;
  outcome: ContactOutcome;
  promisedDate: string | null;
  promisedCents: number | null;
  notes: string;
  documentId: string | null;
}

export interface NextAction {
  date: string;
  text: string;
}

/** Per-customer collection state. id = customerId. */
export interface CollectionRow extends RowMeta {
  customerId: string;
  stageOverride: string | null;
  overrideReason: string | null;
  pausedUntil: string | null;
  pauseReason: string | null;
  responsible: string | null;
  nextAction: NextAction | null;
  lastRunStage: { stage: string; date: string } | null;
  /** Cache of the newest contact (written with it), so the board needs no contact scan. */
  lastContact: LastContact | null;
  /** Cache of the newest promise to pay (written with it), so the board reads no contacts. */
  lastPromise: LastPromise | null;
}

export type LastContact = Pick<ContactRow, 'id' | 'at' | 'channel' | 'outcome' | 'promisedDate' | 'promisedCents'>;
export type LastPromise = Pick<ContactRow, 'id' | 'at' | 'date' | 'promisedDate' | 'promisedCents'>;

export type AgreementStatus = 'active' | 'fulfilled' | 'broken';

export interface AgreementRow extends RowMeta {
  customerId: string;
  date: string;
  originalInstallmentIds: string[];
  /** Outstanding principal of the original installments at the agreement date. */
  originalPrincipalCents: number;
  chargesCents: number;
  discountCents: number;
  /** Agreed total = principal + charges - discount = sum of the new installments. */
  totalCents: number;
  saleId: string;
  newInstallmentIds: string[];
  status: AgreementStatus;
  statusDate: string | null;
  statusReason: string | null;
  notes: string;
}

export interface DocumentRow extends RowMeta {
  number: string;
  type: string;
  date: string;
  /** The one customer the document is about; null when it is about several or none. */
  customerId: string | null;
  /** Every customer the document is about (one PDF of a column's letters: all of them);
   *  indexed multiEntry, the index every read by customer uses. */
  customerIds: string[];
  installmentIds: string[];
  paymentId: string | null;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export interface SettingRow<T = unknown> extends RowMeta {
  value: T;
}

export type AuditAction = 'create' | 'update' | 'reverse' | 'close' | 'renegotiate' | 'anonymize' | 'restore' | 'import' | 'override' | 'prune';

export interface AuditRow extends RowMeta {
  at: string;
  table: string;
  rowId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** Per-customer collection summary, id = customerId; a cache recomputable from the ledger. */
export interface SummaryRow extends RowMeta {
  customerId: string;
  /** The day the overdue figures refer to. */
  asOf: string;
  openCents: number;
  overdueCents: number;
  oldestOverdueDueDate: string | null;
  oldestOpenDueDate: string | null;
  nextDueDate: string | null;
  openCount: number;
  overdueCount: number;
  /** Open fiado tab entries not yet closed into an installment. */
  tabOpenCents: number;
  lastPaymentDate: string | null;
  creditCents: number;
  /** Outstanding principal per open installment, due-date order, so the overdue figures of any
   *  later day come from this row alone; packed as 'YYYY-MM-DD:cents,…' (packDues/unpackDues). */
  openDues: string;
  /** The customer's display name (null once anonymised), kept with the figures so the board
   *  and Today need not read 5,000 customer rows. Absent on rows written before it existed or
   *  restored from such a backup: readers then fall back to the customers table. */
  name?: string | null;
}

export interface CounterRow extends RowMeta {
  series: string;
  prefix: string;
  last: number;
}

export interface MetaRow extends RowMeta {
  value: unknown;
}

export interface TableRows {
  customers: CustomerRow;
  sales: SaleRow;
  installments: InstallmentRow;
  payments: PaymentRow;
  contacts: ContactRow;
  collection: CollectionRow;
  agreements: AgreementRow;
  documents: DocumentRow;
  settings: SettingRow;
  audit: AuditRow;
  summaries: SummaryRow;
  counters: CounterRow;
  meta: MetaRow;
}

export type TableName = keyof TableRows;

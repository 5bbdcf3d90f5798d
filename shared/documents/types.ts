// Plain input data of every printed document. Screens and repositories fill these from the
// database (amounts in integer centavos, dates 'YYYY-MM-DD', charges already computed with
// the clock passed in); the document-definition functions only lay them out.

/** A postal address as the forms store it (empty strings for unknown parts). */
export interface PostalAddress {
  street: string;
  number: string;
  complement: string;
  district: string;
  city: string;
  /** Two-letter state, e.g. 'SP'. */
  uf: string;
  /** Digits or '00000-000'. */
  cep: string;
}

/** The shop as printed on every document (CDC art. 42-A: name, address and CPF/CNPJ). */
export interface ShopProfileDoc {
  /** Legal name (razão social) or the owner's name. */
  name: string;
  /** Trade name (nome fantasia), printed larger when present. */
  tradeName?: string;
  /** CPF or CNPJ, digits or formatted. */
  document: string;
  address: PostalAddress | null;
  phone?: string;
  email?: string;
  /** Pix key (CPF, CNPJ, phone, e-mail or random key); no Pix QR without it. */
  pixKey?: string;
  /** Logo as a data URL (PNG or JPEG). */
  logoDataUrl?: string | null;
}

/** A customer (or any other party) as printed. */
export interface PartyDoc {
  name: string;
  /** CPF or CNPJ, digits or formatted; null when unknown. */
  document: string | null;
  address: PostalAddress | null;
  phones?: readonly string[];
  email?: string | null;
}

/** Fine and interest rules of the shop, to explain them in plain words. */
export interface ChargesPolicyDoc {
  finePercent: number;
  monthlyInterestPercent: number;
  graceDays: number;
}

/** Late charges of one installment valued on `asOf` (from shared/charges lateCharges). */
export interface ChargesDoc {
  asOf: string;
  daysLate: number;
  fineCents: number;
  interestCents: number;
}

/** One installment of a sale, with what is still open and its charges as of the document's date. */
export interface InstallmentDoc {
  id: string;
  /** 1-based number within the plan ("Parcela 2/6"). */
  number: number;
  count: number;
  dueDate: string;
  /** Original amount of the installment. */
  amountCents: number;
  /** Principal still open (amount - paid principal - waived). */
  openCents: number;
  /** Late charges as of the document date; omitted or zero when not late. */
  charges?: ChargesDoc | null;
  /** Sale it belongs to (description printed on slips and tables). */
  saleDescription?: string;
  saleDate?: string;
  /** A bank boleto code (barcode or digitable line) registered for this installment. */
  boletoCode?: string | null;
}

/** One payment slip of a carnê. */
export interface SlipDoc {
  customer: PartyDoc;
  installment: InstallmentDoc;
}

export interface SlipsData {
  shop: ShopProfileDoc;
  policy: ChargesPolicyDoc;
  /** Date the slips are printed. */
  issuedOn: string;
  slips: readonly SlipDoc[];
}

/** The kinds of collection letters, from the friendliest to the last notice. */
export type LetterKind =
  | 'lembrete'
  | 'aviso_atraso'
  | 'cobranca_formal'
  | 'notificacao_extrajudicial'
  | 'negativacao_previa'
  | 'ultimo_aviso';

/** An editable letter text: `{placeholder}` fields; a line holding only `{tabela}` or `{pix}` places those blocks. */
export interface LetterTemplate {
  kind: LetterKind;
  title: string;
  body: string;
}

export interface LetterData {
  shop: ShopProfileDoc;
  customer: PartyDoc;
  policy: ChargesPolicyDoc;
  /** Open installments with charges as of `date`. */
  installments: readonly InstallmentDoc[];
  /** Letter date (charges are valued on it). */
  date: string;
  /** Pay-by date given to the customer. */
  deadline: string;
  template: LetterTemplate;
  /** Registry number ("C1-000153"), printed in the footer. */
  number?: string;
  /** Who signs (defaults to the shop's name). */
  signatory?: string;
}

/** Many letters in one PDF (a board column, a selection). */
export interface LettersData {
  letters: readonly LetterData[];
}

export type ReceiptFormat = 'thermal80' | 'halfA4';

export interface ReceiptLine {
  label: string;
  principalCents: number;
  fineCents: number;
  interestCents: number;
  discountCents?: number;
}

export interface ReceiptData {
  shop: ShopProfileDoc;
  customer: PartyDoc;
  number: string;
  /** Payment date. */
  date: string;
  /** Time of day 'HH:MM', optional. */
  time?: string;
  amountCents: number;
  method: string;
  /** What the payment settled, one line per installment. */
  lines: readonly ReceiptLine[];
  /** Owed on the payment's day after it, fine and interest included, when known (the newest payment). */
  remainingCents?: number | null;
  /** Change given back (troco) or credit kept for the customer. */
  changeCents?: number;
  notes?: string;
  format: ReceiptFormat;
}

/** An installment of a renegotiation agreement. */
export interface AgreementInstallmentDoc {
  number: number;
  dueDate: string;
  amountCents: number;
}

export interface AgreementData {
  shop: ShopProfileDoc;
  customer: PartyDoc;
  number: string;
  date: string;
  /** Installments the agreement replaces, with charges as of `date`. */
  replaced: readonly InstallmentDoc[];
  /** Total debt acknowledged (principal + charges - discounts). */
  debtCents: number;
  discountCents: number;
  downPaymentCents: number;
  downPaymentDate?: string | null;
  installments: readonly AgreementInstallmentDoc[];
  policy: ChargesPolicyDoc;
  /** Place for the signature line (city); defaults to the shop's city. */
  place?: string;
}

export type StatementEntryKind = 'sale' | 'payment' | 'charge' | 'discount' | 'adjustment';

export interface StatementEntry {
  date: string;
  kind: StatementEntryKind;
  description: string;
  /** Positive = the customer owes more (sale, charge); negative = payment, discount. */
  amountCents: number;
}

export interface StatementData {
  shop: ShopProfileDoc;
  customer: PartyDoc;
  from: string;
  to: string;
  /** Balance owed before `from`. */
  openingBalanceCents: number;
  entries: readonly StatementEntry[];
  /** Installments still open on `to`, with charges as of `to`. */
  openInstallments: readonly InstallmentDoc[];
  issuedOn: string;
  number?: string;
  /** The heading: 'EXTRATO DO CLIENTE' unless told (e.g. the voucher printed after a sale). */
  title?: string;
}

export interface ContactDoc {
  date: string;
  /** 'WhatsApp', 'Carta', ... */
  channel: string;
  outcome: string;
  notes: string;
}

export interface IssuedDocumentDoc {
  date: string;
  number: string;
  /** Human label: "Notificação extrajudicial". */
  label: string;
  sha256: string;
}

export interface SaleDoc {
  date: string;
  description: string;
  totalCents: number;
  downPaymentCents: number;
  installments: readonly InstallmentDoc[];
  /** Said instead of the installments table when there are none (e.g. a fiado tab still open). */
  noInstallments?: string;
}

export interface PaymentDoc {
  date: string;
  amountCents: number;
  method: string;
  receiptNumber?: string;
}

export interface DossierData {
  shop: ShopProfileDoc;
  customer: PartyDoc;
  date: string;
  minimumWageCents: number;
  policy: ChargesPolicyDoc;
  sales: readonly SaleDoc[];
  payments: readonly PaymentDoc[];
  contacts: readonly ContactDoc[];
  documents: readonly IssuedDocumentDoc[];
  number?: string;
}

// Every row of an import checked before anything is written: a typed record per customer
// (rows with the same CPF/CNPJ, or the same name and phone when there is none, are one
// customer with several opening balances) and, for each problem, the file line and the
// reason in Portuguese.
import { phoneDigits } from '../br/format';
import { addDays } from '../dates/calendar';
import { normalizeSearch } from '../text';
import { CellError, cellCents, cellDate, cellDocument, cellPhone, cellText, type RawCell } from './cells';
import { FIELD_LABELS, type ColumnMapping, type ImportField } from './fields';

export interface ImportCustomer {
  name: string;
  document: string | null;
  phones: { number: string; whatsapp: boolean }[];
  email: string | null;
  address: { cep: string; street: string; number: string; complement: string; district: string; city: string; uf: string } | null;
  creditLimitCents: number | null;
  notes: string;
}

export interface ImportBalance {
  line: number;
  amountCents: number;
  dueDate: string;
  saleDate: string;
  /** The purchase date came from the file (else it was set on import: the due date or today). */
  saleDateGiven: boolean;
  description: string;
}

export interface ImportRecord {
  key: string;
  /** File lines of the rows that make this record (the first holds the customer data). */
  lines: number[];
  customer: ImportCustomer;
  balances: ImportBalance[];
}

export interface Rejection {
  line: number;
  field: string | null;
  message: string;
}

export interface ValidationResult {
  records: ImportRecord[];
  rejected: Rejection[];
  /** Data rows read (blank rows not counted). */
  rows: number;
  balanceCents: number;
  /** Customer keys of the rows with a problem, as far as they can be read: a record with one
   *  of these keys has a line left out. */
  rejectedKeys: string[];
  /** Names (folded) of the rows with a problem: a bad CPF or phone cell changes a row's key, so
   *  a record with one of these names is left out too. */
  rejectedNames: string[];
}

const UFS = new Set(['AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO']);
const MAX_CENTS = 100_000_000_00;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

type Parsed = { customer: ImportCustomer; balance: Omit<ImportBalance, 'line'> | null };

function parseRow(get: (f: ImportField) => RawCell, today: string, fail: (field: ImportField | null, message: string) => void): Parsed | null {
  const errors = { count: 0 };
  const check = <T>(field: ImportField, f: (c: RawCell) => T): T | null => {
    try {
      return f(get(field));
    } catch (e) {
      errors.count++;
      fail(field, e instanceof CellError ? e.message : 'valor inválido');
      return null;
    }
  };
  const text = (field: ImportField, max: number): string => {
    const t = cellText(get(field));
    if (t.length > max) {
      errors.count++;
      fail(field, `texto longo demais (máximo ${max} caracteres)`);
    }
    return t;
  };
  const name = text('name', 120).replace(/\s+/g, ' ');
  if (name.length < 2) {
    errors.count++;
    fail('name', 'informe o nome do cliente (ao menos 2 letras)');
  }
  const document = check('document', cellDocument);
  const phone = check('phone', cellPhone);
  const email = text('email', 120).toLowerCase();
  if (email !== '' && !EMAIL.test(email)) {
    errors.count++;
    fail('email', `e-mail inválido "${email}"`);
  }
  const cepRaw = get('cep');
  const cep = (typeof cepRaw === 'number' ? String(Math.trunc(cepRaw)).padStart(8, '0') : cellText(cepRaw)).replace(/\D/g, '');
  if (cep !== '' && cep.length !== 8) {
    errors.count++;
    fail('cep', `CEP inválido "${cellText(cepRaw)}" (use 00000-000)`);
  }
  const uf = cellText(get('uf')).toUpperCase();
  if (uf !== '' && !UFS.has(uf)) {
    errors.count++;
    fail('uf', `UF inválida "${uf}"`);
  }
  const address = { cep, street: text('street', 120), number: text('number', 20), complement: text('complement', 60), district: text('district', 60), city: text('city', 60), uf };
  const creditLimitCents = check('creditLimit', cellCents);
  if (creditLimitCents !== null && (creditLimitCents < 0 || creditLimitCents > MAX_CENTS)) {
    errors.count++;
    fail('creditLimit', 'limite de crédito deve ser um valor positivo');
  }
  const notes = text('notes', 2000);
  const amount = check('balance', cellCents);
  const dueDate = check('dueDate', cellDate);
  const saleDate = check('saleDate', cellDate);
  const description = text('description', 200);
  let balance: Parsed['balance'] = null;
  if (amount !== null && amount !== 0) {
    if (amount < 0) {
      errors.count++;
      fail('balance', 'o saldo não pode ser negativo');
    } else if (amount > MAX_CENTS) {
      errors.count++;
      fail('balance', 'saldo alto demais');
    }
    if (dueDate === null && cellText(get('dueDate')) === '') {
      errors.count++;
      fail('dueDate', 'informe o vencimento do saldo (dd/mm/aaaa)');
    }
    if (dueDate !== null && (dueDate < '1990-01-01' || dueDate > addDays(today, 3650))) {
      errors.count++;
      fail('dueDate', 'vencimento fora do intervalo aceito');
    }
    if (saleDate !== null && saleDate > today) {
      errors.count++;
      fail('saleDate', 'a data da compra não pode ser futura');
    }
    if (dueDate !== null) {
      const sold = saleDate ?? (dueDate < today ? dueDate : today);
      balance = { amountCents: amount, dueDate, saleDate: sold, saleDateGiven: saleDate !== null, description: description || 'Saldo inicial importado' };
    }
  } else if (dueDate !== null && (amount === 0 || cellText(get('balance')) === '')) {
    // (A saldo that could not be read has its own message already.)
    errors.count++;
    fail('balance', 'vencimento informado sem saldo');
  }
  if (errors.count > 0) return null;
  const hasAddress = Object.values(address).some((v) => v !== '');
  return {
    customer: {
      name,
      document,
      phones: phone ? [{ number: phone, whatsapp: phoneDigits(phone).length === 11 }] : [],
      email: email || null,
      address: hasAddress ? address : null,
      creditLimitCents,
      notes,
    },
    balance,
  };
}

/** One customer's rows: same CPF/CNPJ, or (without one) same name and phone. */
const customerKey = (name: string, document: string | null, phone: string | null): string => document ?? `nome:${normalizeSearch(name)}|${phoneDigits(phone ?? '')}`;

function lenient<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

export function validateImport(rows: readonly (readonly RawCell[])[], lines: readonly number[], mapping: ColumnMapping, today: string): ValidationResult {
  const rejected: Rejection[] = [];
  if (!mapping.includes('name')) rejected.push({ line: 1, field: null, message: 'Escolha qual coluna tem o nome do cliente.' });
  const byKey = new Map<string, ImportRecord>();
  const rejectedKeys = new Set<string>();
  const rejectedNames = new Set<string>();
  let count = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((c) => cellText(c) === '')) continue;
    count++;
    const line = lines[r] ?? r + 2;
    const get = (f: ImportField): RawCell => {
      const i = mapping.indexOf(f);
      return i < 0 ? null : row[i];
    };
    const parsed = parseRow(get, today, (field, message) => rejected.push({ line, field: field ? FIELD_LABELS[field] : null, message }));
    if (!parsed) {
      const name = cellText(get('name')).replace(/\s+/g, ' ');
      const document = lenient(() => cellDocument(get('document')));
      if (document || name.length >= 2) rejectedKeys.add(customerKey(name, document, lenient(() => cellPhone(get('phone')))));
      if (name.length >= 2) rejectedNames.add(normalizeSearch(name));
      continue;
    }
    const c = parsed.customer;
    const key = customerKey(c.name, c.document, c.phones[0]?.number ?? null);
    const existing = byKey.get(key);
    if (existing && normalizeSearch(existing.customer.name) !== normalizeSearch(c.name)) {
      rejected.push({ line, field: FIELD_LABELS.document, message: `este CPF/CNPJ já aparece na linha ${existing.lines[0] ?? '?'} com outro nome (${existing.customer.name})` });
      rejectedKeys.add(key);
      continue;
    }
    const record = existing ?? { key, lines: [], customer: c, balances: [] };
    record.lines.push(line);
    if (parsed.balance) record.balances.push({ line, ...parsed.balance });
    byKey.set(key, record);
  }
  const records = [...byKey.values()];
  const balanceCents = records.reduce((s, rec) => s + rec.balances.reduce((t, b) => t + b.amountCents, 0), 0);
  rejected.sort((a, b) => a.line - b.line);
  return { records, rejected, rows: count, balanceCents, rejectedKeys: [...rejectedKeys], rejectedNames: [...rejectedNames] };
}

/** The records none of whose lines has a problem: what "import only the correct rows" writes.
 *  A customer with one bad line is left out whole (imported later, fixed, with its balances). */
export function recordsWithoutProblems(checked: Pick<ValidationResult, 'records' | 'rejectedKeys' | 'rejectedNames'>, problems: readonly Pick<Rejection, 'line'>[]): ImportRecord[] {
  const bad = new Set(problems.map((p) => p.line));
  const badKeys = new Set(checked.rejectedKeys);
  const badNames = new Set(checked.rejectedNames);
  return checked.records.filter((r) => !badKeys.has(r.key) && !badNames.has(normalizeSearch(r.customer.name)) && !r.lines.some((l) => bad.has(l)));
}

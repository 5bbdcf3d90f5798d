import { DomainError } from '../errors';
import { crc16Hex } from './crc16';
import { isValidCnpj, isValidCpf, normalizeCnpj } from './cpf-cnpj';
import { phoneToE164Digits } from './format';

export const PIX_GUI = 'br.gov.bcb.pix';

export interface PixInput {
  key: string;
  merchantName: string;
  merchantCity: string;
  amountCents?: number | undefined;
  txid?: string | undefined;
  description?: string | undefined;
}

export interface PixData {
  key: string;
  merchantName: string;
  merchantCity: string;
  amountCents?: number;
  txid?: string;
  description?: string;
  postalCode?: string;
}

export type PixKeyType = 'cpf' | 'cnpj' | 'phone' | 'email' | 'evp';

const pixError = (message: string, details?: Record<string, unknown>): DomainError =>
  new DomainError('invalid_pix', `Código Pix inválido: ${message}`, details);
const keyError = (key: string): DomainError =>
  new DomainError(
    'invalid_pix_key',
    `Chave Pix inválida: "${key}". Use CPF, CNPJ, telefone com DDD, e-mail ou chave aleatória.`,
    { key },
  );

const EVP_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Upper-case ASCII without accents or symbols, single spaces, cut to `max` characters. */
export function normalizePixText(s: string, max: number): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
}

/** Normalises a Pix key to the form the DICT stores, or throws a DomainError. */
export function normalizePixKey(raw: string): { key: string; type: PixKeyType } {
  const k = raw.trim();
  if (k === '') throw new DomainError('invalid_pix_key', 'Informe a chave Pix.', { key: raw });
  if (k.includes('@')) {
    const email = k.toLowerCase();
    if (!EMAIL_RE.test(email) || email.length > 77) throw keyError(raw);
    return { key: email, type: 'email' };
  }
  if (EVP_RE.test(k)) return { key: k.toLowerCase(), type: 'evp' };
  if (k.startsWith('+')) {
    const digits = phoneToE164Digits(k);
    if (digits.length < 8 || digits.length > 15) throw keyError(raw);
    return { key: `+${digits}`, type: 'phone' };
  }
  const compact = k.replace(/[\s.\-/()]/g, '');
  if (/^\d{11}$/.test(compact) && isValidCpf(compact) && !/[()]/.test(k)) return { key: compact, type: 'cpf' };
  const cnpj = normalizeCnpj(compact);
  if (cnpj && isValidCnpj(cnpj)) return { key: cnpj, type: 'cnpj' };
  if (/^\d{10,13}$/.test(compact) && !/[./]/.test(k)) {
    try {
      return { key: `+${phoneToE164Digits(compact)}`, type: 'phone' };
    } catch {
      throw keyError(raw);
    }
  }
  throw keyError(raw);
}

function tlv(id: string, value: string): string {
  if (value.length > 99) throw pixError(`campo ${id} longo demais.`, { id, length: value.length });
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** Integer centavos as the Pix amount field: 1000 -> "10.00". */
export function formatPixAmount(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Builds a static Pix "copia e cola" payload (BR Code) with its CRC. */
export function encodePixPayload(i: PixInput): string {
  const { key } = normalizePixKey(i.key);
  const name = normalizePixText(i.merchantName, 25);
  const city = normalizePixText(i.merchantCity, 15);
  if (name === '') throw new DomainError('invalid_pix', 'Informe o nome do recebedor do Pix.');
  if (city === '') throw new DomainError('invalid_pix', 'Informe a cidade do recebedor do Pix.');

  const gui = tlv('00', PIX_GUI);
  const keyField = tlv('01', key);
  let account = gui + keyField;
  if (account.length > 99) throw keyError(i.key);
  if (i.description !== undefined) {
    const room = 99 - account.length - 4;
    const desc = room > 0 ? normalizePixText(i.description, room) : '';
    if (desc !== '') account += tlv('02', desc);
  }

  let amount = '';
  if (i.amountCents !== undefined) {
    if (!Number.isSafeInteger(i.amountCents) || i.amountCents <= 0) {
      throw new DomainError('invalid_amount', 'O valor do Pix deve ser maior que zero.', { amountCents: i.amountCents });
    }
    const text = formatPixAmount(i.amountCents);
    if (text.length > 13) throw new DomainError('invalid_amount', 'Valor do Pix grande demais.', { amountCents: i.amountCents });
    amount = tlv('54', text);
  }

  let txid = '***';
  if (i.txid !== undefined && i.txid !== '***') {
    if (!/^[A-Za-z0-9]{1,25}$/.test(i.txid)) {
      throw new DomainError(
        'invalid_pix',
        'Identificador (txid) do Pix inválido: use de 1 a 25 letras ou números, sem espaços ou símbolos.',
        { txid: i.txid },
      );
    }
    txid = i.txid;
  }

  const body =
    tlv('00', '01') +
    tlv('26', account) +
    tlv('52', '0000') +
    tlv('53', '986') +
    amount +
    tlv('58', 'BR') +
    tlv('59', name) +
    tlv('60', city) +
    tlv('62', tlv('05', txid)) +
    '6304';
  return body + crc16Hex(body);
}

/** Splits a TLV string into [id, value] pairs; throws when a length overruns. */
export function parseTlv(s: string, where = 'código'): [string, string][] {
  const out: [string, string][] = [];
  let pos = 0;
  while (pos < s.length) {
    const head = s.slice(pos, pos + 4);
    if (!/^\d{4}$/.test(head)) throw pixError(`estrutura ilegível no ${where} (posição ${pos + 1}).`, { pos });
    const id = head.slice(0, 2);
    const len = Number(head.slice(2));
    const start = pos + 4;
    if (start + len > s.length) {
      throw pixError(`o campo ${id} declara ${len} caracteres, mas o ${where} termina antes.`, { id, pos });
    }
    out.push([id, s.slice(start, start + len)]);
    pos = start + len;
  }
  return out;
}

function parseAmount(v: string): number {
  const m = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) throw pixError(`valor "${v}" mal formatado.`, { value: v });
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Reads a static Pix payload ("copia e cola"), verifying its CRC and structure. */
export function decodePixPayload(payload: string): PixData {
  const s = payload.trim();
  if (s.length < 8) throw pixError('texto curto demais.');
  const fields = parseTlv(s);
  const last = fields[fields.length - 1];
  if (!last || last[0] !== '63' || last[1].length !== 4 || !s.endsWith(`6304${last[1]}`)) {
    throw pixError('o campo de verificação (CRC) não está no final.');
  }
  const expected = crc16Hex(s.slice(0, -4));
  if (last[1].toUpperCase() !== expected) {
    throw pixError('dígito verificador (CRC) não confere.', { expected, found: last[1] });
  }
  const first = fields[0];
  if (!first || first[0] !== '00' || first[1] !== '01') throw pixError('o código não começa com o indicador de formato 01.');

  let key: string | undefined;
  let description: string | undefined;
  let amountCents: number | undefined;
  let merchantName = '';
  let merchantCity = '';
  let postalCode: string | undefined;
  let txid: string | undefined;
  let sawDynamic = false;

  for (const [id, value] of fields) {
    const n = Number(id);
    if (n >= 26 && n <= 51 && key === undefined) {
      const sub = parseTlv(value, `campo ${id}`);
      const gui = sub.find(([sid]) => sid === '00')?.[1];
      if (gui?.toLowerCase() !== PIX_GUI) continue;
      const k = sub.find(([sid]) => sid === '01')?.[1];
      if (k === undefined || k === '') {
        if (sub.some(([sid]) => sid === '25')) sawDynamic = true;
        continue;
      }
      key = k;
      const d = sub.find(([sid]) => sid === '02')?.[1];
      if (d !== undefined && d !== '') description = d;
    } else if (id === '54') amountCents = parseAmount(value);
    else if (id === '59') merchantName = value;
    else if (id === '60') merchantCity = value;
    else if (id === '61') postalCode = value;
    else if (id === '62') {
      const t = parseTlv(value, 'campo 62').find(([sid]) => sid === '05')?.[1];
      if (t !== undefined && t !== '' && t !== '***') txid = t;
    }
  }
  if (key === undefined) {
    throw pixError(
      sawDynamic ? 'é um Pix dinâmico (com link), que não é suportado aqui.' : 'não contém uma chave Pix.',
    );
  }
  const out: PixData = { key, merchantName, merchantCity };
  if (amountCents !== undefined) out.amountCents = amountCents;
  if (txid !== undefined) out.txid = txid;
  if (description !== undefined) out.description = description;
  if (postalCode !== undefined) out.postalCode = postalCode;
  return out;
}

// Input masks applied while the shopkeeper types (display only; storage keeps digits).
import { phoneDigits } from '@shared/br/format';

/** CPF 000.000.000-00 up to 11 characters; beyond that CNPJ 00.000.000/0000-00, letters allowed
 *  in the first 12 positions (alphanumeric CNPJ since July 2026). */
export function maskCpfCnpj(raw: string): string {
  const s = raw.toUpperCase().replace(/[^0-9A-Z]/g, '').slice(0, 14);
  if (s.length <= 11 && /^\d*$/.test(s)) {
    return s.replace(/^(\d{3})(\d)/, '$1.$2').replace(/^(\d{3})\.(\d{3})(\d)/, '$1.$2.$3').replace(/\.(\d{3})(\d{1,2})$/, '.$1-$2');
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i === 2 || i === 5) out += '.';
    if (i === 8) out += '/';
    if (i === 12) out += '-';
    out += s[i];
  }
  return out;
}

export function maskPhone(raw: string): string {
  const d = phoneDigits(raw).slice(0, 11);
  if (d.length <= 2) return d.length ? `(${d}` : '';
  const ddd = d.slice(0, 2);
  const rest = d.slice(2);
  if (rest.length <= 4) return `(${ddd}) ${rest}`;
  const split = rest.length === 9 ? 5 : 4;
  return `(${ddd}) ${rest.slice(0, split)}-${rest.slice(split)}`;
}

export function maskCep(raw: string): string {
  const d = raw.replace(/\D/g, '').slice(0, 8);
  return d.length > 5 ? `${d.slice(0, 5)}-${d.slice(5)}` : d;
}

/** dd/mm/aaaa while typing digits. */
export function maskDateBR(raw: string): string {
  const d = raw.replace(/\D/g, '').slice(0, 8);
  if (d.length <= 2) return d;
  if (d.length <= 4) return `${d.slice(0, 2)}/${d.slice(2)}`;
  return `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
}

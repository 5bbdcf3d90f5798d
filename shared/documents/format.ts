// Small text helpers shared by the document definitions (pt-BR formats).
import { formatCpfCnpj } from '../br/cpf-cnpj';
import { formatCep, formatPhoneBR } from '../br/format';
import { formatBRL } from '../money/brl';
import { formatDateBR } from '../dates/calendar';
import type { InstallmentDoc, PartyDoc, PostalAddress, ShopProfileDoc } from './types';

export const brl = formatBRL;
export const dateBR = formatDateBR;

const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];

/** '2026-03-05' -> '5 de março de 2026'. */
export function longDateBR(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d ?? ''} de ${MONTHS[(m ?? 1) - 1] ?? ''} de ${y ?? ''}`;
}

/** "CPF 529.982.247-25" / "CNPJ 11.222.333/0001-81" / '' for nothing. */
export function documentLabel(doc: string | null | undefined): string {
  if (!doc || doc.trim() === '') return '';
  const compact = doc.replace(/[\s.\-/]/g, '');
  const kind = compact.length === 14 ? 'CNPJ' : compact.length === 11 ? 'CPF' : 'CPF/CNPJ';
  return `${kind} ${formatCpfCnpj(doc)}`;
}

/** Street line: "Rua das Flores, 123, apto 4". */
export function streetLine(a: PostalAddress): string {
  return [a.street, a.number, a.complement].map((s) => s.trim()).filter((s) => s !== '').join(', ');
}

/** City line: "Centro - São Paulo/SP - CEP 01310-100". */
export function cityLine(a: PostalAddress): string {
  const city = [a.city.trim(), a.uf.trim()].filter((s) => s !== '').join('/');
  const cep = a.cep.trim() === '' ? '' : `CEP ${formatCep(a.cep)}`;
  return [a.district.trim(), city, cep].filter((s) => s !== '').join(' - ');
}

/** The whole address on one line. */
export function addressLine(a: PostalAddress | null | undefined): string {
  if (!a) return '';
  return [streetLine(a), cityLine(a)].filter((s) => s !== '').join(' - ');
}

export function shopDisplayName(shop: ShopProfileDoc): string {
  const trade = shop.tradeName?.trim() ?? '';
  return trade !== '' ? trade : shop.name.trim();
}

/** "(11) 91234-5678 · loja@exemplo.com" */
export function contactLine(phone?: string | null, email?: string | null): string {
  const parts: string[] = [];
  if (phone && phone.trim() !== '') parts.push(formatPhoneBR(phone));
  if (email && email.trim() !== '') parts.push(email.trim());
  return parts.join(' · ');
}

export function partyContactLine(p: PartyDoc): string {
  const phones = (p.phones ?? []).filter((s) => s.trim() !== '').map(formatPhoneBR);
  return [...phones, ...(p.email ? [p.email] : [])].join(' · ');
}

/** Cuts a text to `max` characters with an ellipsis, on a word boundary when possible. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Fine + interest of an installment's charges (0 when not late). */
export function chargesOf(i: InstallmentDoc): { fine: number; interest: number; daysLate: number } {
  const c = i.charges;
  return c ? { fine: c.fineCents, interest: c.interestCents, daysLate: c.daysLate } : { fine: 0, interest: 0, daysLate: 0 };
}

/** Open principal + fine + interest. */
export function totalDue(i: InstallmentDoc): number {
  const c = chargesOf(i);
  return i.openCents + c.fine + c.interest;
}

/** "2,5%" with a decimal comma and no trailing zeros. */
export function percentBR(p: number): string {
  return `${String(Math.round(p * 100) / 100).replace('.', ',')}%`;
}

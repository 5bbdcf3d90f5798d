// Fills the `{campo}` fields of a letter template from the letter's data.
import { addressLine, brl, documentLabel, longDateBR, dateBR, shopDisplayName } from '../format';
import { formatPhoneBR } from '../../br/format';
import { installmentTotals } from '../tables';
import type { LetterData } from '../types';
import type { LetterField } from './templates';

export function letterFields(d: LetterData): Record<LetterField, string> {
  const t = installmentTotals(d.installments);
  const first = d.customer.name.trim().split(/\s+/)[0] ?? d.customer.name;
  return {
    nome: first,
    nome_completo: d.customer.name.trim(),
    documento_cliente: documentLabel(d.customer.document) || 'CPF não informado',
    endereco_cliente: addressLine(d.customer.address) || 'endereço não informado',
    loja: shopDisplayName(d.shop),
    loja_razao: d.shop.name.trim(),
    documento_loja: documentLabel(d.shop.document),
    endereco_loja: addressLine(d.shop.address),
    telefone_loja: d.shop.phone ? formatPhoneBR(d.shop.phone) : 'da loja',
    valor: brl(t.totalCents),
    valor_original: brl(t.openCents),
    acrescimos: brl(t.fineCents + t.interestCents),
    data: longDateBR(d.date),
    prazo: dateBR(d.deadline),
    tabela: '{tabela}',
  };
}

const FIELD_RE = /\{([a-z_]+)\}/g;

/** Replaces known fields; unknown `{...}` text is left as written. */
export function fillLetterText(text: string, fields: Record<string, string>): string {
  return text.replace(FIELD_RE, (whole, name: string) => (Object.prototype.hasOwnProperty.call(fields, name) ? (fields[name] ?? whole) : whole));
}

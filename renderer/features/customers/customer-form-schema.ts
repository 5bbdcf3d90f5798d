// The customer form as typed on screen (masked text), validated with zod, and its mapping to
// the repository's input (digits, centavos).
import { z } from 'zod';
import { isValidCnpj, isValidCpf } from '@shared/br/cpf-cnpj';
import { parseBRL } from '@shared/money/brl';
import type { CustomerInput } from '../../db/customers';
import type { CustomerRow } from '../../db/types';
import { UFS } from '../../db/customer-schema';
import { formatCpfCnpj } from '@shared/br/cpf-cnpj';
import { maskCep, maskPhone } from '../../components/masks';
import { formatDecimalBR } from '@shared/money/brl';

const moneyText = z.string().trim().refine((s) => {
  if (s === '') return true;
  try {
    return parseBRL(s) >= 0;
  } catch {
    return false;
  }
}, 'Valor inválido. Exemplos: 500 ou 1.250,00');

export const customerFormSchema = z.object({
  name: z.string().trim().min(2, 'Informe o nome do cliente (ao menos 2 letras).').max(120, 'Nome longo demais (máximo 120 caracteres).'),
  kind: z.enum(['PF', 'PJ']),
  document: z.string().trim().refine((s) => s === '' || isValidCpf(s) || isValidCnpj(s), 'CPF ou CNPJ inválido: confira os números.'),
  phones: z.array(z.object({
    number: z.string().trim().refine((s) => s === '' || (s.replace(/\D/g, '').length >= 10 && s.replace(/\D/g, '').length <= 11), 'Telefone inválido: informe DDD e número.'),
    whatsapp: z.boolean(),
  })).max(3),
  email: z.string().trim().refine((s) => s === '' || z.email().safeParse(s).success, 'E-mail inválido.'),
  cep: z.string().trim().refine((s) => s === '' || /^\d{5}-?\d{3}$/.test(s), 'CEP inválido (use 00000-000).'),
  street: z.string().max(120, 'Rua: máximo de 120 caracteres.'),
  number: z.string().max(20, 'Número: máximo de 20 caracteres.'),
  complement: z.string().max(60, 'Complemento: máximo de 60 caracteres.'),
  district: z.string().max(60, 'Bairro: máximo de 60 caracteres.'),
  city: z.string().max(60, 'Cidade: máximo de 60 caracteres.'),
  // The states the repository takes (UFS): a made-up "XX" is said with the other fields' errors.
  uf: z.string().trim().refine((s) => s === '' || (UFS as readonly string[]).includes(s.toUpperCase()), 'UF inválida: use a sigla do estado, como SP ou MG.'),
  creditLimit: moneyText,
  notes: z.string().max(2000, 'Observações: máximo de 2000 caracteres.'),
}).superRefine((f, ctx) => {
  const d = f.document.replace(/[^0-9A-Za-z]/g, '');
  if (f.kind === 'PF' && d.length === 14) ctx.addIssue({ code: 'custom', path: ['document'], message: 'Pessoa física usa CPF (11 números).' });
  if (f.kind === 'PJ' && d.length === 11) ctx.addIssue({ code: 'custom', path: ['document'], message: 'Pessoa jurídica usa CNPJ (14 caracteres).' });
});

export type CustomerFormValues = z.infer<typeof customerFormSchema>;

export const EMPTY_CUSTOMER: CustomerFormValues = {
  name: '', kind: 'PF', document: '', phones: [{ number: '', whatsapp: true }], email: '', cep: '', street: '', number: '', complement: '', district: '', city: '', uf: '', creditLimit: '', notes: '',
};

export function toCustomerInput(f: CustomerFormValues): CustomerInput {
  const hasAddress = [f.cep, f.street, f.number, f.district, f.city, f.uf].some((s) => s.trim());
  return {
    name: f.name,
    kind: f.kind,
    document: f.document.trim() || null,
    phones: f.phones.filter((p) => p.number.trim()).map((p) => ({ number: p.number, whatsapp: p.whatsapp })),
    email: f.email.trim() || null,
    address: hasAddress ? { cep: f.cep, street: f.street, number: f.number, complement: f.complement, district: f.district, city: f.city, uf: f.uf } : null,
    creditLimitCents: f.creditLimit.trim() ? parseBRL(f.creditLimit) : null,
    notes: f.notes,
  };
}

export function fromCustomer(c: CustomerRow): CustomerFormValues {
  const a = c.address;
  return {
    name: c.name, kind: c.kind, document: c.document ? formatCpfCnpj(c.document) : '',
    phones: c.phones.length ? c.phones.map((p) => ({ number: maskPhone(p.number), whatsapp: p.whatsapp })) : [{ number: '', whatsapp: true }],
    email: c.email ?? '', cep: a?.cep ? maskCep(a.cep) : '', street: a?.street ?? '', number: a?.number ?? '', complement: a?.complement ?? '', district: a?.district ?? '', city: a?.city ?? '', uf: a?.uf ?? '',
    creditLimit: c.creditLimitCents === null ? '' : formatDecimalBR(c.creditLimitCents), notes: c.notes,
  };
}

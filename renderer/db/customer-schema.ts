// zod schema of the customer form, with Portuguese messages and normalisation.
import { z } from 'zod';
import { isValidCnpj, isValidCpf, normalizeCnpj } from '@shared/br/cpf-cnpj';

export const UFS = ['AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO'] as const;

const text = (max: number, label: string) => z.string().trim().max(max, `${label}: máximo de ${max} caracteres.`);

export const addressSchema = z.object({
  cep: z.string().trim().refine((s) => s === '' || /^\d{5}-?\d{3}$/.test(s), 'CEP inválido (use 00000-000).').transform((s) => s.replace(/\D/g, '')),
  street: text(120, 'Rua'),
  number: text(20, 'Número'),
  complement: text(60, 'Complemento'),
  district: text(60, 'Bairro'),
  city: text(60, 'Cidade'),
  uf: z.string().trim().toUpperCase().refine((s) => s === '' || (UFS as readonly string[]).includes(s), 'UF inválida.'),
});

export const phoneSchema = z.object({
  number: z
    .string()
    .trim()
    .refine((s) => {
      const d = s.replace(/\D/g, '');
      return d.length >= 8 && d.length <= 13 && /^[\d\s()+.-]+$/.test(s);
    }, 'Telefone inválido: informe DDD e número.'),
  whatsapp: z.boolean().default(false),
  label: text(30, 'Rótulo').optional(),
});

/** '' / null / undefined -> null; otherwise a normalised valid CPF (digits) or CNPJ. */
const documentSchema = z
  .string()
  .trim()
  .nullish()
  .transform((s, ctx) => {
    if (!s) return null;
    if (isValidCpf(s)) return s.replace(/\D/g, '');
    if (isValidCnpj(s)) return normalizeCnpj(s);
    ctx.addIssue({ code: 'custom', message: 'CPF ou CNPJ inválido: confira os números.' });
    return z.NEVER;
  });

const emailSchema = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s.toLowerCase() : null))
  .refine((s) => s === null || z.email().safeParse(s).success, 'E-mail inválido.');

export const customerInputSchema = z.object({
  name: z
    .string({ error: 'Informe o nome do cliente.' })
    .trim()
    .min(2, 'Informe o nome do cliente (ao menos 2 letras).')
    .max(120, 'Nome longo demais (máximo 120 caracteres).'),
  kind: z.enum(['PF', 'PJ'], 'Tipo de pessoa inválido.').optional(),
  document: documentSchema,
  phones: z.array(phoneSchema).max(5, 'No máximo 5 telefones.').default([]),
  email: emailSchema,
  address: addressSchema.nullish().transform((a) => a ?? null),
  creditLimitCents: z
    .number({ error: 'Limite de crédito inválido.' })
    .int('Limite de crédito inválido.')
    .min(0, 'O limite de crédito não pode ser negativo.')
    .max(100_000_000_00, 'Limite de crédito alto demais.')
    .nullish()
    .transform((n) => n ?? null),
  notes: text(2000, 'Observações').default(''),
});

export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerFields = z.output<typeof customerInputSchema>;

// zod schemas of each settings section (Portuguese messages for the settings screen).
import { z } from 'zod';
import { isSaneIsoDate } from './validation';
import { validatePolicy, type CollectionPolicy } from '@shared/collections/policy';
import { isDomainError } from '@shared/errors';
import { MAX_FINE_PERCENT } from '@shared/guards/charge-policy';
import { addressSchema } from './customer-schema';

const pct = (label: string, max: number) =>
  z.number({ error: `Informe ${label}.` }).min(0, `${label} não pode ser negativo(a).`).max(max, `${label} acima do permitido (${max}).`);

const isoDate = z.string().refine(isSaneIsoDate, 'Data inválida.');

export const settingsSchemas = {
  shop: z.object({
    name: z.string().trim().max(120, 'Nome longo demais.'),
    tradeName: z.string().trim().max(120, 'Nome fantasia longo demais.'),
    document: z.string().trim().max(20, 'CPF/CNPJ inválido.'),
    address: addressSchema.nullable(),
    phone: z.string().trim().max(30, 'Telefone inválido.'),
    email: z.string().trim().max(120, 'E-mail inválido.'),
    pixKey: z.string().trim().max(77, 'Chave Pix longa demais.'),
    logoDataUrl: z.string().max(2_000_000, 'Logotipo grande demais.').nullable(),
  }),
  charges: z.object({
    // One fine for every customer, consumers included: at most 2% (CDC art. 52, § 1º).
    finePercent: z.number({ error: 'Informe a multa.' }).min(0, 'A multa não pode ser negativa.').max(MAX_FINE_PERCENT.PF, 'Multa acima de 2% não é permitida para consumidor pessoa física (CDC, art. 52, § 1º).'),
    monthlyInterestPercent: pct('Os juros', 20),
    graceDays: z.number().int('Dias de tolerância: use um número inteiro.').min(0).max(60, 'Tolerância máxima de 60 dias.'),
    extraHolidays: z.array(isoDate).max(200),
  }),
  collection: z.custom<CollectionPolicy>().superRefine((p, ctx) => {
    try {
      validatePolicy(p);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: isDomainError(e) ? e.message : 'Régua de cobrança inválida.' });
    }
  }),
  general: z.object({
    minimumWageCents: z.number().int().positive('Informe o salário mínimo.'),
    overpaymentMode: z.enum(['credit', 'refuse'], 'Modo de pagamento a maior inválido.'),
    closingDay: z.number().int().min(1, 'Dia de fechamento entre 1 e 28.').max(28, 'Dia de fechamento entre 1 e 28.'),
    tabDueDays: z.number().int().min(0).max(60, 'Prazo máximo de 60 dias.'),
    printerWidth: z.enum(['58mm', '80mm', 'a4'], 'Largura de impressora inválida.'),
    timeZone: z.string().min(1).max(60),
  }),
  holidays: z.array(z.object({ date: isoDate, name: z.string().trim().min(1, 'Informe o nome do feriado.').max(80) })).max(200),
  numbering: z.object({ digits: z.number().int().min(4, 'Use de 4 a 10 dígitos.').max(10, 'Use de 4 a 10 dígitos.') }),
  templates: z.record(z.string(), z.string().max(2000, 'Modelo longo demais (máximo 2000 caracteres).')),
  letters: z.record(z.string().max(60), z.string().max(8000, 'Carta longa demais (máximo 8000 caracteres).')),
} as const;

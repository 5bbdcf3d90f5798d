// zod schemas of the sale forms.
import { z } from 'zod';
import { isSaneIsoDate } from './validation';

const cents = (label: string) =>
  z.number({ error: `Informe ${label}.` }).int(`${label}: use centavos inteiros.`).min(0, `${label} não pode ser negativo(a).`).max(1_000_000_000_00, `${label} alto(a) demais.`);
const isoDate = (label: string) => z.string({ error: `Informe ${label}.` }).refine(isSaneIsoDate, `Data inválida para ${label}.`);

export const saleItemSchema = z.object({
  description: z.string().trim().min(1, 'Descreva o item.').max(200, 'Descrição do item longa demais.'),
  quantity: z.number().positive('Quantidade deve ser maior que zero.').max(1_000_000),
  unitCents: cents('o preço unitário'),
  totalCents: cents('o total do item'),
});

export const overrideSchema = z.object({
  reason: z.string().trim().min(3, 'Informe o motivo da liberação pelo gerente.').max(500),
  by: z.string().trim().max(60).optional(),
});

const base = {
  customerId: z.string().min(1, 'Escolha o cliente.'),
  date: isoDate('a data da venda'),
  description: z.string().trim().max(500, 'Descrição longa demais.').default(''),
  items: z.array(saleItemSchema).max(500).default([]),
  totalCents: cents('o valor total').refine((n) => n > 0, 'O valor total deve ser maior que zero.'),
  override: overrideSchema.optional(),
};

const plannedRow = z.object({ dueDate: isoDate('o vencimento'), amountCents: cents('o valor da parcela').refine((n) => n > 0, 'Parcela com valor zero.'), boletoCode: z.string().trim().max(60).optional() });

export const creditSaleSchema = z.object({
  ...base,
  downPaymentCents: cents('a entrada').default(0),
  plan: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('plan'),
      count: z.number().int('Número de parcelas inválido.').min(1, 'Ao menos 1 parcela.').max(600, 'No máximo 600 parcelas.'),
      firstDueDate: isoDate('o primeiro vencimento'),
      every: z.union([z.enum(['month', 'week', 'fortnight']), z.object({ days: z.number().int().min(1).max(365) })]).default('month'),
    }),
    z.object({ kind: z.literal('rows'), rows: z.array(plannedRow).min(1, 'Informe ao menos uma parcela.').max(600, 'No máximo 600 parcelas.') }),
  ]),
});

export const tabEntrySchema = z.object(base);

export type CreditSaleInput = z.input<typeof creditSaleSchema>;
export type TabEntryInput = z.input<typeof tabEntrySchema>;
export type ManagerOverride = z.input<typeof overrideSchema>;

// zod schemas of the collection forms.
import { z } from 'zod';
import { isSaneIsoDate } from './validation';

const isoDate = (label: string) => z.string({ error: `Informe ${label}.` }).refine(isSaneIsoDate, `Data inválida para ${label}.`);

export const CONTACT_CHANNELS = ['whatsapp', 'email', 'phone', 'letter', 'visit', 'internal', 'sms'] as const;
export const CONTACT_OUTCOMES = ['sem_resposta', 'prometeu_pagar', 'pagou', 'recusou', 'numero_errado', 'outro'] as const;

export const contactSchema = z
  .object({
    customerId: z.string().min(1, 'Escolha o cliente.'),
    at: z.string().datetime({ offset: true, error: 'Data e hora inválidas.' }).optional(),
    channel: z.enum(CONTACT_CHANNELS, 'Canal de contato inválido.'),
    direction: z.enum(['saida', 'entrada'], 'Direção inválida.').default('saida'),
    outcome: z.enum(CONTACT_OUTCOMES, 'Resultado do contato inválido.'),
    promisedDate: isoDate('a data prometida').nullish(),
    promisedCents: z.number().int('Valor inválido.').positive('O valor prometido deve ser maior que zero.').max(1_000_000_000_00).nullish(),
    notes: z.string().trim().max(2000, 'Anotação longa demais (máximo 2000 caracteres).').default(''),
    documentId: z.string().nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.outcome === 'prometeu_pagar' && (!c.promisedDate || !c.promisedCents)) {
      ctx.addIssue({ code: 'custom', path: ['promisedDate'], message: 'Informe a data e o valor prometidos.' });
    }
  });

export type ContactInput = z.input<typeof contactSchema>;

export const renegotiationSchema = z.object({
  customerId: z.string().min(1, 'Escolha o cliente.'),
  installmentIds: z.array(z.string()).min(1, 'Escolha ao menos uma parcela.').max(600).optional(),
  discount: z.object({ on: z.enum(['charges', 'total']), cents: z.number().int().min(0).optional(), percent: z.number().min(0).max(100).optional() }).optional(),
  downPaymentCents: z.number().int().min(0, 'A entrada não pode ser negativa.').default(0),
  count: z.number().int('Número de parcelas inválido.').min(0).max(120, 'No máximo 120 parcelas.'),
  firstDueDate: isoDate('o primeiro vencimento'),
  every: z.union([z.enum(['month', 'week', 'fortnight']), z.object({ days: z.number().int().min(1).max(365) })]).default('month'),
  notes: z.string().trim().max(2000).default(''),
});

export type RenegotiationInput = z.input<typeof renegotiationSchema>;

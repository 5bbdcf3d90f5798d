// Sample data for template previews (settings screen) and for tests. Fictional people and
// documents with valid check digits.
import { dueDateFactor, mod11Barcode } from '../br/boleto';
import { DEFAULT_LETTER_TEMPLATES } from './letters/templates';
import type { DocumentJob } from './registry';
import type { ChargesPolicyDoc, InstallmentDoc, PartyDoc, ShopProfileDoc } from './types';

export const SAMPLE_SHOP: ShopProfileDoc = {
  name: 'Armarinho São José Comércio de Tecidos Ltda.',
  tradeName: 'Armarinho São José',
  document: '11222333000181',
  address: { street: 'Rua Coronel Antônio Prudente', number: '1.250', complement: 'Loja 2', district: 'Centro', city: 'São José dos Campos', uf: 'SP', cep: '12245000' },
  phone: '12991234567',
  email: 'contato@armarinhosaojose.com.br',
  pixKey: '11.222.333/0001-81',
  logoDataUrl: null,
};

export const SAMPLE_POLICY: ChargesPolicyDoc = { finePercent: 2, monthlyInterestPercent: 1, graceDays: 0 };

export const SAMPLE_CUSTOMER: PartyDoc = {
  name: 'Maria Aparecida da Conceição',
  document: '52998224725',
  address: { street: 'Rua das Acácias', number: '45', complement: 'Casa 2', district: 'Jardim Paulista', city: 'São José dos Campos', uf: 'SP', cep: '12216540' },
  phones: ['12988887777'],
  email: 'maria.conceicao@exemplo.com.br',
};

/** A customer whose name and address are as long as the forms allow, to test wrapping. */
export const SAMPLE_LONG_CUSTOMER: PartyDoc = {
  name: 'Francisco de Assis Albuquerque Cavalcanti de Vasconcellos Gonçalves Fernandes Júnior',
  document: '11144477735',
  address: {
    street: 'Avenida Engenheiro Francisco José Longo de Albuquerque Cavalcanti e Vasconcellos',
    number: '12.345',
    complement: 'Bloco C, apartamento 1.203, fundos',
    district: 'Conjunto Habitacional Presidente Juscelino Kubitschek',
    city: 'São José dos Campos',
    uf: 'SP',
    cep: '12230000',
  },
  phones: ['12988887777', '1239211234'],
  email: null,
};

/** Installments of a 6-part sale of R$ 600,00; 1 paid, 2 late (charges as of 2026-03-20), 3 to come. */
export function sampleInstallments(asOf = '2026-03-20'): InstallmentDoc[] {
  const base = { count: 6, amountCents: 10000, saleDescription: 'Tecidos, linhas e aviamentos', saleDate: '2025-12-05' };
  return [
    { ...base, id: '01JG4Z8K0M6V2Q9R3T5W7Y1A2B', number: 2, dueDate: '2026-02-05', openCents: 10000, charges: { asOf, daysLate: 43, fineCents: 200, interestCents: 143 } },
    { ...base, id: '01JG4Z8K0M6V2Q9R3T5W7Y1A2C', number: 3, dueDate: '2026-03-05', openCents: 10000, charges: { asOf, daysLate: 15, fineCents: 200, interestCents: 50 } },
    { ...base, id: '01JG4Z8K0M6V2Q9R3T5W7Y1A2D', number: 4, dueDate: '2026-04-05', openCents: 10000 },
    { ...base, id: '01JG4Z8K0M6V2Q9R3T5W7Y1A2E', number: 5, dueDate: '2026-05-05', openCents: 10000 },
    { ...base, id: '01JG4Z8K0M6V2Q9R3T5W7Y1A2F', number: 6, dueDate: '2026-06-05', openCents: 10000 },
  ];
}

/** A made-up registered boleto barcode (bank 237) with valid check digits, for `amountCents` due on `dueDate`. */
export function sampleBoletoBarcode(dueDate: string, amountCents: number): string {
  const body = `2379${String(dueDateFactor(dueDate)).padStart(4, '0')}${String(amountCents).padStart(10, '0')}0000125000220191391234567`;
  const dv = mod11Barcode(body);
  return `${body.slice(0, 4)}${dv}${body.slice(4)}`;
}

export const SAMPLE_RECEIPT_LINES = [
  { label: 'Parcela 2/6 — venc. 05/02/2026', principalCents: 10000, fineCents: 200, interestCents: 143 },
  { label: 'Parcela 3/6 — venc. 05/03/2026', principalCents: 4657, fineCents: 0, interestCents: 0 },
];

/** One job of every document kind, with the samples above (previews, tests). */
export function sampleJobs(): DocumentJob[] {
  const inst = sampleInstallments();
  const letter = {
    shop: SAMPLE_SHOP,
    customer: SAMPLE_CUSTOMER,
    policy: SAMPLE_POLICY,
    installments: inst.slice(0, 2),
    date: '2026-03-20',
    deadline: '2026-03-31',
    template: DEFAULT_LETTER_TEMPLATES.aviso_atraso,
  };
  return [
    { kind: 'slips', data: { shop: SAMPLE_SHOP, policy: SAMPLE_POLICY, issuedOn: '2026-03-20', slips: inst.map((installment) => ({ customer: SAMPLE_CUSTOMER, installment })) } },
    { kind: 'letter', data: letter },
    { kind: 'letters', data: { letters: [letter, letter] } },
    {
      kind: 'receipt',
      data: { shop: SAMPLE_SHOP, customer: SAMPLE_CUSTOMER, number: 'C1-000153', date: '2026-03-20', amountCents: 15000, method: 'Pix', lines: SAMPLE_RECEIPT_LINES, format: 'thermal80' },
    },
    {
      kind: 'agreement',
      data: {
        shop: SAMPLE_SHOP,
        customer: SAMPLE_CUSTOMER,
        number: 'C1-000160',
        date: '2026-03-20',
        replaced: inst.slice(0, 2),
        debtCents: 20593,
        discountCents: 593,
        downPaymentCents: 5000,
        installments: [{ number: 1, dueDate: '2026-04-20', amountCents: 15000 }],
        policy: SAMPLE_POLICY,
      },
    },
    {
      kind: 'statement',
      data: { shop: SAMPLE_SHOP, customer: SAMPLE_CUSTOMER, from: '2026-01-01', to: '2026-03-20', openingBalanceCents: 0, entries: [], openInstallments: inst, issuedOn: '2026-03-20' },
    },
    {
      kind: 'dossier',
      data: {
        shop: SAMPLE_SHOP,
        customer: SAMPLE_CUSTOMER,
        date: '2026-03-20',
        minimumWageCents: 162100,
        policy: SAMPLE_POLICY,
        sales: [{ date: '2025-12-05', description: 'Tecidos', totalCents: 60000, downPaymentCents: 0, installments: inst }],
        payments: [],
        contacts: [],
        documents: [],
      },
    },
  ];
}

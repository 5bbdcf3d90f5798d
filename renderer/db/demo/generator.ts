// Deterministic demo data: a Brazilian shop with 18 months of credit sales, punctual and late
// payers, chronic defaulters, agreements (kept and broken), fiado tabs and collection contacts.
// Same seed and today -> the same rows. Sizes: 'tiny' (smoke), 'demo' (~60), 'large' (bench).
import { addDays, daysBetween } from './days';
import type { CollectionRow, ContactRow, CounterRow, CustomerRow, InstallmentRow, SettingRow } from '../types';
import { createRng, type Rng } from './prng';
import { randomCustomer } from './people';
import { Book } from './book';
import { ITEMS, RESPONSIBLES, TAB_ITEMS } from './names';
import { simulateTabs } from './tabs';
import type { Dataset } from '../import';
import { newestPromises } from '../last-promise';

export type DatasetSize = 'tiny' | 'demo' | 'large';

export interface DatasetSpec {
  customers: number;
  installments: number;
}

export const SIZES: Record<DatasetSize, DatasetSpec> = {
  tiny: { customers: 12, installments: 120 },
  demo: { customers: 60, installments: 900 },
  large: { customers: 10_000, installments: 200_000 },
};

type Behaviour = 'punctual' | 'late' | 'defaulter' | 'agreement';

function quotas(rng: Rng, spec: DatasetSpec): number[] {
  const avg = spec.installments / spec.customers;
  const q = Array.from({ length: spec.customers }, () => Math.max(1, Math.round(avg * (0.4 + rng.next() * 1.2))));
  let sum = q.reduce((s, x) => s + x, 0);
  while (sum !== spec.installments) {
    const i = rng.int(0, q.length - 1);
    const v = q[i] ?? 1;
    if (sum > spec.installments && v > 1) {
      q[i] = v - 1;
      sum--;
    } else if (sum < spec.installments) {
      q[i] = v + 1;
      sum++;
    }
  }
  return q;
}

function pickBehaviour(rng: Rng): Behaviour {
  const r = rng.next();
  return r < 0.5 ? 'punctual' : r < 0.8 ? 'late' : r < 0.92 ? 'defaulter' : 'agreement';
}

const METHODS = ['dinheiro', 'pix', 'pix', 'pix', 'debito', 'credito', 'transferencia'] as const;

class Shop {
  readonly book: Book;
  readonly customers: CustomerRow[] = [];
  readonly collection: CollectionRow[] = [];

  constructor(
    readonly rng: Rng,
    readonly today: string,
    deviceId: string,
  ) {
    this.book = new Book(rng, deviceId, 'D1');
  }

  carnes(customerId: string, start: string, quota: number): InstallmentRow[] {
    const out: InstallmentRow[] = [];
    let t = start;
    let left = quota;
    const last = addDays(this.today, -1);
    while (left > 0) {
      const n = Math.min(left, this.rng.pick([2, 3, 4, 5, 6, 8, 10, 10, 12, 12, 12]));
      const each = this.rng.int(15, 250) * 100 - this.rng.pick([0, 10, 1]);
      const total = each * n;
      const down = this.rng.chance(0.25) ? Math.round((total * this.rng.int(10, 30)) / 100) : 0;
      out.push(...this.book.carne(customerId, t, this.rng.pick(ITEMS), total + down, down, n, addDays(t, this.rng.int(25, 35))));
      left -= n;
      t = addDays(t, this.rng.int(20, 90));
      if (t > last) t = addDays(this.today, -this.rng.int(1, 60));
    }
    return out;
  }

  /** Payments by behaviour up to today; defaulters stop at `stop`. */
  payAll(insts: InstallmentRow[], behaviour: Behaviour, stop: string): void {
    const method = this.rng.pick(METHODS);
    for (const inst of insts) {
      if (inst.status !== 'open' || inst.dueDate >= this.today) continue;
      if ((behaviour === 'defaulter' || behaviour === 'agreement') && inst.dueDate > stop) {
        if (this.rng.chance(0.1)) this.tryPay(inst, addDays(inst.dueDate, this.rng.int(5, 40)), Math.floor(inst.amountCents / 3));
        continue;
      }
      if (behaviour === 'punctual') {
        this.tryPay(inst, addDays(inst.dueDate, -this.rng.int(0, 5)), undefined, method);
      } else if (this.rng.chance(0.1)) {
        const first = addDays(inst.dueDate, this.rng.int(3, 20));
        this.tryPay(inst, first, Math.floor(inst.amountCents / 2), method);
        this.tryPay(inst, addDays(first, this.rng.int(5, 25)), undefined, method);
      } else {
        this.tryPay(inst, addDays(inst.dueDate, behaviour === 'late' ? this.rng.int(3, 40) : this.rng.int(0, 15)), undefined, method);
      }
    }
  }

  tryPay(inst: InstallmentRow, on: string, amount?: number, method: (typeof METHODS)[number] = 'dinheiro'): void {
    if (on > this.today || on < inst.createdAt.slice(0, 10)) return;
    const p = this.book.pay(inst, on, method, amount);
    if (!p || inst.status === 'paid') return;
  }

  contacts(customerId: string, insts: InstallmentRow[], behaviour: Behaviour): ContactRow[] {
    const out: ContactRow[] = [];
    for (const inst of insts) {
      if (inst.dueDate >= this.today) continue;
      const paidOn = inst.paidDate !== null && inst.paidDate < this.today ? inst.paidDate : this.today;
      const late = Math.max(0, daysBetween(inst.dueDate, paidOn));
      if (behaviour === 'punctual' || late < 4) {
        if (this.rng.chance(0.03)) out.push(this.book.contact(customerId, addDays(inst.dueDate, -2), { channel: 'whatsapp', outcome: 'outro', notes: 'Lembrete de vencimento' }));
        continue;
      }
      if (!this.rng.chance(behaviour === 'late' ? 0.45 : 0.8)) continue;
      const n = behaviour === 'late' ? 1 : this.rng.int(1, 3);
      for (let k = 0; k < n; k++) {
        const d = addDays(inst.dueDate, this.rng.int(2, Math.max(2, Math.min(late - 1, 60))));
        if (d > this.today) continue;
        const promise = this.rng.chance(0.4);
        out.push(
          this.book.contact(customerId, d, {
            channel: this.rng.pick(['whatsapp', 'whatsapp', 'phone', 'visit', 'sms'] as const),
            outcome: promise ? 'prometeu_pagar' : this.rng.pick(['sem_resposta', 'sem_resposta', 'recusou', 'numero_errado', 'outro'] as const),
            promisedDate: promise ? addDays(d, this.rng.int(2, 10)) : null,
            promisedCents: promise ? inst.amountCents : null,
            notes: promise ? 'Disse que paga quando receber o salário' : '',
          }),
        );
      }
    }
    return out;
  }

  customer(quota: number, used: Set<string>): void {
    const rng = this.rng;
    const start = addDays(this.today, -rng.int(30, 420));
    const c: CustomerRow = { ...this.book.meta(addDays(start, -rng.int(0, 20)), 11), ...randomCustomer(rng, used) };
    this.customers.push(c);
    const behaviour = pickBehaviour(rng);
    const stop = addDays(this.today, -rng.int(60, 300));
    const fiado = rng.chance(0.1) && c.kind === 'PF';
    const tabbed = fiado ? simulateTabs(this.book, c.id, start, this.today, Math.min(quota, 14), TAB_ITEMS) : [];
    const insts = [...tabbed, ...(quota > tabbed.length ? this.carnes(c.id, start, quota - tabbed.length) : [])].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
    this.payAll(insts, behaviour, stop);
    let agreement = null;
    const agreementOn = addDays(stop, rng.int(45, 120));
    if (behaviour === 'agreement' && agreementOn <= addDays(this.today, -5)) {
      agreement = this.book.renegotiate(c.id, insts, agreementOn, rng.int(2, 6), rng.pick([0, 0, 50, 100]));
      if (agreement) {
        const keeps = rng.chance(0.7);
        const paidCount = keeps ? agreement.news.length : rng.int(0, 1);
        agreement.news.slice(0, paidCount).forEach((n) => this.tryPay(n, addDays(n.dueDate, -rng.int(0, 3)), undefined, 'pix'));
        insts.filter((i) => i.dueDate > agreementOn && i.status === 'open' && keeps).forEach((i) => this.tryPay(i, i.dueDate, undefined, 'pix'));
        this.settleAgreement(agreement.agreement.id, agreement.news);
      }
    }
    const contacts = this.contacts(c.id, [...insts, ...(agreement?.news ?? [])], behaviour);
    this.collectionRow(c, contacts, behaviour);
  }

  settleAgreement(id: string, news: InstallmentRow[]): void {
    const a = this.book.agreements.find((x) => x.id === id);
    if (!a) return;
    const overdue = news.find((n) => n.status === 'open' && addDays(n.dueDate, 10) < this.today);
    if (news.every((n) => n.status === 'paid')) Object.assign(a, { status: 'fulfilled', statusDate: news.reduce((m, n) => (n.paidDate && n.paidDate > m ? n.paidDate : m), a.date), statusReason: 'Todas as parcelas do acordo pagas' });
    else if (overdue) Object.assign(a, { status: 'broken', statusDate: addDays(overdue.dueDate, 11), statusReason: 'Parcela do acordo com mais de 10 dias de atraso' });
  }

  collectionRow(c: CustomerRow, contacts: ContactRow[], behaviour: Behaviour): void {
    const last = contacts.reduce<ContactRow | null>((m, x) => (m === null || x.at > m.at ? x : m), null);
    const hard = behaviour === 'defaulter';
    if (!last && !hard) return;
    const rng = this.rng;
    const pause = hard && rng.chance(0.05);
    const override = hard && !pause && rng.chance(0.05);
    const at = last?.createdAt ?? c.createdAt;
    this.collection.push({
      id: c.id,
      createdAt: at,
      updatedAt: at,
      deviceId: c.deviceId,
      customerId: c.id,
      stageOverride: override ? 'juridico' : null,
      overrideReason: override ? 'Encaminhado ao advogado' : null,
      pausedUntil: pause ? addDays(this.today, rng.int(3, 30)) : null,
      pauseReason: pause ? 'Desempregado; combinou voltar a pagar' : null,
      responsible: hard ? rng.pick(RESPONSIBLES) : null,
      nextAction: hard && rng.chance(0.3) ? { date: addDays(this.today, rng.int(-3, 7)), text: 'Ligar para combinar pagamento' } : null,
      lastRunStage: null,
      lastContact: last ? { id: last.id, at: last.at, channel: last.channel, outcome: last.outcome, promisedDate: last.promisedDate, promisedCents: last.promisedCents } : null,
      lastPromise: newestPromises(contacts).get(c.id) ?? null,
    });
  }
}

export interface GenerateOptions {
  today: string;
  size?: DatasetSize;
  spec?: DatasetSpec;
  seed?: number;
}

/** Generates a whole shop relative to `today` (deterministic for a seed). */
export function generateDataset(opts: GenerateOptions): Dataset {
  const spec = opts.spec ?? SIZES[opts.size ?? 'demo'];
  const rng = createRng(opts.seed ?? 20_240_601);
  const deviceId = rng.id(Date.parse(`${opts.today}T00:00:00Z`));
  const shop = new Shop(rng, opts.today, deviceId);
  const used = new Set<string>();
  for (const q of quotas(rng, spec)) shop.customer(q, used);
  const b = shop.book;
  const at = `${opts.today}T08:00:00.000Z`;
  const settings: SettingRow[] = [
    { id: 'shop', createdAt: at, updatedAt: at, deviceId, value: { name: 'Magazine Boa Compra Ltda', tradeName: 'Boa Compra', document: '11222333000181', address: { cep: '01310100', street: 'Rua Augusta', number: '1200', complement: 'Loja 2', district: 'Consolação', city: 'São Paulo', uf: 'SP' }, phone: '(11) 3333-4444', email: 'contato@boacompra.com.br', pixKey: '11222333000181', logoDataUrl: null } },
  ];
  const counters: CounterRow[] = [{ id: `${deviceId}:main`, createdAt: at, updatedAt: at, deviceId, series: 'main', prefix: 'D1', last: b.receipts }];
  return { customers: shop.customers, sales: b.sales, installments: b.installments, payments: b.payments, contacts: b.contacts, collection: shop.collection, agreements: b.agreements, settings, counters };
}

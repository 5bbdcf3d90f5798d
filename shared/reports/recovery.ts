// Recovery per kind of collection action: each payment in the period is credited to the
// customer's latest action (outbound contact or agreement) in the `windowDays` before it;
// payments with no action before them count as spontaneous.
import { addDays } from '../dates/calendar';
import { paymentFigures } from './received';
import type { RAgreement, RContact, RPayment } from './types';

export const RECOVERY_WINDOW_DAYS = 30;

export const ACTION_LABELS: Readonly<Record<string, string>> = {
  whatsapp: 'WhatsApp',
  sms: 'SMS',
  email: 'E-mail',
  phone: 'Telefonema',
  letter: 'Carta / notificação',
  visit: 'Visita',
  acordo: 'Acordo',
  espontaneo: 'Sem cobrança registrada',
};

export const ACTION_ORDER = ['whatsapp', 'sms', 'email', 'phone', 'letter', 'visit', 'acordo', 'espontaneo'];

export interface RecoveryRow {
  kind: string;
  label: string;
  /** Actions of this kind taken in the period. */
  actions: number;
  /** Distinct customers who received them. */
  customersReached: number;
  /** Distinct customers whose payments were credited to this kind. */
  customersPaid: number;
  payments: number;
  /** Principal + fine + interest credited to this kind (reversals subtract). */
  recoveredCents: number;
}

interface Action {
  date: string;
  kind: string;
}

function actionsByCustomer(contacts: readonly RContact[], agreements: readonly RAgreement[]): Map<string, Action[]> {
  const map = new Map<string, Action[]>();
  const add = (customerId: string, a: Action): void => {
    const list = map.get(customerId);
    if (list) list.push(a);
    else map.set(customerId, [a]);
  };
  for (const c of contacts) if (c.direction === 'saida' && c.channel !== 'internal') add(c.customerId, { date: c.date, kind: c.channel });
  for (const a of agreements) add(a.customerId, { date: a.date, kind: 'acordo' });
  // Same day: the later in ACTION_ORDER counts as the latest (an agreement beats a message).
  const rank = (k: string): number => ACTION_ORDER.indexOf(k);
  for (const list of map.values()) list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : rank(x.kind) - rank(y.kind) || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0)));
  return map;
}

function latestAction(list: readonly Action[] | undefined, date: string, windowDays: number): string {
  if (!list) return 'espontaneo';
  const from = addDays(date, -windowDays);
  for (let k = list.length - 1; k >= 0; k--) {
    const a = list[k];
    if (!a || a.date > date) continue;
    return a.date >= from ? a.kind : 'espontaneo';
  }
  return 'espontaneo';
}

export function recoveryByAction(
  contacts: readonly RContact[],
  agreements: readonly RAgreement[],
  payments: readonly RPayment[],
  period: { from: string; to: string },
  windowDays = RECOVERY_WINDOW_DAYS,
): RecoveryRow[] {
  const actions = actionsByCustomer(contacts, agreements);
  const rows = new Map<string, RecoveryRow & { reached: Set<string>; paid: Set<string> }>();
  const row = (kind: string) => {
    let r = rows.get(kind);
    if (!r) {
      r = { kind, label: ACTION_LABELS[kind] ?? kind, actions: 0, customersReached: 0, customersPaid: 0, payments: 0, recoveredCents: 0, reached: new Set(), paid: new Set() };
      rows.set(kind, r);
    }
    return r;
  };
  for (const [customerId, list] of actions) {
    for (const a of list) {
      if (a.date < period.from || a.date > period.to) continue;
      const r = row(a.kind);
      r.actions += 1;
      r.reached.add(customerId);
    }
  }
  const byId = new Map(payments.map((p) => [p.id, p]));
  for (const p of payments) {
    if (p.date < period.from || p.date > period.to) continue;
    const original = p.reversalOf ? byId.get(p.reversalOf) : undefined;
    const kind = latestAction(actions.get(p.customerId), (original ?? p).date, windowDays);
    const f = paymentFigures(p);
    const r = row(kind);
    r.recoveredCents += f.principalCents + f.fineCents + f.interestCents;
    if (!p.reversalOf) {
      r.payments += 1;
      r.paid.add(p.customerId);
    }
  }
  const order = (k: string): number => {
    const i = ACTION_ORDER.indexOf(k);
    return i < 0 ? ACTION_ORDER.length : i;
  };
  return [...rows.values()]
    .map(({ reached, paid, ...r }) => ({ ...r, customersReached: reached.size, customersPaid: paid.size }))
    .sort((a, b) => order(a.kind) - order(b.kind) || (a.kind < b.kind ? -1 : 1));
}

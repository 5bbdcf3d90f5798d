// Pure view model of "Início": the actions due today across the shop, from the stored
// régua steps, the promises falling due or broken, the scheduled follow-ups and the
// agreements that ran late — minus what was already done, skipped or put off.
import type { ContactChannel } from '@shared/collections/policy';
import type { DueActionCustomer } from '@shared/collections/due-actions';
import { formatBRL } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';
import { heldStepKey, holdKey, type TaskKind, type TaskState } from '../../../db/task-record';

export type TodaySection = 'regua' | 'promessas' | 'agenda' | 'acordos';

export const SECTION_TITLES: Record<TodaySection, string> = {
  regua: 'Régua de cobrança',
  promessas: 'Promessas de pagamento',
  agenda: 'Retornos agendados',
  acordos: 'Acordos em atraso',
};

/** "5 promessas", "1 retorno"... for the summary line. */
export function sectionCount(section: TodaySection, n: number): string {
  const words: Record<TodaySection, [string, string]> = {
    promessas: ['promessa', 'promessas'],
    agenda: ['retorno agendado', 'retornos agendados'],
    acordos: ['acordo em atraso', 'acordos em atraso'],
    regua: ['passo da régua', 'passos da régua'],
  };
  return `${n} ${n === 1 ? words[section][0] : words[section][1]}`;
}

export interface TodayItem {
  key: string;
  kind: TaskKind;
  section: TodaySection;
  customerId: string;
  name: string;
  title: string;
  detail: string;
  /** How "Fazer" contacts the customer (null = no contact: e.g. break an agreement). */
  channel: ContactChannel | null;
  templateId: string | null;
  /** The régua stage of a step (for its letter). */
  stageId: string | null;
  dueOn: string;
  /** Due before today (a missed day caught up, or put off to today). */
  late: boolean;
  agreementId: string | null;
  /** A régua step held back for the prior written notice (CDC art. 43 §2): the stage it waits
   *  for. The item is then the notice stage's step, and printing the notice does not finish it. */
  heldFor?: string;
}

/** The notice stage's step shown instead of a later one that waits for the notice. */
export interface NoticeHold {
  stage: { id: string; name: string; action: string; channel: ContactChannel; templateId: string };
  /** The notice was sent: the later step shows from this day on. */
  waitUntil: string | null;
}

export interface TodaySources {
  tasks: readonly TaskState[];
  customers: readonly DueActionCustomer[];
  promises: readonly { contact: { id: string; customerId: string; promisedDate: string | null; promisedCents: number | null }; status: string }[];
  nextActions: readonly { customerId: string; nextAction: { date: string; text: string } | null }[];
  agreementsAtRisk: readonly { id: string; customerId: string; totalCents: number; date: string }[];
  names: ReadonlyMap<string, string>;
  /** Template to use for promise follow-ups and scheduled returns, per customer's stage. */
  stageTemplate?: (customerId: string) => string | null;
  /** The hold of a customer's step of `stageId` until the written notice (none when allowed). */
  noticeHold?: (customerId: string, stageId: string) => NoticeHold | null;
  /** For a step that waited for the notice and no longer does: the day it was released (it is
   *  due from then, not from the day the days late reached its stage). */
  releasedOn?: (customerId: string, stageId: string) => string | null;
}

/** Is the stored state still hiding the item today? */
function hidden(state: TaskState | undefined, today: string): boolean {
  if (!state) return false;
  if (state.status === 'done' || state.status === 'skipped') return true;
  return state.status === 'rescheduled' && state.showOn !== null && state.showOn > today;
}

const SECTION_ORDER: Record<TodaySection, number> = { promessas: 0, agenda: 1, acordos: 2, regua: 3 };
/** One collator for every sort (the order of localeCompare(b, 'pt-BR'), several times faster
 *  over thousands of items than a locale string per comparison). */
const byName = new Intl.Collator('pt-BR').compare;

export function buildToday(s: TodaySources, today: string): TodayItem[] {
  const byKey = new Map<string, TaskState>();
  for (const t of s.tasks) byKey.set(t.key, t);
  const current = new Map<string, DueActionCustomer>();
  for (const c of s.customers) current.set(c.customerId, c);
  const name = (id: string): string => s.names.get(id) ?? 'Cliente';
  const out: TodayItem[] = [];

  const held: TodayItem[] = [];
  for (const t of s.tasks) {
    if (t.kind !== 'stage' || !t.stage || heldStepKey(t.key) !== null || hidden(t, today) || (t.status === 'pending' && t.stage.dueOn > today)) continue;
    const c = current.get(t.customerId);
    // Paid, renegotiated, paused or placed by hand since: the step no longer applies.
    if (!c || c.oldestOpenDueDate !== t.stage.oldestOpenDueDate || c.activeAgreement || c.manualStageId || (c.pausedUntil && c.pausedUntil >= today)) continue;
    const released = s.releasedOn?.(t.customerId, t.stage.stageId) ?? null;
    const stepDue = released && released > t.stage.dueOn ? released : t.stage.dueOn;
    const hold = s.noticeHold?.(t.customerId, t.stage.stageId) ?? null;
    // The notice went out: the step waits for its days (then it is no longer held).
    if (hold?.waitUntil) continue;
    // A held step shows as the notice, an item of its own: skipped or put off, the notice is;
    // the step itself stays, and comes back once the notice has gone out and its days passed.
    const holdState = hold ? byKey.get(holdKey(t.key)) : undefined;
    if (hold && hidden(holdState, today)) continue;
    const putOff = hold ? holdState : t;
    const dueOn = putOff?.status === 'rescheduled' && putOff.showOn ? putOff.showOn : stepDue;
    const step = hold ? hold.stage : { name: t.stage.stageName, action: t.stage.action, channel: t.stage.channel, templateId: t.stage.templateId, id: t.stage.stageId };
    (hold ? held : out).push({
      key: hold ? holdKey(t.key) : t.key,
      kind: 'stage',
      section: 'regua',
      customerId: t.customerId,
      name: name(t.customerId),
      title: hold ? `${step.name}: enviar a carta de aviso prévio de negativação, exigida antes da etapa "${t.stage.stageName}"` : `${step.name}: ${step.action}`,
      // (The law behind a held step is cited briefly: the same long sentence on every row of a
      // column of suspended customers filled the screen.)
      detail: `${dueOn < today ? `Desde ${formatDateBR(dueOn)}` : 'Para hoje'}${hold ? ' · aviso por escrito exigido pelo CDC (art. 43, § 2º)' : ''}`,
      channel: step.channel,
      templateId: step.templateId,
      stageId: step.id,
      dueOn,
      late: dueOn < today,
      agreementId: null,
      ...(hold ? { heldFor: t.stage.stageName } : {}),
    });
  }
  // A held step is the notice stage's: not twice for a customer whose own notice step shows, nor
  // again for one whose own notice step of this debt the shop skipped, did or put off.
  const noticeShown = new Set(out.map((i) => `${i.customerId}|${i.stageId ?? ''}`));
  for (const t of byKey.values()) {
    if (t.kind === 'stage' && t.stage && hidden(t, today) && current.get(t.customerId)?.oldestOpenDueDate === t.stage.oldestOpenDueDate) noticeShown.add(`${t.customerId}|${t.stage.stageId}`);
  }
  for (const i of held) {
    const k = `${i.customerId}|${i.stageId ?? ''}`;
    if (noticeShown.has(k)) continue;
    noticeShown.add(k);
    out.push(i);
  }
  // One promise per customer: the one promised for the latest date.
  const newest = new Map<string, TodaySources['promises'][number]>();
  for (const p of s.promises) {
    const prev = newest.get(p.contact.customerId);
    if (!prev || (p.contact.promisedDate ?? '') > (prev.contact.promisedDate ?? '')) newest.set(p.contact.customerId, p);
  }
  for (const p of newest.values()) {
    const key = `promise:${p.contact.id}`;
    if (!p.contact.promisedDate || hidden(byKey.get(key), today)) continue;
    const broken = p.status === 'quebrada';
    out.push({
      key,
      kind: 'promise',
      section: 'promessas',
      customerId: p.contact.customerId,
      name: name(p.contact.customerId),
      title: broken ? 'Promessa quebrada: procurar o cliente' : 'Promessa vence hoje: confirmar o pagamento',
      detail: `${formatBRL(p.contact.promisedCents ?? 0)} prometidos para ${formatDateBR(p.contact.promisedDate)}`,
      channel: 'phone',
      templateId: s.stageTemplate?.(p.contact.customerId) ?? null,
      stageId: null,
      dueOn: p.contact.promisedDate,
      late: broken,
      agreementId: null,
    });
  }
  for (const n of s.nextActions) {
    if (!n.nextAction || n.nextAction.date > today) continue;
    const key = `next:${n.customerId}:${n.nextAction.date}`;
    if (hidden(byKey.get(key), today)) continue;
    out.push({
      key,
      kind: 'next',
      section: 'agenda',
      customerId: n.customerId,
      name: name(n.customerId),
      title: n.nextAction.text,
      detail: n.nextAction.date < today ? `Agendado para ${formatDateBR(n.nextAction.date)}` : 'Agendado para hoje',
      channel: 'phone',
      templateId: s.stageTemplate?.(n.customerId) ?? null,
      stageId: null,
      dueOn: n.nextAction.date,
      late: n.nextAction.date < today,
      agreementId: null,
    });
  }
  for (const t of s.tasks) {
    if (t.kind !== 'agreement' || !t.info || hidden(t, today)) continue;
    const dueOn = t.status === 'rescheduled' && t.showOn ? t.showOn : t.on;
    out.push({ key: t.key, kind: 'agreement', section: 'acordos', customerId: t.customerId, name: name(t.customerId), title: t.info.title, detail: t.info.detail, channel: 'phone', templateId: s.stageTemplate?.(t.customerId) ?? null, stageId: null, dueOn, late: dueOn < today, agreementId: null });
  }
  for (const a of s.agreementsAtRisk) {
    const key = `agreement:${a.id}`;
    if (byKey.has(key) || hidden(byKey.get(key), today)) continue;
    out.push({
      key,
      kind: 'agreement',
      section: 'acordos',
      customerId: a.customerId,
      name: name(a.customerId),
      title: 'Parcela do acordo passou do prazo: marcar o acordo como quebrado',
      detail: `Acordo de ${formatBRL(a.totalCents)} feito em ${formatDateBR(a.date)}`,
      channel: null,
      templateId: null,
      stageId: null,
      dueOn: today,
      late: false,
      agreementId: a.id,
    });
  }
  return out.sort(
    (a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) || byName(a.name, b.name),
  );
}

/** Items grouped by section, in display order. */
export function bySection(items: readonly TodayItem[]): { section: TodaySection; items: TodayItem[] }[] {
  const groups = new Map<TodaySection, TodayItem[]>();
  for (const i of items) {
    const list = groups.get(i.section) ?? [];
    list.push(i);
    groups.set(i.section, list);
  }
  return [...groups.entries()].sort((a, b) => SECTION_ORDER[a[0]] - SECTION_ORDER[b[0]]).map(([section, list]) => ({ section, items: list }));
}

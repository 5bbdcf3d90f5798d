// The Today list's memory: the régua steps generated since the last run are kept as tasks
// (so a step not done today is still there tomorrow, and each step is generated once), and
// what the shop did with every item — done, skipped with a reason, rescheduled — is kept
// too. Stored as meta rows "task:<key>" (a primary-key range, no scan).
import type { CadernetaDB } from './schema';
import { appendAudit, stampNew, stampUpdate } from './audit';
import { LAST_RUN_KEY } from './today';
import { nowIso } from './ids';
import { todayDueActions } from './screen-reads';
import { requireReason, assertDate } from './validation';
import { breakAgreement } from './agreements';
import { formatDateBR } from '@shared/dates/calendar';
import { RepoError } from './errors';
import { heldStepKey, TASK_PREFIX, type TaskKind, type TaskState, type TaskStatus } from './task-record';
import { isSpentTask, type TaskContext } from './task-prune';
import type { TodayInputs } from './today';

const metaId = (key: string): string => `${TASK_PREFIX}${key}`;

/** Every stored task state. */
export async function listTasks(db: CadernetaDB): Promise<TaskState[]> {
  const rows = await db.meta.where('id').startsWith(TASK_PREFIX).toArray();
  return rows.map((r) => r.value as TaskState);
}

/**
 * Generates the régua steps due since the last run (missed days caught up, each step once)
 * as pending tasks, and records the run. Safe to call many times a day.
 */
export async function runToday(db: CadernetaDB, today: string): Promise<{ created: number; broken: number; pruned: number; previousRun: string | null }> {
  const last = (await db.meta.get(LAST_RUN_KEY))?.value;
  if (last === today) return { created: 0, broken: 0, pruned: 0, previousRun: today }; // already ran today
  const { actions, inputs } = await todayDueActions(db, today);
  // Agreements whose installment ran late past the policy's limit are broken (each in its
  // own transaction): the customer goes back to the board in the stage of the days late.
  const limit = inputs.settings.collection.agreementBreakAfterDays;
  const broken: TaskState[] = [];
  for (const a of inputs.agreementsAtRisk) {
    try {
      await breakAgreement(db, a.id, `Parcela do acordo com mais de ${limit} dias de atraso (quebra automática)`, today);
    } catch {
      continue; // already broken or fulfilled meanwhile
    }
    broken.push({
      key: `agreement:${a.id}`,
      kind: 'agreement',
      customerId: a.customerId,
      status: 'pending',
      showOn: null,
      reason: null,
      on: today,
      stage: null,
      info: { title: 'Acordo quebrado: procurar o cliente', detail: `Acordo de ${formatDateBR(a.date)}, parcela com mais de ${limit} dias de atraso; o cliente voltou para a régua.` },
    });
  }
  let created = 0;
  let pruned = 0;
  await db.transaction('rw', db.meta, db.audit, async () => {
    const ids = actions.map((a) => metaId(`stage:${a.key}`));
    const existing = await db.meta.bulkGet(ids);
    const rows = [];
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i];
      const id = ids[i];
      if (!a || !id || existing[i]) continue;
      const oldest = a.key.split(':').slice(2).join(':');
      const value: TaskState = {
        key: `stage:${a.key}`,
        kind: 'stage',
        customerId: a.customerId,
        status: 'pending',
        showOn: null,
        reason: null,
        on: today,
        stage: { stageId: a.stageId, stageName: a.stageName, action: a.action, channel: a.channel, templateId: a.templateId, dueOn: a.dueOn, oldestOpenDueDate: oldest },
      };
      rows.push({ ...stampNew(db, id), value });
    }
    for (const t of broken) if (!(await db.meta.get(metaId(t.key)))) rows.push({ ...stampNew(db, metaId(t.key)), value: t });
    if (rows.length > 0) await db.meta.bulkAdd(rows);
    created = rows.length;
    pruned = await pruneSpentTasks(db, inputs, today);
    await markTodayRun(db, today);
  });
  return { created, broken: broken.length, pruned, previousRun: inputs.lastRun };
}

/** Deletes the tasks that can no longer show or hide anything (task-prune.ts), inside the
 *  day's run transaction, with one audit entry that counts them by kind. */
async function pruneSpentTasks(db: CadernetaDB, inputs: TodayInputs, today: string): Promise<number> {
  const ctx: TaskContext = {
    oldestOpenDue: new Map(inputs.customers.map((c) => [c.customerId, c.oldestOpenDueDate])),
    nextActionOn: new Map(inputs.nextActions.flatMap((c) => (c.nextAction ? [[c.customerId, c.nextAction.date] as const] : []))),
    activeAgreements: new Set(inputs.activeAgreementIds),
  };
  const spent: string[] = [];
  const byKind: Partial<Record<TaskKind, number>> = {};
  for (const row of await db.meta.where('id').startsWith(TASK_PREFIX).toArray()) {
    const t = row.value as TaskState;
    if (!isSpentTask(t, ctx, today)) continue;
    spent.push(row.id);
    byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
  }
  if (spent.length === 0) return 0;
  await db.meta.bulkDelete(spent);
  await appendAudit(db, {
    table: 'meta',
    rowId: TASK_PREFIX,
    action: 'prune',
    before: { tasks: spent.length, ...byKind },
    after: null,
    reason: 'Rotina do dia: tarefas do Início que não voltam mais (dívida paga ou renegociada, promessa antiga, retorno trocado, acordo encerrado).',
  });
  return spent.length;
}

export interface ResolveInput {
  key: string;
  kind: TaskKind;
  customerId: string;
  status: Exclude<TaskStatus, 'pending'>;
  reason?: string;
  /** Required when rescheduling. */
  showOn?: string;
}

/** Marks a Today item done, skipped (reason required) or rescheduled (date and reason). */
export async function resolveTask(db: CadernetaDB, input: ResolveInput, today: string): Promise<TaskState> {
  const reason = input.status === 'done' ? (input.reason?.trim() ?? null) : requireReason(input.reason, input.status === 'skipped' ? 'o motivo para pular' : 'o motivo do novo agendamento');
  let showOn: string | null = null;
  if (input.status === 'rescheduled') {
    showOn = assertDate(input.showOn ?? '', 'nova data');
    if (showOn <= today) throw new RepoError('validation', 'Escolha uma data depois de hoje.', { fields: { showOn: 'Data deve ser depois de hoje.' } });
  }
  const id = metaId(input.key);
  return db.transaction('rw', db.meta, db.audit, async () => {
    const row = await db.meta.get(id);
    const before = (row?.value as TaskState | undefined) ?? null;
    // The notice a held step shows as ("hold:<step key>") is about the step's debt: its row
    // carries the step, so the day's run keeps it while that debt is the customer's.
    const held = heldStepKey(input.key);
    const step = before ?? (held ? ((await db.meta.get(metaId(held)))?.value as TaskState | undefined) : undefined) ?? null;
    const value: TaskState = { key: input.key, kind: input.kind, customerId: input.customerId, status: input.status, showOn, reason, on: today, stage: step?.stage ?? null, info: step?.info ?? null };
    if (row) await db.meta.update(id, { value, ...stampUpdate(db) });
    else await db.meta.add({ ...stampNew(db, id), value });
    await appendAudit(db, { table: 'meta', rowId: id, action: row ? 'update' : 'create', before: before ? { status: before.status } : null, after: { status: value.status, showOn }, reason });
    return value;
  });
}

export async function markTodayRun(db: CadernetaDB, today: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(LAST_RUN_KEY);
    const at = nowIso();
    await db.meta.put({ id: LAST_RUN_KEY, value: today, createdAt: row?.createdAt ?? at, updatedAt: at, deviceId: db.device.deviceId });
  });
}

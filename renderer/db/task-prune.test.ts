import { describe, expect, it } from 'vitest';
import type { TaskState } from './task-record';
import { isSpentTask, type TaskContext } from './task-prune';

const today = '2026-11-23';
const ctx: TaskContext = {
  oldestOpenDue: new Map([['ana', '2026-10-01']]),
  nextActionOn: new Map([['ana', '2026-11-20']]),
  activeAgreements: new Set(['ag-active']),
};
const task = (over: Partial<TaskState>): TaskState => ({ key: 'k', kind: 'stage', customerId: 'ana', status: 'pending', showOn: null, reason: null, on: today, stage: null, ...over });
const step = (oldestOpenDueDate: string, customerId = 'ana'): TaskState =>
  task({ customerId, stage: { stageId: 'vencido', stageName: 'Vencido', action: 'Mensagem', channel: 'whatsapp', templateId: 'vencido', dueOn: '2026-10-02', oldestOpenDueDate } });

describe('spent Today tasks', () => {
  it('a régua step stays while its debt is the oldest open one; then a resolved one goes, a pending one once old', () => {
    expect(isSpentTask(step('2026-10-01'), ctx, today)).toBe(false);
    expect(isSpentTask({ ...step('2026-10-01'), status: 'done' }, ctx, today)).toBe(false);
    // Debt changed: a done or skipped step goes at once...
    expect(isSpentTask({ ...step('2026-09-01'), status: 'done' }, ctx, today)).toBe(true);
    expect(isSpentTask({ ...step('2026-09-01'), status: 'skipped' }, ctx, today)).toBe(true);
    // ...a pending one (due 2026-10-02) stays until 60 days after it fell due: a reversed
    // payment could bring its debt back.
    expect(isSpentTask(step('2026-09-01'), ctx, today)).toBe(false);
    expect(isSpentTask({ ...step('2026-10-01', 'bia'), status: 'rescheduled', showOn: '2026-11-30' }, ctx, today)).toBe(false);
    expect(isSpentTask(step('2026-09-01'), ctx, '2026-12-02')).toBe(true);
    expect(isSpentTask(step('2026-10-01', 'bia'), ctx, '2026-12-02')).toBe(true); // no debt in reach
  });

  it('a promise is spent once it is out of the days Today looks back', () => {
    expect(isSpentTask(task({ kind: 'promise', key: 'promise:c1', status: 'done', on: '2026-11-16' }), ctx, today)).toBe(false);
    expect(isSpentTask(task({ kind: 'promise', key: 'promise:c1', status: 'done', on: '2026-11-15' }), ctx, today)).toBe(true);
  });

  it('a follow-up is spent once the customer has another one (or none)', () => {
    expect(isSpentTask(task({ kind: 'next', key: 'next:ana:2026-11-20', status: 'done' }), ctx, today)).toBe(false);
    expect(isSpentTask(task({ kind: 'next', key: 'next:ana:2026-11-10', status: 'done' }), ctx, today)).toBe(true);
    expect(isSpentTask(task({ kind: 'next', key: 'next:bia:2026-11-20', customerId: 'bia', status: 'done' }), ctx, today)).toBe(true);
  });

  it("an agreement at risk's answer hides its item while the agreement is active; a broken one's notice goes once resolved", () => {
    const answer = task({ kind: 'agreement', key: 'agreement:ag-active', status: 'done' });
    expect(isSpentTask(answer, ctx, today)).toBe(false);
    expect(isSpentTask({ ...answer, status: 'rescheduled', showOn: '2026-11-30' }, ctx, today)).toBe(false);
    expect(isSpentTask({ ...answer, key: 'agreement:ag-ended' }, ctx, today)).toBe(true);
    expect(isSpentTask({ ...answer, key: 'agreement:ag-ended', status: 'rescheduled', showOn: '2026-11-30' }, ctx, today)).toBe(true);
    const notice = task({ kind: 'agreement', key: 'agreement:ag-ended', status: 'pending', info: { title: 'Acordo quebrado: procurar o cliente', detail: '' } });
    expect(isSpentTask(notice, ctx, today)).toBe(false);
    expect(isSpentTask({ ...notice, status: 'rescheduled', showOn: '2026-11-30' }, ctx, today)).toBe(false);
    expect(isSpentTask({ ...notice, status: 'done' }, ctx, today)).toBe(true);
    expect(isSpentTask({ ...notice, status: 'skipped' }, ctx, today)).toBe(true);
  });
});

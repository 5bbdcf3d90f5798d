import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_POLICY, nextStage, validatePolicy, type CollectionPolicy } from './policy';
import { isCreditSuspended, stageOf, stagesNeedingNotice, standingOf } from './stage';
import { dueActions, type DueActionCustomer } from './due-actions';
import { agreementBreaksOn, isAgreementBroken, promiseStatus } from './promises';
import { addDays } from '../dates/calendar';
import { DomainError } from '../errors';

const due = '2025-06-10';

describe('DEFAULT_POLICY', () => {
  it('has the Brazilian default stages in order', () => {
    expect(DEFAULT_POLICY.stages.map((s) => [s.id, s.name, s.fromDay])).toEqual([
      ['a_vencer', 'A vencer', -3],
      ['vencido', 'Vencido', 1],
      ['cobranca', 'Cobrança', 8],
      ['negociacao', 'Negociação', 16],
      ['notificacao', 'Notificação', 31],
      ['suspenso', 'Crédito suspenso', 61],
      ['juridico', 'Jurídico', 91],
    ]);
    for (const s of DEFAULT_POLICY.stages) {
      expect(s.action.length).toBeGreaterThan(10);
      expect(s.templateId).not.toBe('');
    }
    expect(validatePolicy(DEFAULT_POLICY)).toBe(DEFAULT_POLICY);
  });
  it('validates edited policies', () => {
    const s = DEFAULT_POLICY.stages;
    const bad = (stages: CollectionPolicy['stages']) => () => validatePolicy({ ...DEFAULT_POLICY, stages });
    expect(bad([])).toThrow(DomainError);
    expect(bad([s[1]!, s[0]!])).toThrow(/ordem crescente/);
    expect(bad([s[0]!, { ...s[1]!, id: 'a_vencer' }])).toThrow(/repetido/);
    expect(bad([{ ...s[0]!, id: 'pausado' }])).toThrow(/reservado/);
    expect(bad([{ ...s[0]!, name: ' ' }])).toThrow(/nome/);
    expect(() => validatePolicy({ ...DEFAULT_POLICY, agreementBreakAfterDays: -1 })).toThrow(/quebra de acordo/);
    // The prior notice of negativação gives at least 10 days (the settings form says the same).
    expect(() => validatePolicy({ ...DEFAULT_POLICY, negativacaoNoticeDays: 5 })).toThrow(/pelo menos 10 dias/);
    expect(validatePolicy({ ...DEFAULT_POLICY, negativacaoNoticeDays: 10 }).negativacaoNoticeDays).toBe(10);
  });
  it('knows the next stage', () => {
    expect(nextStage(DEFAULT_POLICY, 'vencido')?.id).toBe('cobranca');
    expect(nextStage(DEFAULT_POLICY, 'juridico')?.id).toBe('juridico');
    expect(nextStage(DEFAULT_POLICY, null)?.id).toBe('a_vencer');
  });
});

describe('stageOf', () => {
  it.each([
    [-10, null],
    [-4, null],
    [-3, 'a_vencer'],
    [0, 'a_vencer'],
    [1, 'vencido'],
    [7, 'vencido'],
    [8, 'cobranca'],
    [15, 'cobranca'],
    [16, 'negociacao'],
    [30, 'negociacao'],
    [31, 'notificacao'],
    [60, 'notificacao'],
    [61, 'suspenso'],
    [90, 'suspenso'],
    [91, 'juridico'],
    [2000, 'juridico'],
  ])('%i days late -> %s', (days, stageId) => {
    const p = stageOf({ oldestOpenDueDate: due }, DEFAULT_POLICY, addDays(due, days));
    expect(p.stageId).toBe(stageId);
    expect(p.computedStageId).toBe(stageId);
    expect(p.lane).toBe(stageId ? 'stage' : 'em_dia');
    expect(p.daysLate).toBe(days);
  });
  it('puts customers with nothing open in em_dia, even with a manual stage', () => {
    expect(stageOf({ oldestOpenDueDate: null, manualStageId: 'juridico' }, DEFAULT_POLICY, '2025-07-01')).toEqual({
      lane: 'em_dia',
      stageId: null,
      stage: null,
      computedStageId: null,
      daysLate: null,
      manual: false,
    });
  });
  it('honours a manual stage, ignoring unknown ids', () => {
    const p = stageOf({ oldestOpenDueDate: due, manualStageId: 'juridico' }, DEFAULT_POLICY, '2025-06-12');
    expect(p).toMatchObject({ lane: 'stage', stageId: 'juridico', manual: true, computedStageId: 'vencido' });
    expect(p.stage?.name).toBe('Jurídico');
    expect(stageOf({ oldestOpenDueDate: due, manualStageId: 'gone' }, DEFAULT_POLICY, '2025-06-12')).toMatchObject({
      stageId: 'vencido',
      manual: false,
    });
  });
  it('pauses through a date (inclusive), then resumes', () => {
    const c = { oldestOpenDueDate: due, pausedUntil: '2025-07-01', manualStageId: 'negociacao', activeAgreement: true };
    expect(stageOf(c, DEFAULT_POLICY, '2025-07-01')).toMatchObject({ lane: 'pausado', stageId: null, computedStageId: 'negociacao' });
    expect(stageOf({ ...c, activeAgreement: false }, DEFAULT_POLICY, '2025-07-02')).toMatchObject({ lane: 'stage', stageId: 'negociacao', manual: true });
  });
  it('shows an active agreement in em_acordo', () => {
    expect(stageOf({ oldestOpenDueDate: due, activeAgreement: true }, DEFAULT_POLICY, '2025-08-01')).toMatchObject({
      lane: 'em_acordo',
      computedStageId: 'notificacao',
    });
  });
  it('tells when credit is suspended', () => {
    expect(isCreditSuspended('suspenso')).toBe(true);
    expect(isCreditSuspended('juridico')).toBe(true);
    expect(isCreditSuspended('notificacao')).toBe(false);
    expect(isCreditSuspended(null)).toBe(false);
    expect(isCreditSuspended('whatever')).toBe(false);
    expect(isCreditSuspended('juridico', { ...DEFAULT_POLICY, stages: DEFAULT_POLICY.stages.filter((s) => s.id !== 'suspenso') })).toBe(false);
  });
});

describe('standingOf (the one stage rule for every screen)', () => {
  const today = addDays(due, 100); // 100 days late: 'juridico' by the days alone
  const base = { oldestOpenDueDate: due };
  it('holds an automatic stage after the notice stage until the written notice\'s 10 days have run out', () => {
    const none = standingOf(base, DEFAULT_POLICY, today);
    expect([none.stageId, none.computedStageId]).toEqual(['suspenso', 'juridico']);
    expect(none.heldForNotice).toMatch(/aviso prévio/);
    const fresh = standingOf({ ...base, noticeSentOn: addDays(today, -10) }, DEFAULT_POLICY, today);
    expect(fresh.stageId).toBe('suspenso');
    expect(fresh.heldForNotice).toMatch(/prazo dele \(10 dias\)/);
    const old = standingOf({ ...base, noticeSentOn: addDays(today, -11) }, DEFAULT_POLICY, today);
    expect([old.stageId, old.heldForNotice]).toEqual(['juridico', null]);
  });
  it('moves one stage on for a broken promise, and the hold still applies after the move', () => {
    const at40 = addDays(due, 40); // 'notificacao'
    expect(standingOf({ ...base, promiseBroken: true }, DEFAULT_POLICY, at40)).toMatchObject({ stageId: 'suspenso', promiseBump: true, heldForNotice: null });
    const at70 = addDays(due, 70); // 'suspenso', bumped to 'juridico', held back without the notice
    expect(standingOf({ ...base, promiseBroken: true }, DEFAULT_POLICY, at70)).toMatchObject({ stageId: 'suspenso', promiseBump: true });
    expect(standingOf({ ...base, promiseBroken: true, noticeSentOn: addDays(at70, -30) }, DEFAULT_POLICY, at70).stageId).toBe('juridico');
  });
  it('leaves a stage chosen by hand, a pause and an agreement as stageOf places them', () => {
    expect(standingOf({ ...base, manualStageId: 'juridico', promiseBroken: true }, DEFAULT_POLICY, today)).toMatchObject({ stageId: 'juridico', manual: true, promiseBump: false, heldForNotice: null });
    expect(standingOf({ ...base, pausedUntil: today }, DEFAULT_POLICY, today)).toMatchObject({ lane: 'pausado', heldForNotice: null });
    expect(standingOf({ ...base, activeAgreement: true, promiseBroken: true }, DEFAULT_POLICY, today)).toMatchObject({ lane: 'em_acordo', promiseBump: false });
  });
  it('never holds when the policy has no notice stage, and only holds stages after it', () => {
    const policy: CollectionPolicy = { ...DEFAULT_POLICY, stages: DEFAULT_POLICY.stages.filter((st) => st.id !== 'suspenso') };
    expect(stagesNeedingNotice(policy).size).toBe(0);
    expect(standingOf(base, policy, today).stageId).toBe('juridico');
    expect([...stagesNeedingNotice(DEFAULT_POLICY)]).toEqual(['juridico']);
  });
  it('agrees with stageOf whenever nothing moves the customer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 89 }), fc.boolean(), (late, paused) => {
        const c = { oldestOpenDueDate: due, pausedUntil: paused ? addDays(due, late) : null };
        const day = addDays(due, late);
        const a = stageOf(c, DEFAULT_POLICY, day);
        const b = standingOf(c, DEFAULT_POLICY, day);
        expect([b.lane, b.stageId]).toEqual([a.lane, a.stageId]);
      }),
    );
  });
});

describe('dueActions', () => {
  const c = (customerId: string, extra: Partial<DueActionCustomer> = {}): DueActionCustomer => ({ customerId, oldestOpenDueDate: due, ...extra });
  const ids = (xs: ReturnType<typeof dueActions>) => xs.map((a) => `${a.customerId}:${a.stageId}@${a.dueOn}`);

  it('lists the step that became due today', () => {
    const r = dueActions(DEFAULT_POLICY, [c('ana')], '2025-06-10', '2025-06-11');
    expect(r).toEqual([
      {
        key: 'ana:vencido:2025-06-10',
        customerId: 'ana',
        stageId: 'vencido',
        stageName: 'Vencido',
        action: 'Enviar mensagem lembrando a parcela em atraso',
        channel: 'whatsapp',
        templateId: 'vencido',
        dueOn: '2025-06-11',
        caughtUp: false,
      },
    ]);
  });
  it('catches up missed days, each step once', () => {
    const r = dueActions(DEFAULT_POLICY, [c('ana'), c('bia', { oldestOpenDueDate: '2025-06-01' })], '2025-06-05', '2025-06-20');
    expect(ids(r)).toEqual([
      'ana:a_vencer@2025-06-07',
      'bia:cobranca@2025-06-09',
      'ana:vencido@2025-06-11',
      'bia:negociacao@2025-06-17',
      'ana:cobranca@2025-06-18',
    ]);
    expect(r.map((a) => a.caughtUp)).toEqual([true, true, true, true, true]);
    expect(dueActions(DEFAULT_POLICY, [c('ana')], '2025-06-20', '2025-06-20')).toEqual([]);
  });
  it('on the first run gives only the current step', () => {
    expect(ids(dueActions(DEFAULT_POLICY, [c('ana')], null, '2025-06-20'))).toEqual(['ana:cobranca@2025-06-18']);
    expect(dueActions(DEFAULT_POLICY, [c('ana', { oldestOpenDueDate: '2025-07-20' })], null, '2025-06-20')).toEqual([]);
  });
  it('skips agreements, manual stages, paused customers and customers with nothing open', () => {
    const customers = [
      c('a', { activeAgreement: true }),
      c('b', { manualStageId: 'juridico' }),
      c('c', { pausedUntil: '2025-06-30' }),
      c('d', { oldestOpenDueDate: null }),
    ];
    expect(dueActions(DEFAULT_POLICY, customers, '2025-06-01', '2025-06-20')).toEqual([]);
  });
  it('resumes a pause with the stage the customer is in, the day after it ends', () => {
    const r = dueActions(DEFAULT_POLICY, [c('c', { pausedUntil: '2025-06-24' })], '2025-06-22', '2025-06-30');
    expect(ids(r)).toEqual(['c:cobranca@2025-06-25', 'c:negociacao@2025-06-26']);
  });
  it('rejects bad dates', () => {
    expect(() => dueActions(DEFAULT_POLICY, [], '2025-02-30', '2025-03-01')).toThrow(DomainError);
  });
  it('running day by day equals one catch-up run (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -120, max: 120 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        (offsets, steps) => {
          const customers = offsets.map((o, k) => c(`c${k}`, { oldestOpenDueDate: addDays(due, o) }));
          let last = due;
          const pieces: string[] = [];
          for (const s of steps) {
            const next = addDays(last, s);
            pieces.push(...dueActions(DEFAULT_POLICY, customers, last, next).map((a) => a.key));
            last = next;
          }
          const once = dueActions(DEFAULT_POLICY, customers, due, last).map((a) => a.key);
          expect([...pieces].sort()).toEqual([...once].sort());
          expect(new Set(once).size).toBe(once.length);
        },
      ),
    );
  });
});

describe('promises and agreements', () => {
  const p = { promisedOn: '2025-06-15', amountCents: 5000 };
  it.each([
    [0, '2025-06-14', 'pendente'],
    [0, '2025-06-15', 'vence_hoje'],
    [0, '2025-06-16', 'quebrada'],
    [4999, '2025-06-16', 'quebrada'],
    [5000, '2025-06-16', 'cumprida'],
    [6000, '2025-06-10', 'cumprida'],
  ])('paid %i on %s -> %s', (paid, today, status) => {
    expect(promiseStatus(p, paid, today)).toBe(status);
  });
  it('breaks an agreement past the policy limit', () => {
    expect(isAgreementBroken('2025-06-10', '2025-06-20', DEFAULT_POLICY)).toBe(false);
    expect(isAgreementBroken('2025-06-10', '2025-06-21', DEFAULT_POLICY)).toBe(true);
    expect(isAgreementBroken(null, '2025-06-21', DEFAULT_POLICY)).toBe(false);
    expect(agreementBreaksOn('2025-06-10', DEFAULT_POLICY)).toBe('2025-06-21');
    expect(agreementBreaksOn(null, DEFAULT_POLICY)).toBeNull();
  });
});

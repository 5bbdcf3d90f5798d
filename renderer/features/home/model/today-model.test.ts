import { describe, expect, it } from 'vitest';
import type { TaskState } from '../../../db/task-record';
import { buildToday, bySection, type TodaySources } from './today-model';

const today = '2026-11-23';
const step = (customerId: string, over: Partial<TaskState> = {}, dueOn = '2026-11-20'): TaskState => ({
  key: `stage:${customerId}:vencido:2026-11-19`,
  kind: 'stage',
  customerId,
  status: 'pending',
  showOn: null,
  reason: null,
  on: today,
  stage: { stageId: 'vencido', stageName: 'Vencido', action: 'Enviar mensagem', channel: 'whatsapp', templateId: 'vencido', dueOn, oldestOpenDueDate: '2026-11-19' },
  ...over,
});

function sources(over: Partial<TodaySources> = {}): TodaySources {
  return {
    tasks: [],
    customers: [
      { customerId: 'a', oldestOpenDueDate: '2026-11-19' },
      { customerId: 'b', oldestOpenDueDate: '2026-11-19' },
    ],
    promises: [],
    nextActions: [],
    agreementsAtRisk: [],
    names: new Map([
      ['a', 'Ana'],
      ['b', 'Bruno'],
    ]),
    ...over,
  };
}

describe('today model', () => {
  it('lists pending régua steps, late ones flagged, and hides done, skipped and put-off ones', () => {
    const items = buildToday(
      sources({
        tasks: [
          step('a'),
          step('b', { key: 'k-done', status: 'done' }),
          step('b', { key: 'k-skip', status: 'skipped', reason: 'x' }),
          step('b', { key: 'k-later', status: 'rescheduled', showOn: '2026-11-25' }),
          step('b', { key: 'k-back', status: 'rescheduled', showOn: '2026-11-23' }),
        ],
      }),
      today,
    );
    expect(items.map((i) => i.key)).toEqual(['stage:a:vencido:2026-11-19', 'k-back']);
    expect(items[0]).toMatchObject({ name: 'Ana', late: true, channel: 'whatsapp', title: 'Vencido: Enviar mensagem' });
    expect(items[1]).toMatchObject({ late: false, detail: 'Para hoje' });
  });

  it('drops steps whose debt changed (paid), or whose customer is now paused or in an agreement', () => {
    const s = sources({
      tasks: [step('a'), step('b')],
      customers: [
        { customerId: 'a', oldestOpenDueDate: '2026-12-10' },
        { customerId: 'b', oldestOpenDueDate: '2026-11-19', pausedUntil: '2026-11-30' },
      ],
    });
    expect(buildToday(s, today)).toEqual([]);
  });

  it('shows one promise per customer, scheduled returns and late agreements, promises first', () => {
    const items = buildToday(
      sources({
        promises: [
          { contact: { id: 'p1', customerId: 'a', promisedDate: '2026-11-20', promisedCents: 5000 }, status: 'quebrada' },
          { contact: { id: 'p2', customerId: 'a', promisedDate: '2026-11-23', promisedCents: 7000 }, status: 'vence_hoje' },
        ],
        nextActions: [{ customerId: 'b', nextAction: { date: '2026-11-23', text: 'Ligar de novo' } }, { customerId: 'a', nextAction: { date: '2026-11-30', text: 'Depois' } }],
        agreementsAtRisk: [{ id: 'ag', customerId: 'b', totalCents: 30000, date: '2026-09-01' }],
      }),
      today,
    );
    expect(items.map((i) => i.key)).toEqual(['promise:p2', 'next:b:2026-11-23', 'agreement:ag']);
    expect(items[0]?.detail).toBe('R$ 70,00 prometidos para 23/11/2026');
    expect(bySection(items).map((g) => g.section)).toEqual(['promessas', 'agenda', 'acordos']);
  });
});

describe('today model: the written notice before the stages after it (CDC art. 43 §2)', () => {
  const juridico = (customerId: string): TaskState =>
    step(customerId, {
      key: `stage:${customerId}:juridico:2026-11-19`,
      stage: { stageId: 'juridico', stageName: 'Jurídico', action: 'Encaminhar para advogado', channel: 'internal', templateId: 'juridico', dueOn: '2026-11-20', oldestOpenDueDate: '2026-11-19' },
    });
  const suspenso = { id: 'suspenso', name: 'Crédito suspenso', action: 'Enviar o aviso prévio de negativação', channel: 'letter' as const, templateId: 'suspenso' };
  type Hold = NonNullable<TodaySources['noticeHold']>;
  const noNotice = (): Hold => (_id, stageId) => (stageId === 'juridico' ? { stage: suspenso, waitUntil: null } : null);

  it('shows a later step without the notice as the notice stage\'s letter, and says what it waits for', () => {
    const [item, ...rest] = buildToday(sources({ tasks: [juridico('a')], noticeHold: noNotice() }), today);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ key: 'hold:stage:a:juridico:2026-11-19', title: 'Crédito suspenso: enviar a carta de aviso prévio de negativação, exigida antes da etapa "Jurídico"', channel: 'letter', stageId: 'suspenso', heldFor: 'Jurídico' });
    // The title says what to do; the detail says since when, and cites the law in a few words.
    expect(item?.detail).toBe('Desde 20/11/2026 · aviso por escrito exigido pelo CDC (art. 43, § 2º)');
  });
  it('hides it while the notice runs its days, and shows the step itself once allowed', () => {
    const waiting: Hold = () => ({ stage: suspenso, waitUntil: '2026-11-28' });
    expect(buildToday(sources({ tasks: [juridico('a')], noticeHold: waiting }), today)).toEqual([]);
    const [item] = buildToday(sources({ tasks: [juridico('a')], noticeHold: () => null }), today);
    expect(item).toMatchObject({ title: 'Jurídico: Encaminhar para advogado', channel: 'internal', stageId: 'juridico' });
    expect(item?.heldFor).toBeUndefined();
  });
  it('does not list the notice twice for a customer whose own notice step is pending', () => {
    const own = step('a', { key: 'stage:a:suspenso:2026-11-19', stage: { stageId: 'suspenso', stageName: 'Crédito suspenso', action: 'Enviar o aviso prévio de negativação', channel: 'letter', templateId: 'suspenso', dueOn: '2026-11-20', oldestOpenDueDate: '2026-11-19' } });
    const items = buildToday(sources({ tasks: [juridico('a'), own, juridico('b')], noticeHold: noNotice() }), today);
    expect(items.map((i) => [i.customerId, i.key])).toEqual([
      ['a', 'stage:a:suspenso:2026-11-19'],
      ['b', 'hold:stage:b:juridico:2026-11-19'],
    ]);
    // Her own notice step skipped: the held one does not bring the same letter back.
    const skipped = buildToday(sources({ tasks: [juridico('a'), { ...own, status: 'skipped', reason: 'Vai pagar' }], noticeHold: noNotice() }), today);
    expect(skipped.map((i) => i.key)).toEqual([]);
  });
});

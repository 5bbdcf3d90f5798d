import { describe, expect, it } from 'vitest';
import { assertChargePolicyAllowed, checkChargePolicy } from './charge-policy';
import { checkContactInstant, checkContactTime, DEFAULT_CONTACT_HOURS } from './contact-hours';
import { isPrescribed, prescribesOn, prescribesSoon } from './prescription';
import { juizadoFit } from './juizado';
import { checkNegativacao } from './negativacao';
import { DomainError } from '../errors';

describe('charge policy guard', () => {
  it.each([
    ['PF', 2, 1, true, 0],
    ['PF', 2.01, 1, false, 0],
    ['PF', 0, 0, true, 0],
    ['PF', 2, 1.5, true, 1],
    ['PJ', 10, 1, true, 0],
    ['PJ', 5, 2, true, 1],
    ['PJ', 10.5, 1, false, 0],
    ['PF', -1, 1, false, 0],
    ['PF', 2, -1, false, 0],
  ] as const)('%s fine %d%% interest %d%% -> ok=%s warnings=%i', (personType, finePercent, monthlyInterestPercent, ok, warnings) => {
    const r = checkChargePolicy({ personType, finePercent, monthlyInterestPercent });
    expect(r.ok).toBe(ok);
    expect(r.warnings).toHaveLength(warnings);
  });
  it('explains in Portuguese', () => {
    expect(checkChargePolicy({ personType: 'PF', finePercent: 5, monthlyInterestPercent: 1 }).errors[0]?.message).toMatch(/2%.*CDC/);
    expect(() => assertChargePolicyAllowed({ personType: 'PF', finePercent: 5, monthlyInterestPercent: 1 })).toThrow(DomainError);
    expect(assertChargePolicyAllowed({ personType: 'PF', finePercent: 2, monthlyInterestPercent: 3 })[0]?.message).toMatch(/1% ao mês/);
  });
});

describe('contact hours', () => {
  it.each([
    ['2025-06-09', '07:59', false], // Monday
    ['2025-06-09', '08:00', true],
    ['2025-06-09', '19:59', true],
    ['2025-06-09', '20:00', false],
    ['2025-06-14', '13:59', true], // Saturday
    ['2025-06-14', '14:00', false],
    ['2025-06-14', '07:30', false],
    ['2025-06-15', '10:00', false], // Sunday
    ['2025-06-19', '10:00', false], // Corpus Christi
    ['2025-12-25', '10:00', false],
  ])('%s %s -> %s', (date, time, allowed) => {
    const r = checkContactTime({ date, time });
    expect(r.allowed).toBe(allowed);
    expect(r.reason === null).toBe(allowed);
  });
  it('gives reasons and is configurable', () => {
    expect(checkContactTime({ date: '2025-06-15', time: '10:00' }).reason).toMatch(/domingo/);
    expect(checkContactTime({ date: '2025-06-19', time: '10:00' }).reason).toMatch(/feriado \(Corpus Christi\)/);
    expect(checkContactTime({ date: '2025-06-09', time: '21:00' }).reason).toMatch(/das 8h às 20h/);
    const rules = { ...DEFAULT_CONTACT_HOURS, sunday: { from: '09:00', to: '12:00' }, extraHolidays: ['2025-06-09'] };
    expect(checkContactTime({ date: '2025-06-15', time: '10:00' }, rules).allowed).toBe(true);
    expect(checkContactTime({ date: '2025-06-09', time: '10:00' }, rules).allowed).toBe(false);
    expect(checkContactTime({ date: '2025-06-19', time: '10:00' }, { ...rules, holidays: true }).allowed).toBe(true);
  });
  it('uses the shop time zone for instants', () => {
    // 2025-06-09 23:30 UTC = 20:30 in São Paulo -> too late
    expect(checkContactInstant(new Date('2025-06-09T23:30:00Z')).allowed).toBe(false);
    // 2025-06-09 13:00 UTC = 10:00 in São Paulo
    expect(checkContactInstant(new Date('2025-06-09T13:00:00Z')).allowed).toBe(true);
  });
});

describe('prescription', () => {
  it('runs 5 years from the due date', () => {
    expect(prescribesOn('2020-03-10')).toBe('2025-03-10');
    expect(prescribesOn('2020-02-29')).toBe('2025-02-28');
    expect(isPrescribed('2020-03-10', '2025-03-10')).toBe(false);
    expect(isPrescribed('2020-03-10', '2025-03-11')).toBe(true);
  });
  it('restarts once from a signed acknowledgment', () => {
    expect(prescribesOn('2020-03-10', '2023-01-15')).toBe('2028-01-15');
    expect(isPrescribed('2020-03-10', '2026-01-01', '2023-01-15')).toBe(false);
    expect(prescribesOn('2020-03-10', '2019-01-01')).toBe('2025-03-10');
  });
  it('warns when prescription is near', () => {
    expect(prescribesSoon('2020-03-10', '2024-09-11')).toBe(true); // 180 days before
    expect(prescribesSoon('2020-03-10', '2024-09-10')).toBe(false);
    expect(prescribesSoon('2020-03-10', '2025-03-10')).toBe(true);
    expect(prescribesSoon('2020-03-10', '2025-03-11')).toBe(false); // already prescribed
    expect(prescribesSoon('2020-03-10', '2025-01-01', 30)).toBe(false);
  });
});

describe('juizado', () => {
  it.each([
    [3242000, 'sem_advogado'],
    [3242001, 'com_advogado'],
    [6484000, 'com_advogado'],
    [6484001, 'acima_do_limite'],
    [0, 'sem_advogado'],
  ])('%i -> %s', (debt, fit) => {
    const r = juizadoFit(debt);
    expect(r.fit).toBe(fit);
    expect(r.withoutLawyerLimitCents).toBe(3242000);
    expect(r.limitCents).toBe(6484000);
  });
  it('uses the configured minimum wage', () => {
    expect(juizadoFit(3000000, 100000).fit).toBe('com_advogado');
    expect(juizadoFit(3000000, 100000).label).toBe('Cabe no Juizado com advogado');
    expect(() => juizadoFit(-1)).toThrow(DomainError);
  });
});

describe('negativação', () => {
  it('requires a written notice, and waits until its 10 days to pay have run out', () => {
    expect(checkNegativacao(null, '2025-06-20')).toMatchObject({ allowed: false, allowedFrom: null });
    expect(checkNegativacao(null, '2025-06-20').reason).toMatch(/aviso prévio/);
    // Sent on 10/06: the letter gives until 20/06 to pay; listing from 21/06.
    expect(checkNegativacao('2025-06-10', '2025-06-20')).toMatchObject({ allowed: false, allowedFrom: '2025-06-21' });
    expect(checkNegativacao('2025-06-10', '2025-06-20').reason).toBe('Aviso prévio enviado em 10/06/2025: o prazo dele (10 dias) vai até 20/06/2025; a negativação só pode ser feita a partir de 21/06/2025.');
    expect(checkNegativacao('2025-06-10', '2025-06-21')).toEqual({ allowed: true, allowedFrom: '2025-06-21', reason: null });
    expect(checkNegativacao('2025-06-10', '2025-06-12', 0)).toMatchObject({ allowed: true, allowedFrom: '2025-06-11' });
  });
});

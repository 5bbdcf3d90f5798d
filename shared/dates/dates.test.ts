import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  formatDateBR,
  fromDayNumber,
  isValidIsoDate,
  localDateTime,
  parseDateBR,
  toDayNumber,
  todayLocal,
  weekday,
} from './calendar';
import { easterSunday, isBusinessDay, isHoliday, nationalHolidays, nextBusinessDay } from './holidays';
import { DomainError } from '../errors';

describe('calendar', () => {
  it('does day arithmetic in UTC days', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
    expect(weekday('2025-06-01')).toBe(0); // Sunday
    expect(weekday('2025-06-07')).toBe(6);
    expect(weekday('1970-01-01')).toBe(4);
  });
  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const d = fromDayNumber(n);
        expect(isValidIsoDate(d)).toBe(true);
        expect(toDayNumber(d)).toBe(n);
        expect(daysBetween(d, addDays(d, 17))).toBe(17);
      }),
    );
  });
  it('adds months clamped to the end of month, never drifting', () => {
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsClamped('2024-01-31', 2)).toBe('2024-03-31');
    expect(addMonthsClamped('2024-01-31', 3)).toBe('2024-04-30');
    expect(addMonthsClamped('2024-11-15', 2)).toBe('2025-01-15');
    expect(addMonthsClamped('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-02-10', 1, 31)).toBe('2024-03-31');
  });
  it('validates dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-13-01')).toBe(false);
    expect(isValidIsoDate('2024-1-01')).toBe(false);
    expect(() => addDays('2024-02-30', 1)).toThrow(DomainError);
  });
  it('formats and parses dd/mm/aaaa', () => {
    expect(formatDateBR('2025-03-07')).toBe('07/03/2025');
    expect(parseDateBR('07/03/2025')).toBe('2025-03-07');
    expect(parseDateBR('7/3/2025')).toBe('2025-03-07');
    expect(parseDateBR('29/02/2024')).toBe('2024-02-29');
    for (const bad of ['31/02/2025', '29/02/2025', '00/01/2025', '32/01/2025', '01/13/2025', '2025-01-01', '1/1/25', '']) {
      expect(() => parseDateBR(bad), bad).toThrow(/Data inválida/);
    }
  });
  it('gives the shop local date regardless of the machine time zone', () => {
    // 2025-03-10 22:00 in São Paulo (UTC-3) is 2025-03-11 01:00 UTC
    const now = new Date('2025-03-11T01:00:00Z');
    expect(todayLocal(now)).toBe('2025-03-10');
    expect(todayLocal(now, 'UTC')).toBe('2025-03-11');
    expect(todayLocal(new Date('2025-03-11T03:00:00Z'))).toBe('2025-03-11');
    expect(localDateTime(now)).toEqual({ date: '2025-03-10', minutes: 22 * 60, time: '22:00' });
    expect(localDateTime(new Date('2025-03-11T03:05:00Z')).time).toBe('00:05');
  });
});

describe('holidays and business days', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (y, d) => {
    expect(easterSunday(y)).toBe(d);
  });
  it('lists the 2025 national bank holidays', () => {
    expect(nationalHolidays(2025).map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-03-03',
      '2025-03-04',
      '2025-04-18',
      '2025-04-21',
      '2025-05-01',
      '2025-06-19',
      '2025-09-07',
      '2025-10-12',
      '2025-11-02',
      '2025-11-15',
      '2025-11-20',
      '2025-12-25',
    ]);
  });
  it.each([
    ['2025-03-03', false], // Carnaval Monday
    ['2025-03-04', false], // Carnaval Tuesday
    ['2025-03-05', true], // Ash Wednesday is a business day for banks (opens at noon)
    ['2025-04-18', false], // Good Friday
    ['2025-06-19', false], // Corpus Christi
    ['2025-11-20', false], // Consciência Negra
    ['2025-06-07', false], // Saturday
    ['2025-06-08', false], // Sunday
    ['2025-06-09', true],
  ])('isBusinessDay(%s) = %s', (d, expected) => {
    expect(isBusinessDay(d)).toBe(expected);
  });
  it('honours extra (municipal) holidays', () => {
    expect(isBusinessDay('2025-01-25')).toBe(false); // Saturday anyway
    expect(isBusinessDay('2025-01-24', ['2025-01-24'])).toBe(false);
    expect(isHoliday('2025-01-24', ['2025-01-24'])).toBe(true);
    expect(nextBusinessDay('2025-01-24', ['2025-01-24'])).toBe('2025-01-27');
  });
  it('finds the next business day', () => {
    expect(nextBusinessDay('2025-06-09')).toBe('2025-06-09');
    expect(nextBusinessDay('2025-06-07')).toBe('2025-06-09');
    expect(nextBusinessDay('2025-02-28')).toBe('2025-02-28'); // Friday before Carnaval
    expect(nextBusinessDay('2025-03-01')).toBe('2025-03-05');
    expect(nextBusinessDay('2025-04-18')).toBe('2025-04-22'); // Good Friday, weekend, Tiradentes
    expect(nextBusinessDay('2025-12-25')).toBe('2025-12-26');
  });
});

// Time (issue 10): "today" is the shop's local calendar date in every time zone the machine
// may have. Run the whole suite under several zones with tests/reliability/tz-matrix.sh.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { todayLocal, localDateTime, addDays, daysBetween, addMonthsClamped, isValidIsoDate } from '@shared/dates/calendar';
import { localDate, localStamp, today } from '../../renderer/app/clock';
import { toSource } from '../../renderer/features/collections/useBoard';
import type { BoardRawRow } from '../../renderer/db/board-data';

const ZONES = ['America/Sao_Paulo', 'America/Manaus', 'America/Noronha', 'UTC', 'Asia/Tokyo'] as const;

/** The machine's own calendar date for an instant, from the local Date getters. */
function machineDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function stubBrowser(search = ''): Map<string, string> {
  const store = new Map<string, string>();
  vi.stubGlobal('window', { location: { search, hash: '#/' } });
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  });
  return store;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('todayLocal: the shop date, not the UTC date', () => {
  it('at 22:00 in São Paulo it is still today (UTC is already tomorrow)', () => {
    const at22 = new Date('2025-03-15T01:00:00Z'); // 2025-03-14 22:00 in São Paulo (UTC-3)
    expect(at22.toISOString().slice(0, 10)).toBe('2025-03-15');
    expect(todayLocal(at22, 'America/Sao_Paulo')).toBe('2025-03-14');
    expect(localDateTime(at22, 'America/Sao_Paulo')).toMatchObject({ date: '2025-03-14', time: '22:00' });
    expect(localDate(at22, 'America/Sao_Paulo')).toBe('2025-03-14');
  });

  it.each([
    // [instant, zone, local date]
    ['2025-03-15T03:59:00Z', 'America/Manaus', '2025-03-14'], // 23:59 in Manaus (UTC-4)
    ['2025-03-15T04:00:00Z', 'America/Manaus', '2025-03-15'],
    ['2025-03-15T01:59:00Z', 'America/Noronha', '2025-03-14'], // 23:59 in Noronha (UTC-2)
    ['2025-03-14T15:00:00Z', 'Asia/Tokyo', '2025-03-15'], // 00:00 in Tokyo (UTC+9)
    ['2025-03-14T23:59:59Z', 'UTC', '2025-03-14'],
    ['2018-11-04T02:30:00Z', 'America/Sao_Paulo', '2018-11-03'], // the last DST switch night in Brazil
    ['2018-11-04T03:30:00Z', 'America/Sao_Paulo', '2018-11-04'], // 01:30 (00:00-00:59 never existed)
  ])('%s in %s is %s', (instant, zone, date) => {
    expect(todayLocal(new Date(instant), zone)).toBe(date);
    expect(localDate(new Date(instant), zone)).toBe(date);
  });

  it('agrees with the machine calendar for any instant in every zone of the matrix', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
        const d = new Date(ms);
        const local = todayLocal(d, zone);
        expect(isValidIsoDate(local)).toBe(true);
        // The zone's date is at most one day away from the UTC date, in the zone's direction.
        const utc = d.toISOString().slice(0, 10);
        const diff = daysBetween(utc, local);
        expect(zone === 'Asia/Tokyo' ? [0, 1] : zone === 'UTC' ? [0] : [-1, 0]).toContain(diff);
      }),
      { seed: 20_251_123, numRuns: 500 },
    );
  });
});

describe('clock.today() uses the machine zone', () => {
  // Local wall-clock times (built with the local Date constructor, so they mean the same
  // hour under every TZ of the matrix): late evening, just after midnight, morning.
  it.each([
    [2025, 2, 14, 22, 0],
    [2025, 2, 14, 23, 30],
    [2025, 2, 15, 0, 5],
    [2025, 2, 15, 8, 0],
    [2025, 11, 31, 23, 59],
    [2026, 0, 1, 0, 30],
  ])('local %i-%i-%i %i:%i', (y, m, d, h, min) => {
    stubBrowser();
    vi.useFakeTimers({ toFake: ['Date'] });
    const now = new Date(y, m, d, h, min);
    vi.setSystemTime(now);
    expect(today()).toBe(machineDate(now));
  });

  it('a ?hoje= pin wins and is kept for the session; a bad pin is ignored', () => {
    const store = stubBrowser('?hoje=2024-02-29');
    expect(today()).toBe('2024-02-29');
    vi.stubGlobal('window', { location: { search: '', hash: '#/clientes' } });
    expect(today()).toBe('2024-02-29');
    store.set('caderneta.today', '2024-13-45x');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 5, 1, 23, 45));
    expect(today()).toBe('2025-06-01');
  });
});

describe('stored UTC timestamps are shown as local dates', () => {
  const lateEvening = new Date(2025, 2, 14, 22, 15); // 22:15 on the machine, whatever its zone
  const at = lateEvening.toISOString();

  it('localStamp gives the machine date and time of a timestamp', () => {
    expect(localStamp(at)).toEqual({ date: '2025-03-14', time: '22:15' });
    expect(localStamp('not a date')).toEqual({ date: 'not a date', time: '' });
  });

  it('the collection board dates the last contact by the local day it happened', () => {
    const row = {
      summary: { customerId: 'c1', openDues: '' },
      name: 'Rita',
      collection: null,
      activeAgreement: null,
      acknowledgedOn: null,
      lastContact: { id: 'k1', at, channel: 'phone', outcome: 'sem_resposta', promisedDate: null, promisedCents: null },
      promise: null,
      noticeSentOn: null,
    } as unknown as BoardRawRow;
    expect(toSource(row).lastContact?.date).toBe('2025-03-14');
  });
});

describe('calendar arithmetic ignores the machine zone', () => {
  it('addDays / daysBetween / addMonthsClamped are exact across DST-era dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -800, max: 800 }), (n, k) => {
        const start = addDays('1990-01-01', n);
        expect(isValidIsoDate(start)).toBe(true);
        expect(daysBetween(start, addDays(start, k))).toBe(k);
        const m = addMonthsClamped(start, k % 24);
        expect(isValidIsoDate(m)).toBe(true);
        expect(Number(m.slice(8))).toBeLessThanOrEqual(Number(start.slice(8)));
      }),
      { seed: 20_251_124, numRuns: 1_000 },
    );
    // The nights Brazil skipped midnight (DST start) still have their dates.
    expect(addDays('2018-11-03', 1)).toBe('2018-11-04');
    expect(addDays('2018-11-04', 1)).toBe('2018-11-05');
    expect(daysBetween('2018-10-01', '2019-03-01')).toBe(151);
  });
});

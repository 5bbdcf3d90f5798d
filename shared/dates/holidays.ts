import { addDays, assertIsoDate, weekday, type IsoDate } from './calendar';

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Holiday {
  date: IsoDate;
  name: string;
}

const cache = new Map<number, readonly Holiday[]>();

/** National bank holidays of a year, in date order. */
export function nationalHolidays(year: number): readonly Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: `${y}-01-01`, name: 'Confraternização Universal' },
    { date: addDays(easter, -48), name: 'Carnaval (segunda-feira)' },
    { date: addDays(easter, -47), name: 'Carnaval (terça-feira)' },
    { date: addDays(easter, -2), name: 'Sexta-feira Santa' },
    { date: `${y}-04-21`, name: 'Tiradentes' },
    { date: `${y}-05-01`, name: 'Dia do Trabalho' },
    { date: addDays(easter, 60), name: 'Corpus Christi' },
    { date: `${y}-09-07`, name: 'Independência do Brasil' },
    { date: `${y}-10-12`, name: 'Nossa Senhora Aparecida' },
    { date: `${y}-11-02`, name: 'Finados' },
    { date: `${y}-11-15`, name: 'Proclamação da República' },
    ...(year >= 2024 ? [{ date: `${y}-11-20`, name: 'Dia Nacional de Zumbi e da Consciência Negra' }] : []),
    { date: `${y}-12-25`, name: 'Natal' },
  ];
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  cache.set(year, list);
  return list;
}

export function holidayName(date: string, extraHolidays: readonly string[] = []): string | null {
  assertIsoDate(date);
  if (extraHolidays.includes(date)) return 'Feriado local';
  const found = nationalHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
  return found ? found.name : null;
}

export function isHoliday(date: string, extraHolidays: readonly string[] = []): boolean {
  return holidayName(date, extraHolidays) !== null;
}

export function isBusinessDay(date: string, extraHolidays: readonly string[] = []): boolean {
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return false;
  return !isHoliday(date, extraHolidays);
}

const nextBusiness = new Map<string, IsoDate>();
const NEXT_BUSINESS_CACHE = 50_000;

/** The date itself when it is a business day, otherwise the next one. */
export function nextBusinessDay(date: string, extraHolidays: readonly string[] = []): IsoDate {
  const key = extraHolidays.length === 0 ? date : `${date}|${extraHolidays.join(',')}`;
  const known = nextBusiness.get(key);
  if (known !== undefined) return known;
  let d = assertIsoDate(date);
  while (!isBusinessDay(d, extraHolidays)) d = addDays(d, 1);
  if (nextBusiness.size >= NEXT_BUSINESS_CACHE) nextBusiness.clear();
  nextBusiness.set(key, d);
  return d;
}

import { DomainError } from '../errors';

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function assertIsoDate(s: string, label = 'data'): IsoDate {
  if (typeof s !== 'string' || !isValidIsoDate(s)) {
    throw new DomainError('invalid_date', `Data inválida para ${label}: "${String(s)}".`, { value: s });
  }
  return s;
}

function parts(date: string): [number, number, number] {
  assertIsoDate(date);
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

// A shop's dates are a few thousand distinct days read over and over (the board values every
// open installment of 5,000 customers): day numbers are remembered, within a bound.
const dayNumbers = new Map<string, number>();
const DAY_NUMBER_CACHE = 50_000;

/** Days since 1970-01-01 (UTC based, independent of the machine's time zone). */
export function toDayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const [y, m, d] = parts(date);
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  const n = Math.round(dt.getTime() / MS_PER_DAY);
  if (dayNumbers.size >= DAY_NUMBER_CACHE) dayNumbers.clear();
  dayNumbers.set(date, n);
  return n;
}

export function fromDayNumber(n: number): IsoDate {
  const dt = new Date(n * MS_PER_DAY);
  return `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

export function addDays(date: string, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new DomainError('invalid_argument', 'Quantidade de dias inválida.', { days });
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * Adds whole months keeping the day of month, clamped to the end of the target month:
 * 2024-01-31 + 1 -> 2024-02-29, + 2 -> 2024-03-31. `dayOfMonth` (default: the day of
 * `date`) lets a plan keep its anchor day without drifting.
 */
export function addMonthsClamped(date: string, months: number, dayOfMonth?: number): IsoDate {
  const [y, m, d] = parts(date);
  if (!Number.isSafeInteger(months)) throw new DomainError('invalid_argument', 'Quantidade de meses inválida.', { months });
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const day = Math.min(dayOfMonth ?? d, daysInMonth(ny, nm));
  return `${pad(ny, 4)}-${pad(nm)}-${pad(day)}`;
}

export function addYearsClamped(date: string, years: number): IsoDate {
  return addMonthsClamped(date, years * 12);
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: string, b: string): IsoDate {
  return a >= b ? a : b;
}

export function minDate(a: string, b: string): IsoDate {
  return a <= b ? a : b;
}

/** 'YYYY-MM-DD' -> 'dd/mm/aaaa'. */
export function formatDateBR(date: string): string {
  const [y, m, d] = parts(date);
  return `${pad(d)}/${pad(m)}/${pad(y, 4)}`;
}

/** 'dd/mm/aaaa' (also d/m/aaaa) -> 'YYYY-MM-DD'; rejects impossible dates such as 31/02. */
export function parseDateBR(text: string): IsoDate {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  const iso = m ? `${m[3] ?? ''}-${pad(Number(m[2]))}-${pad(Number(m[1]))}` : '';
  if (!m || !isValidIsoDate(iso)) {
    throw new DomainError('invalid_date', `Data inválida: "${text}". Use o formato dd/mm/aaaa.`, { text });
  }
  return iso;
}

function zonedParts(now: Date, timeZone: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(now)) out[p.type] = p.value;
  return out;
}

/** The shop's calendar date at instant `now` (at 22:00 in São Paulo it is still that day). */
export function todayLocal(now: Date, timeZone = 'America/Sao_Paulo'): IsoDate {
  const p = zonedParts(now, timeZone);
  return `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}`;
}

/** The shop's local date and time of day (minutes since midnight) at instant `now`. */
export function localDateTime(now: Date, timeZone = 'America/Sao_Paulo'): { date: IsoDate; minutes: number; time: string } {
  const p = zonedParts(now, timeZone);
  const hour = Number(p.hour ?? 0) % 24;
  const minute = Number(p.minute ?? 0);
  return {
    date: `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}`,
    minutes: hour * 60 + minute,
    time: `${pad(hour)}:${pad(minute)}`,
  };
}

import { assertIsoDate, localDateTime, weekday } from '../dates/calendar';
import { holidayName } from '../dates/holidays';

export interface TimeWindow {
  /** 'HH:MM', inclusive */
  from: string;
  /** 'HH:MM', exclusive */
  to: string;
}

export interface ContactHoursRules {
  weekdays: TimeWindow | null;
  saturday: TimeWindow | null;
  sunday: TimeWindow | null;
  /** Whether contacts are allowed on holidays (national + extra). */
  holidays: boolean;
  extraHolidays: readonly string[];
}

/** Weekdays 8h-20h, Saturday 8h-14h, never Sundays or holidays (e.g. São Paulo state law). */
export const DEFAULT_CONTACT_HOURS: ContactHoursRules = {
  weekdays: { from: '08:00', to: '20:00' },
  saturday: { from: '08:00', to: '14:00' },
  sunday: null,
  holidays: false,
  extraHolidays: [],
};

export interface ContactCheck {
  allowed: boolean;
  /** Portuguese explanation when not allowed; null otherwise. */
  reason: string | null;
}

function minutesOf(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`bad time ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

const hourLabel = (hhmm: string): string => {
  const [h, m] = hhmm.split(':');
  return m === '00' ? `${Number(h)}h` : `${Number(h)}h${m ?? ''}`;
};

/** May the shop contact a customer at this local date and time ('HH:MM')? */
export function checkContactTime(
  at: { date: string; time: string },
  rules: ContactHoursRules = DEFAULT_CONTACT_HOURS,
): ContactCheck {
  assertIsoDate(at.date, 'data do contato');
  const t = minutesOf(at.time);
  const holiday = holidayName(at.date, rules.extraHolidays);
  if (holiday && !rules.holidays) {
    return { allowed: false, reason: `Hoje é feriado (${holiday}): não é permitido cobrar em feriados.` };
  }
  const wd = weekday(at.date);
  const window = wd === 0 ? rules.sunday : wd === 6 ? rules.saturday : rules.weekdays;
  const dayLabel = wd === 0 ? 'domingo' : wd === 6 ? 'sábado' : 'dias úteis';
  if (!window) return { allowed: false, reason: `Não é permitido cobrar ${wd === 0 ? 'aos domingos' : 'neste dia'}.` };
  if (t < minutesOf(window.from) || t >= minutesOf(window.to)) {
    return {
      allowed: false,
      reason: `Fora do horário permitido para cobrança (${dayLabel}: das ${hourLabel(window.from)} às ${hourLabel(window.to)}).`,
    };
  }
  return { allowed: true, reason: null };
}

/** checkContactTime for an instant, in the shop's time zone. */
export function checkContactInstant(
  now: Date,
  rules: ContactHoursRules = DEFAULT_CONTACT_HOURS,
  timeZone = 'America/Sao_Paulo',
): ContactCheck {
  const { date, time } = localDateTime(now, timeZone);
  return checkContactTime({ date, time }, rules);
}

// Reads the collection-related settings (templates, contact hours) over their defaults.
// Templates are stored as a flat record: "<id>" = body, "<id>.subject" = subject.
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TEMPLATES, type MessageTemplate } from '@shared/messages/templates';
import { DEFAULT_CONTACT_HOURS, checkContactTime, type ContactCheck, type ContactHoursRules } from '@shared/guards/contact-hours';
import { localDateTime } from '@shared/dates/calendar';
import { useDb } from '../../app/database';
import { getSettings, type AppSettings } from '../../db/settings';

export function useAppSettings(): AppSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getSettings(db), [db]);
}

export const subjectKey = (id: string): string => `${id}.subject`;

/** The shop's templates: defaults with the texts the shop edited. */
export function templatesOf(settings: Pick<AppSettings, 'templates'>): MessageTemplate[] {
  const stored: Record<string, unknown> = settings.templates;
  return DEFAULT_TEMPLATES.map((t) => {
    const body = stored[t.id];
    const subject = stored[subjectKey(t.id)];
    return { ...t, body: typeof body === 'string' && body.trim() !== '' ? body : t.body, subject: typeof subject === 'string' && subject.trim() !== '' ? subject : t.subject };
  });
}

function isWindow(v: unknown): v is { from: string; to: string } {
  return typeof v === 'object' && v !== null && typeof (v as { from?: unknown }).from === 'string' && typeof (v as { to?: unknown }).to === 'string';
}

/** Contact-hour rules from settings (section "contactHours" when present) plus shop holidays. */
export function contactRulesOf(settings: AppSettings): ContactHoursRules {
  const raw = (settings as unknown as Record<string, unknown>).contactHours;
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const win = (k: 'weekdays' | 'saturday' | 'sunday') => (k in r ? (isWindow(r[k]) ? r[k] : null) : DEFAULT_CONTACT_HOURS[k]);
  return {
    weekdays: win('weekdays'),
    saturday: win('saturday'),
    sunday: win('sunday'),
    holidays: typeof r.holidays === 'boolean' ? r.holidays : DEFAULT_CONTACT_HOURS.holidays,
    extraHolidays: [...settings.charges.extraHolidays],
  };
}

/** May the shop contact a customer now? (today may be pinned; the time is the clock's). */
export function contactCheckNow(settings: AppSettings, today: string, now: Date = new Date()): ContactCheck {
  const { time } = localDateTime(now, settings.general.timeZone);
  return checkContactTime({ date: today, time }, contactRulesOf(settings));
}

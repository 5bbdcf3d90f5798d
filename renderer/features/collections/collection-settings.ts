// Reads the collection-related settings (templates, contact hours) over their defaults.
// Templates are stored as a flat record: "<id>" = body, "<id>.subject" = subject.
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TEMPLATES, type MessageTemplate } from '@shared/messages/templates';
import { checkContactTime, type ContactCheck, type ContactHoursRules } from '@shared/guards/contact-hours';
import { localDateTime } from '@shared/dates/calendar';
import { useDb } from '../../app/database';
import { getSettings, type AppSettings } from '../../db/settings';
import type { CadernetaDB } from '../../db/schema';
import { getContactHours, type ContactHoursSetting } from '../../db/board-settings';

/** App settings plus the contact hours (its own settings row). */
export type CollectionSettings = AppSettings & { contactHours: ContactHoursSetting };

export async function getCollectionSettings(db: CadernetaDB): Promise<CollectionSettings> {
  const [settings, contactHours] = await Promise.all([getSettings(db), getContactHours(db)]);
  return { ...settings, contactHours };
}

export function useAppSettings(): CollectionSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getCollectionSettings(db), [db]);
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

/** Contact-hour rules from settings plus the shop's holidays. */
export function contactRulesOf(settings: CollectionSettings): ContactHoursRules {
  return { ...settings.contactHours, extraHolidays: [...settings.charges.extraHolidays] };
}

/** May the shop contact a customer now? (today may be pinned; the time is the clock's). */
export function contactCheckNow(settings: CollectionSettings, today: string, now: Date = new Date()): ContactCheck {
  const { time } = localDateTime(now, settings.general.timeZone);
  return checkContactTime({ date: today, time }, contactRulesOf(settings));
}

// Contact hours (when the shop may collect): one settings row "contactHours", validated and
// audited like the other sections. Defaults: weekdays 8h-20h, Saturday 8h-14h, never on
// Sundays or holidays.
import { z } from 'zod';
import { DEFAULT_CONTACT_HOURS, type ContactHoursRules } from '@shared/guards/contact-hours';
import type { CadernetaDB } from './schema';
import { appendAudit, stampNew, stampUpdate } from './audit';
import { parseInput } from './validation';

export const CONTACT_HOURS_KEY = 'contactHours';

export type ContactHoursSetting = Omit<ContactHoursRules, 'extraHolidays'>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Hora inválida. Use hh:mm.');
const window = z
  .object({ from: time, to: time })
  .refine((w) => w.from < w.to, { message: 'O horário final deve ser depois do inicial.', path: ['to'] })
  .nullable();

export const contactHoursSchema = z.object({ weekdays: window, saturday: window, sunday: window, holidays: z.boolean() });

export const DEFAULT_CONTACT_HOURS_SETTING: ContactHoursSetting = {
  weekdays: DEFAULT_CONTACT_HOURS.weekdays,
  saturday: DEFAULT_CONTACT_HOURS.saturday,
  sunday: DEFAULT_CONTACT_HOURS.sunday,
  holidays: DEFAULT_CONTACT_HOURS.holidays,
};

export async function getContactHours(db: CadernetaDB): Promise<ContactHoursSetting> {
  const row = await db.settings.get(CONTACT_HOURS_KEY);
  const parsed = contactHoursSchema.safeParse({ ...DEFAULT_CONTACT_HOURS_SETTING, ...((row?.value as object | undefined) ?? {}) });
  return parsed.success ? parsed.data : DEFAULT_CONTACT_HOURS_SETTING;
}

export async function saveContactHours(db: CadernetaDB, value: ContactHoursSetting): Promise<ContactHoursSetting> {
  const v = parseInput(contactHoursSchema, value);
  return db.transaction('rw', db.settings, db.audit, async () => {
    const row = await db.settings.get(CONTACT_HOURS_KEY);
    if (row) await db.settings.update(CONTACT_HOURS_KEY, { value: v, ...stampUpdate(db) });
    else await db.settings.add({ ...stampNew(db, CONTACT_HOURS_KEY), value: v });
    await appendAudit(db, { table: 'settings', rowId: CONTACT_HOURS_KEY, action: row ? 'update' : 'create', before: row?.value ?? null, after: v });
    return v;
  });
}

// zod helpers: parse input or throw a RepoError whose fields carry Portuguese messages.
import { z } from 'zod';
import { isValidIsoDate } from '@shared/dates/calendar';
import { RepoError } from './errors';

// zod's own messages (a wrong type, a missing field: input the forms never send, but an import,
// a restored file or a bug may) in Brazilian Portuguese instead of English.
z.config(z.locales.ptBR());

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = r.error.issues[0]?.message ?? 'Dados inválidos.';
  throw new RepoError('validation', first, { fields });
}

/** Required non-empty reason for irreversible or exceptional acts. */
export function requireReason(reason: string | null | undefined, what = 'o motivo'): string {
  const r = (reason ?? '').trim();
  if (r.length < 3) throw new RepoError('validation', `Informe ${what}.`, { fields: { reason: `Informe ${what}.` } });
  if (r.length > 500) throw new RepoError('validation', 'Motivo longo demais (máximo 500 caracteres).', { fields: { reason: 'Máximo 500 caracteres.' } });
  return r;
}

/**
 * Calendar dates a shop can mean. Typos such as year 9999 or 0001 are refused at the door: a
 * carnê due past the year 9999 used to be accepted, broke that customer's later operations and
 * made every later backup unrestorable (backups hold 4-digit years).
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

export function isSaneIsoDate(d: string): boolean {
  return typeof d === 'string' && isValidIsoDate(d) && d >= EARLIEST_DATE && d <= LATEST_DATE;
}

export function assertDate(d: string, label = 'data'): string {
  if (typeof d !== 'string' || !isSaneIsoDate(d)) {
    throw new RepoError('validation', `Data inválida para ${label}.`, { fields: { [label]: 'Data inválida.' } });
  }
  return d;
}

// zod helpers for the collection forms: dates typed dd/mm/aaaa and amounts typed 1.234,56.
import { z } from 'zod';
import { parseDateBR } from '@shared/dates/calendar';
import { parseBRL } from '@shared/money/brl';

export function tryDate(s: string): string | null {
  try {
    return parseDateBR(s);
  } catch {
    return null;
  }
}

export function tryCents(s: string): number | null {
  try {
    return parseBRL(s);
  } catch {
    return null;
  }
}

/** Optional dd/mm/aaaa text. */
export const dateText = z.string().trim().refine((s) => s === '' || tryDate(s) !== null, 'Data inválida. Use dd/mm/aaaa.');
/** Optional R$ amount text (>= 0). */
export const moneyText = z
  .string()
  .trim()
  .refine((s) => s === '' || (tryCents(s) ?? -1) >= 0, 'Valor inválido. Use o formato 1.234,56.');

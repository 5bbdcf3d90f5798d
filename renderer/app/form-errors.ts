// Turns a repository or domain error into messages next to the form's fields.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isRepoError } from '../db/errors';

/** Applies field errors to the form; returns a general message for the rest (or null). */
export function applyErrors<T extends FieldValues>(e: unknown, setError: UseFormSetError<T>, map: Record<string, Path<T>> = {}): string | null {
  if (isRepoError(e) && Object.keys(e.fields).length > 0) {
    for (const [field, message] of Object.entries(e.fields)) {
      setError((map[field] ?? field) as Path<T>, { type: 'server', message });
    }
    return null;
  }
  return errorMessage(e);
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'QuotaExceededError' || /quota/i.test(e.message)) {
      return 'O disco está cheio: nada foi gravado. Libere espaço no computador e tente de novo.';
    }
    return e.message;
  }
  return String(e);
}

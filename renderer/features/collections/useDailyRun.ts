// The day's régua run (steps since the last opening, agreements broken by lateness), started
// by whichever collection screen opens first; a no-op once it ran today.
import { useEffect, useState } from 'react';
import { useDb } from '../../app/database';
import { errorMessage } from '../../app/form-errors';
import { runToday } from '../../db/board-today';

export interface DailyRun {
  created: number;
  broken: number;
  previousRun: string | null;
}

export function useDailyRun(today: string): { run: DailyRun | null; error: string | null } {
  const db = useDb();
  const [run, setRun] = useState<DailyRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    runToday(db, today).then(
      (r) => live && setRun(r),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [db, today]);
  return { run, error };
}

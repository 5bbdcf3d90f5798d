import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/database';
import { getSettings, type AppSettings } from '../../db/settings-read';

/** Live settings (undefined while loading). */
export function useSettings(): AppSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getSettings(db), [db]);
}

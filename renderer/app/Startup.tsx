// Work done once when the app opens, once the first screen has drawn: keep the storage
// persistent, close fiado tabs whose closing day has passed, and take the day's automatic
// backup. Failures never block the UI; they show as a dismissible notice.
import { useEffect, useState } from 'react';
import { useDb } from './database';
import { today } from './clock';
import { errorMessage } from './form-errors';
import { desktop } from '../desktop';
import { autoBackup, requestPersistentStorage } from '../db/backup';
import { closeTabs } from '../db/sales';

/** Long enough for the opening screen of a large shop to have drawn. */
const AFTER_FIRST_SCREEN_MS = 2000;

export function Startup() {
  const db = useDb();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const run = async (): Promise<void> => {
      await requestPersistentStorage().catch(() => false);
      const day = today();
      await closeTabs(db, day);
      await autoBackup(db, day, desktop());
    };
    // Once the first screen has drawn: its reads and drawing come first, this can wait (an idle
    // callback would fire while the screen waits for its data, and compete with it).
    const timer = window.setTimeout(() => void run().catch((e: unknown) => live && setProblem(errorMessage(e))), AFTER_FIRST_SCREEN_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [db]);
  if (!problem) return null;
  return (
    <div className="alert warn startup-alert" role="status">
      Aviso ao abrir: {problem} <button className="btn small" onClick={() => setProblem(null)}>Fechar</button>
    </div>
  );
}

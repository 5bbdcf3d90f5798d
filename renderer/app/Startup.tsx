// Work done once when the app opens: keep the storage persistent and close fiado tabs whose
// closing day has passed (at once, before anything is received against them), then, a little
// later, the day's automatic backup, which reads the whole shop. Failures never block the UI;
// they show as a dismissible notice.
import { useEffect, useState } from 'react';
import { useDb } from './database';
import { today } from './clock';
import { errorMessage } from './form-errors';
import { desktop } from '../desktop';
import { autoBackup, requestPersistentStorage } from '../db/backup';
import { closeTabs } from '../db/sales';

/** The backup waits this long: the opening screen's read and drawing on a large shop come first
 *  (an idle callback would fire while that screen waits for its data, and compete with it). */
const BACKUP_DELAY_MS = 2000;

export function Startup() {
  const db = useDb();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const report = (e: unknown): void => {
      if (live) setProblem(errorMessage(e));
    };
    const run = async (): Promise<void> => {
      await requestPersistentStorage().catch(() => false);
      const day = today();
      await closeTabs(db, day);
      if (!live) return;
      timer = window.setTimeout(() => void autoBackup(db, day, desktop()).catch(report), BACKUP_DELAY_MS);
    };
    run().catch(report);
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

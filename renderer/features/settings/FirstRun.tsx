import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/database';
import { useSettings } from './useSettings';

// Its forms load only on a brand-new database, not with every opening.
const FirstRunSetup = lazy(() => import('./FirstRunSetup'));

const SKIP_KEY = 'caderneta.firstRunSkipped';

/** On a brand-new database, Início shows a short welcome: the shop's profile, or demo data. */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const db = useDb();
  const settings = useSettings();
  const customers = useLiveQuery(() => db.customers.limit(1).count(), [db]);
  const [skipped, setSkipped] = useState(() => localStorage.getItem(SKIP_KEY) === '1');
  if (settings === undefined || customers === undefined) return <p className="loading">Carregando…</p>;
  const fresh = settings.shop.name === '' && customers === 0 && !skipped;
  if (!fresh) return <>{children}</>;
  const skip = (): void => {
    localStorage.setItem(SKIP_KEY, '1');
    setSkipped(true);
  };
  return (
    <Suspense fallback={<p className="loading">Carregando…</p>}>
      <FirstRunSetup profile={settings.shop} onSkip={skip} />
    </Suspense>
  );
}

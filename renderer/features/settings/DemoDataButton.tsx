import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/database';
import { useToday } from '../../app/useToday';
import { errorMessage } from '../../app/form-errors';

/** Loads a realistic example shop (about 60 customers) into an empty database. */
export function DemoDataButton() {
  const db = useDb();
  const today = useToday();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const customers = useLiveQuery(() => db.customers.limit(1).count(), [db]);
  if (customers === undefined) return null;
  if (customers > 0) return <span className="hint">Já há clientes cadastrados: os dados de exemplo só entram numa caderneta vazia.</span>;
  const load = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      // Loaded on demand: the generator is not part of the app's first screen.
      const [{ generateDataset }, { loadDataset }] = await Promise.all([import('../../db/demo/generator'), import('../../db/import')]);
      await loadDataset(db, generateDataset({ today, size: 'demo' }), today);
      navigate('/');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button className="btn" onClick={() => void load()} disabled={busy} data-testid="load-demo">{busy ? 'Carregando…' : 'Carregar dados de exemplo'}</button>
      {error ? <div className="field-error" role="alert">{error}</div> : null}
    </>
  );
}

// Opens the shop's database once and hands it to the screens. While it opens, a short
// "Abrindo…" shows; if it cannot open (storage blocked, another version open elsewhere), a
// clear message replaces the white screen.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CadernetaDB } from '../db/schema';
import { getDb } from './db-open';

export { getDb } from './db-open';

const DbContext = createContext<CadernetaDB | null>(null);

/** `pageCode` loads the first page's code, started with the database once the first frame is
 *  up; waiting for both lets that page render at once instead of suspending into a fallback
 *  that React then holds ~300 ms. */
export function DbProvider({ children, pageCode }: { children: ReactNode; pageCode?: () => Promise<unknown> }) {
  const [db, setDb] = useState<CadernetaDB | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState(false);
  useEffect(() => {
    const code = pageCode?.().catch(() => undefined); // a failed chunk is the page's own error to show
    Promise.all([getDb(), code]).then(([opened]) => setDb(opened), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    const onClosed = (): void => setClosed(true);
    window.addEventListener('caderneta:db-closed', onClosed);
    return () => window.removeEventListener('caderneta:db-closed', onClosed);
  }, [pageCode]);
  if (error || closed) {
    return (
      <div className="error-screen" role="alert" data-testid="db-error">
        <h1>{closed ? 'A Caderneta foi atualizada em outra janela' : 'Não foi possível abrir os dados da loja'}</h1>
        <p>{closed ? 'Recarregue esta janela para continuar com a versão nova.' : 'Feche outras janelas da Caderneta e tente de novo. Nenhum dado foi apagado.'}</p>
        {error ? <pre className="error-detail">{error}</pre> : null}
        <button className="btn primary" onClick={() => window.location.reload()}>Recarregar</button>
      </div>
    );
  }
  if (!db) return <p className="loading" aria-busy="true">Abrindo os dados da loja…</p>;
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): CadernetaDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb fora do DbProvider');
  return db;
}

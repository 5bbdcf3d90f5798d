import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/database';
import { PageHeader } from '../../components/ui';
import { ShopProfileForm } from './ShopProfileForm';
import { DemoDataButton } from './DemoDataButton';
import { useSettings } from './useSettings';

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
    <>
      <PageHeader title="Bem-vindo à Caderneta" subtitle="Vamos preparar a caderneta da sua loja. Leva um minuto." />
      <section className="card" data-testid="first-run">
        <h2>Dados da loja</h2>
        <p className="hint">Eles saem nos carnês, recibos e cartas de cobrança (a lei pede nome, endereço e CPF/CNPJ de quem cobra). Dá para mudar depois em Configurações.</p>
        <ShopProfileForm profile={settings.shop} submitLabel="Salvar e começar" />
      </section>
      <section className="card">
        <h2>Só quer conhecer?</h2>
        <p>Carregue uma loja de exemplo com clientes, vendas, atrasos e acordos para ver tudo funcionando.</p>
        <div className="row" style={{ marginTop: 8 }}>
          <DemoDataButton />
          <button className="btn" onClick={skip} data-testid="skip-first-run">Pular por enquanto</button>
        </div>
      </section>
    </>
  );
}

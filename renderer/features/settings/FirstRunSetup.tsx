// The welcome of a brand-new database (FirstRunGate): the shop's profile, or the demo shop.
import { PageHeader } from '../../components/ui';
import type { ShopProfile } from '../../db/settings-read';
import { ShopProfileForm } from './ShopProfileForm';
import { DemoDataButton } from './DemoDataButton';

export default function FirstRunSetup({ profile, onSkip }: { profile: ShopProfile; onSkip: () => void }) {
  return (
    <>
      <PageHeader title="Bem-vindo à Caderneta" subtitle="Vamos preparar a caderneta da sua loja. Leva um minuto." />
      <section className="card" data-testid="first-run">
        <h2>Dados da loja</h2>
        <p className="hint">Eles saem nos carnês, recibos e cartas de cobrança (a lei pede nome, endereço e CPF/CNPJ de quem cobra). Dá para mudar depois em Configurações.</p>
        <ShopProfileForm profile={profile} submitLabel="Salvar e começar" />
      </section>
      <section className="card">
        <h2>Só quer conhecer?</h2>
        <p>Carregue uma loja de exemplo com clientes, vendas, atrasos e acordos para ver tudo funcionando.</p>
        <div className="row" style={{ marginTop: 8 }}>
          <DemoDataButton />
          <button className="btn" onClick={onSkip} data-testid="skip-first-run">Pular por enquanto</button>
        </div>
      </section>
    </>
  );
}

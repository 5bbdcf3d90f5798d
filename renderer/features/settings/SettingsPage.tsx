import { useEffect, useState, type ReactNode } from 'react';
import { NavLink, Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/ui';
import { desktop } from '../../desktop';
import { ShopProfileForm } from './ShopProfileForm';
import { ChargesForm } from './ChargesForm';
import { GeneralForm } from './GeneralForm';
import { useSettings } from './useSettings';
import { SETTINGS_EXTRA_SECTIONS } from './sections';
import { DemoDataButton } from './DemoDataButton';
import './settings.css';

const SECTIONS: { path: string; label: string }[] = [
  { path: '', label: 'Dados da loja' },
  { path: 'multa-juros', label: 'Multa, juros e feriados' },
  ...SETTINGS_EXTRA_SECTIONS.map((s) => ({ path: s.path, label: s.label })),
  { path: 'geral', label: 'Geral e senha' },
  { path: 'sobre', label: 'Sobre' },
];

function About() {
  const [version, setVersion] = useState('');
  useEffect(() => {
    void desktop().getVersion().then(setVersion);
  }, []);
  return (
    <dl className="facts" data-testid="settings-about">
      <dt>Versão</dt>
      <dd data-testid="app-version">{version}</dd>
      <dt>Modo</dt>
      <dd>{desktop().platform === 'electron' ? 'Aplicativo de computador' : 'Navegador (os dados ficam neste navegador)'}</dd>
      <dt>Onde ficam os dados</dt>
      <dd>Somente neste computador. Faça cópias de segurança com frequência.</dd>
      <dt>Loja de exemplo</dt>
      <dd><DemoDataButton /></dd>
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export default function SettingsPage() {
  const settings = useSettings();
  return (
    <>
      <PageHeader title="Configurações" subtitle="Dados da loja, multa e juros, régua de cobrança, cópias de segurança" />
      <div className="settings-layout">
        <nav className="settings-nav" aria-label="Seções das configurações">
          {SECTIONS.map((s) => (
            <NavLink key={s.path} to={`/configuracoes${s.path ? `/${s.path}` : ''}`} end>
              {s.label}
            </NavLink>
          ))}
        </nav>
        <div className="settings-body">
          {!settings ? (
            <p className="loading">Carregando…</p>
          ) : (
            <Routes>
              <Route index element={<Section title="Dados da loja"><ShopProfileForm profile={settings.shop} /></Section>} />
              <Route path="multa-juros" element={<Section title="Multa, juros e feriados"><ChargesForm settings={settings} /></Section>} />
              {SETTINGS_EXTRA_SECTIONS.map((s) => (
                <Route key={s.path} path={s.path} element={<Section title={s.label}>{s.render(settings)}</Section>} />
              ))}
              <Route path="geral" element={<Section title="Geral e senha do gerente"><GeneralForm settings={settings} /></Section>} />
              <Route path="sobre" element={<Section title="Sobre a Caderneta"><About /></Section>} />
            </Routes>
          )}
        </div>
      </div>
    </>
  );
}

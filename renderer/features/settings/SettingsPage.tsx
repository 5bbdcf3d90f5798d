import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/ui';
import { desktop } from '../../desktop';

export default function SettingsPage() {
  const [version, setVersion] = useState('');
  useEffect(() => {
    void desktop().getVersion().then(setVersion);
  }, []);
  return (
    <>
      <PageHeader title="Configurações" subtitle="Dados da loja, multa e juros, régua de cobrança, cópias de segurança" />
      <section className="card" data-testid="settings-about">
        <h2>Sobre</h2>
        <dl className="facts">
          <dt>Versão</dt>
          <dd data-testid="app-version">{version}</dd>
          <dt>Modo</dt>
          <dd>{desktop().platform === 'electron' ? 'Aplicativo de computador' : 'Navegador'}</dd>
        </dl>
      </section>
    </>
  );
}

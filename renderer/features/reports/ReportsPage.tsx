import { PageHeader, EmptyState } from '../../components/ui';

export default function ReportsPage() {
  return (
    <>
      <PageHeader title="Relatórios" subtitle="O que a loja tem a receber e o que entrou" />
      <EmptyState title="Ainda não há números" testId="reports-empty">
        <p>Com as primeiras vendas a prazo, aparecem aqui os valores a receber por idade, o recebido por mês e a inadimplência.</p>
      </EmptyState>
    </>
  );
}

import { PageHeader, EmptyState } from '../../components/ui';

export default function BoardPage() {
  return (
    <>
      <PageHeader title="Cobrança" subtitle="Clientes em atraso por etapa da régua de cobrança" />
      <EmptyState title="Ninguém em atraso" testId="board-empty">
        <p>Os clientes com parcelas vencidas aparecem aqui, do lembrete amigável até o Juizado, sempre com educação e dentro da lei.</p>
      </EmptyState>
    </>
  );
}

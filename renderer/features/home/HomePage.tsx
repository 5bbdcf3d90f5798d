import { PageHeader, EmptyState, Kbd } from '../../components/ui';
import { formatDateLong } from '../../app/format';
import { today } from '../../app/clock';

export default function HomePage() {
  return (
    <>
      <PageHeader title="Início" subtitle={`Ações de cobrança para hoje, ${formatDateLong(today())}`} />
      <EmptyState title="Nada para fazer hoje" testId="home-empty">
        <p>Quando houver parcelas vencendo, promessas de pagamento ou clientes em atraso, as ações do dia aparecem aqui.</p>
        <p>Comece vendendo a prazo (<Kbd>F2</Kbd>) ou cadastrando seus clientes (<Kbd>F4</Kbd>).</p>
      </EmptyState>
    </>
  );
}

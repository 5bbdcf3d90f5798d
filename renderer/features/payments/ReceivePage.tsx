import { PageHeader, EmptyState, Kbd } from '../../components/ui';

export default function ReceivePage() {
  return (
    <>
      <PageHeader title="Receber pagamento" subtitle={<>Busque o cliente ou passe o leitor no código do carnê <Kbd>F3</Kbd></>} />
      <EmptyState title="Nenhuma parcela em aberto" testId="receive-empty">
        <p>Quando houver vendas a prazo, as parcelas em aberto aparecem aqui com multa e juros calculados para hoje.</p>
      </EmptyState>
    </>
  );
}

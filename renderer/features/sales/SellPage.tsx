import { PageHeader, EmptyState, Kbd } from '../../components/ui';

export default function SellPage() {
  return (
    <>
      <PageHeader title="Vender a prazo" subtitle={<>Fiado na conta do cliente ou carnê em parcelas <Kbd>F2</Kbd></>} />
      <EmptyState title="Escolha o cliente para começar" testId="sell-empty">
        <p>Cadastre o cliente primeiro em Clientes (<Kbd>F4</Kbd>); depois registre aqui a venda no fiado ou no carnê.</p>
      </EmptyState>
    </>
  );
}

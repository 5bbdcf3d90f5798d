import { PageHeader, EmptyState, Kbd } from '../../components/ui';

export default function CustomersPage() {
  return (
    <>
      <PageHeader title="Clientes" subtitle={<>Busque por nome, CPF/CNPJ ou telefone <Kbd>Ctrl</Kbd>+<Kbd>K</Kbd></>} />
      <EmptyState title="Nenhum cliente cadastrado" testId="customers-empty">
        <p>Cadastre quem compra fiado: nome, CPF ou CNPJ, telefone com WhatsApp e endereço.</p>
      </EmptyState>
    </>
  );
}

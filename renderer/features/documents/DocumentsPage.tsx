import { PageHeader, EmptyState } from '../../components/ui';

export default function DocumentsPage() {
  return (
    <>
      <PageHeader title="Documentos" subtitle="Carnês, cartas, recibos, termos de acordo e dossiês emitidos" />
      <EmptyState title="Nenhum documento emitido" testId="documents-empty">
        <p>Cada carnê, carta de cobrança ou recibo impresso fica registrado aqui, com número e data.</p>
      </EmptyState>
    </>
  );
}

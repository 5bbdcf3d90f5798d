import { PageHeader } from '../../components/ui';

export default function ImportPage() {
  return <PageHeader title="Importar clientes e saldos" subtitle="Traga a caderneta de papel ou a planilha da loja" />;
}

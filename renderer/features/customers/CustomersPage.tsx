import { Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { PageHeader } from '../../components/ui';
import { useDb } from '../../app/database';
import { CustomerForm } from './CustomerForm';
import { CustomerList } from './CustomerList';
import { CustomerPage } from './CustomerPage';

function NewCustomer() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Novo cliente" subtitle="Só o nome é obrigatório; CPF e telefone ajudam na cobrança." />
      <section className="card">
        <CustomerForm onSaved={(c) => navigate(`/clientes/${c.id}`)} onCancel={() => navigate('/clientes')} />
      </section>
    </>
  );
}

function EditCustomer() {
  const { id = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const customer = useLiveQuery(() => db.customers.get(id), [db, id]);
  if (!customer) return <p className="loading">Carregando…</p>;
  return (
    <>
      <PageHeader title={`Editar ${customer.name}`} />
      <section className="card">
        <CustomerForm customer={customer} onSaved={(c) => navigate(`/clientes/${c.id}`)} onCancel={() => navigate(`/clientes/${id}`)} />
      </section>
    </>
  );
}

export default function CustomersPage() {
  return (
    <Routes>
      <Route index element={<CustomerList />} />
      <Route path="novo" element={<NewCustomer />} />
      <Route path=":id" element={<CustomerPage />} />
      <Route path=":id/editar" element={<EditCustomer />} />
    </Routes>
  );
}

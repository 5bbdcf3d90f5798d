import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatCpfCnpj } from '@shared/br/cpf-cnpj';
import { useDb } from '../../app/database';
import { searchCustomers } from '../../db/queries';
import type { CustomerRow } from '../../db/types';
import { Modal } from '../../components/Modal';
import { CustomerForm } from '../customers/CustomerForm';

/** Search a customer by name, CPF/CNPJ or phone (Enter picks the first), or create one inline. */
export function CustomerPicker({ value, onChange, autoFocus }: { value: CustomerRow | null; onChange: (c: CustomerRow | null) => void; autoFocus?: boolean }) {
  const db = useDb();
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  const results = useLiveQuery(() => (text.trim() ? searchCustomers(db, text, 8) : Promise.resolve([])), [db, text]);

  if (value) {
    return (
      <div className="picked" data-testid="picked-customer">
        <div>
          <strong>{value.name}</strong>
          <div className="hint">{value.document ? formatCpfCnpj(value.document) : 'Sem CPF/CNPJ'}{value.blocked ? ' · crédito bloqueado' : ''}</div>
        </div>
        <button type="button" className="btn small" onClick={() => onChange(null)}>Trocar cliente</button>
      </div>
    );
  }
  return (
    <div className="picker">
      <div className="row">
        <input
          type="search"
          aria-label="Buscar cliente"
          placeholder="Nome, CPF/CNPJ ou telefone…"
          value={text}
          autoFocus={autoFocus}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && results?.[0]) {
              e.preventDefault();
              onChange(results[0]);
            }
          }}
          data-testid="picker-search"
          style={{ flex: 1 }}
        />
        <button type="button" className="btn" onClick={() => setCreating(true)} data-testid="picker-new">+ Novo cliente</button>
      </div>
      {results && results.length > 0 ? (
        <ul className="picker-results" role="listbox" aria-label="Clientes encontrados">
          {results.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => onChange(c)} data-testid="picker-result">
                <strong>{c.name}</strong> <span className="muted">{c.document ? formatCpfCnpj(c.document) : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : text.trim() && results ? (
        <p className="hint">Nenhum cliente encontrado. Cadastre com “+ Novo cliente”.</p>
      ) : null}
      <Modal open={creating} title="Novo cliente" onClose={() => setCreating(false)} wide>
        <CustomerForm compact onSaved={(c) => { setCreating(false); onChange(c); }} onCancel={() => setCreating(false)} />
      </Modal>
    </div>
  );
}

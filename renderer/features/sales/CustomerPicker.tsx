import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatCpfCnpj } from '@shared/br/cpf-cnpj';
import { useDb } from '../../app/database';
import { searchCustomers } from '../../db/queries';
import type { CustomerRow } from '../../db/types';
import { Modal } from '../../components/Modal';
import { CustomerForm } from '../customers/CustomerForm';

/**
 * Search a customer by name, CPF/CNPJ or phone, or create one inline. A combobox: Up/Down move
 * through the results (the focus stays in the search), Enter picks the highlighted one, or the
 * first when none is, and never submits a form around it; Esc closes the list.
 */
export function CustomerPicker({ value, onChange, autoFocus, invalid }: { value: CustomerRow | null; onChange: (c: CustomerRow | null) => void; autoFocus?: boolean; invalid?: boolean }) {
  const db = useDb();
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [creating, setCreating] = useState(false);
  const results = useLiveQuery(() => (text.trim() ? searchCustomers(db, text, 8) : Promise.resolve([])), [db, text]);
  const shown = open && !!results && results.length > 0;
  // The list can change under the highlight (a live query): past its end nothing is highlighted.
  const current = shown && active < results.length ? active : -1;

  useEffect(() => {
    if (current >= 0) listRef.current?.children[current]?.scrollIntoView({ block: 'nearest' });
  }, [current]);

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
  const move = (step: 1 | -1): void => {
    const n = results?.length ?? 0;
    if (!n) return;
    setOpen(true);
    setActive(!shown || current < 0 ? (step === 1 ? 0 : n - 1) : (current + step + n) % n);
  };
  return (
    <div className="picker">
      <div className="row">
        <input
          type="search"
          role="combobox"
          aria-label="Buscar cliente"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={shown ? listId : undefined}
          aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
          aria-invalid={invalid || undefined}
          placeholder="Nome, CPF/CNPJ ou telefone…"
          value={text}
          autoFocus={autoFocus}
          onChange={(e) => {
            setText(e.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              move(e.key === 'ArrowDown' ? 1 : -1);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const picked = shown ? results[Math.max(current, 0)] : undefined;
              if (picked) onChange(picked);
            } else if (e.key === 'Escape' && shown) {
              // Only the list closes: the search's own Esc would also clear the text.
              e.preventDefault();
              setOpen(false);
            }
          }}
          data-testid="picker-search"
          style={{ flex: 1 }}
        />
        <button type="button" className="btn" onClick={() => setCreating(true)} data-testid="picker-new">+ Novo cliente</button>
      </div>
      {shown ? (
        // Pressing the mouse on the list would blur the search and close it before the click.
        <ul ref={listRef} id={listId} className="picker-results" role="listbox" aria-label="Clientes encontrados" onMouseDown={(e) => e.preventDefault()}>
          {results.map((c, i) => (
            <li key={c.id} id={`${listId}-${i}`} role="option" aria-selected={i === current} onClick={() => onChange(c)} data-testid="picker-result">
              <strong>{c.name}</strong> <span className="muted">{c.document ? formatCpfCnpj(c.document) : ''}</span>
            </li>
          ))}
        </ul>
      ) : text.trim() && results?.length === 0 ? (
        <p className="hint">Nenhum cliente encontrado. Cadastre com “+ Novo cliente”.</p>
      ) : null}
      {/* In the body: its form may not sit inside the page's own (the sale is a form). */}
      {createPortal(
        <Modal open={creating} title="Novo cliente" onClose={() => setCreating(false)} wide>
          <CustomerForm compact onSaved={(c) => { setCreating(false); onChange(c); }} onCancel={() => setCreating(false)} />
        </Modal>,
        document.body,
      )}
    </div>
  );
}

// The collection history of one customer: every contact, newest first.
import { useState } from 'react';
import { formatBRL } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';
import type { ContactRow } from '../../../db/types';
import { channelLabel, contactOutcome, outcomeLabel } from '../labels';

const PAGE = 8;

export function ContactHistory({ contacts, today }: { contacts: readonly ContactRow[]; today: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? contacts : contacts.slice(0, PAGE);
  return (
    <section className="contact-history" aria-label="Histórico de cobrança">
      <h3>Histórico de cobrança</h3>
      {contacts.length === 0 ? <p className="muted">Nenhum contato registrado.</p> : null}
      {contacts.length > 0 ? (
        <table className="data" data-testid="contact-history">
          <thead>
            <tr>
              <th>Data</th>
              <th>Meio</th>
              <th>Resultado</th>
              <th>Anotações</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => {
              const due = c.promisedDate !== null && c.promisedDate <= today;
              return (
                <tr key={c.id}>
                  <td>{formatDateBR(c.date)}</td>
                  <td>{channelLabel(c.channel)}{c.direction === 'entrada' ? ' (cliente procurou)' : ''}</td>
                  <td>
                    {outcomeLabel(contactOutcome(c))}
                    {c.promisedDate ? (
                      <span className={due ? 'muted' : ''}>
                        {' '}
                        — {formatBRL(c.promisedCents ?? 0)} em {formatDateBR(c.promisedDate)}
                      </span>
                    ) : null}
                  </td>
                  <td className="wrap">{c.notes}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {contacts.length > PAGE ? (
        <button type="button" className="btn small" onClick={() => setAll(!all)}>
          {all ? 'Mostrar menos' : `Mostrar todos (${contacts.length})`}
        </button>
      ) : null}
    </section>
  );
}

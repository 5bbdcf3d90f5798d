import { Fragment, useCallback, useRef, useState } from 'react';
import { countOf } from '@shared/text';
import { ShopProfileReminder } from '../settings/ShopProfileReminder';
import { Link } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, formatDateBR, parseDateBR } from '@shared/dates/calendar';
import { PageHeader, EmptyState } from '../../components/ui';
import { maskDateBR } from '../../components/masks';
import { useDb } from '../../app/database';
import { useToday } from '../../app/useToday';
import { BatchPrintDialog } from '../../documents/BatchPrintDialog';
import { slipsData } from './doc-data';
import { DOC_TYPE_ALIASES, DOC_TYPE_LABELS, docTypeLabel } from './doc-types';
import { recordIssued } from './record';

const PAGE = 200;
/** Names a row lists before "e mais N". */
const NAMES_SHOWN = 3;

function safeDate(t: string): string | null {
  try {
    return parseDateBR(t);
  } catch {
    return null;
  }
}

/** Who a document is about: the customer, or "3 clientes: A, B e C" for one PDF of several
 *  letters (each customer's page lists it too); a period's carnês name no one. */
function DocumentCustomers({ count, shown }: { count: number; shown: { id: string; name: string }[] }) {
  if (count === 0) return <>Vários clientes</>;
  const links = shown.map((c) => <Link key={c.id} to={`/clientes/${c.id}`}>{c.name}</Link>);
  if (count === 1) return <>{links}</>;
  const rest = count - shown.length;
  const parts = rest > 0 ? [...links, <span key="rest">mais {rest}</span>] : links;
  return (
    <>
      {count} clientes:{' '}
      {parts.map((p, i) => (
        <Fragment key={i}>{i === 0 ? '' : i === parts.length - 1 ? ' e ' : ', '}{p}</Fragment>
      ))}
    </>
  );
}

/** The registry of every issued document, and the carnês of a period printed in one go. */
export default function DocumentsPage() {
  const db = useDb();
  const today = useToday();
  const [type, setType] = useState('');
  const [from, setFrom] = useState(formatDateBR(today));
  const [to, setTo] = useState(formatDateBR(addDays(today, 30)));
  const [batch, setBatch] = useState(false);
  const docs = useLiveQuery(async () => {
    const rows = type ? await db.documents.where('type').anyOf([type, ...(DOC_TYPE_ALIASES[type] ?? [])]).toArray() : await db.documents.orderBy('id').reverse().limit(PAGE).toArray();
    const sorted = rows.sort((a, b) => b.id.localeCompare(a.id)).slice(0, PAGE);
    // Only the names shown are read (a column's letters may name hundreds of customers).
    const customers = await db.customers.bulkGet([...new Set(sorted.flatMap((d) => d.customerIds.slice(0, NAMES_SHOWN)))]);
    const names = new Map(customers.filter((c) => !!c).map((c) => [c.id, c.name]));
    return sorted.map((d) => ({ ...d, shown: d.customerIds.slice(0, NAMES_SHOWN).map((id) => ({ id, name: names.get(id) ?? '' })) }));
  }, [db, type]);
  const f = safeDate(from);
  const t = safeDate(to);
  const count = useLiveQuery(
    () => (f && t && f <= t ? db.installments.where('[status+dueDate]').between(['open', f], ['open', t], true, true).count() : Promise.resolve(0)),
    [db, f, t],
  );
  // The customers of the slips printed, for the registry: the PDF is listed on each one's page.
  const printed = useRef<{ installmentIds: string[]; customerIds: string[] }>({ installmentIds: [], customerIds: [] });
  const slips = useCallback(async () => {
    const rows = f && t ? await db.installments.where('[status+dueDate]').between(['open', f], ['open', t], true, true).toArray() : [];
    const ids = rows.map((r) => r.id);
    printed.current = { installmentIds: ids, customerIds: [...new Set(rows.map((r) => r.customerId))] };
    return slipsData(db, ids, today);
  }, [db, f, t, today]);

  return (
    <>
      <PageHeader title="Documentos" subtitle="Carnês, cartas, recibos, termos de acordo e dossiês emitidos" />
      <section className="card">
        <h2>Carnês de um período</h2>
        <p className="hint">Imprime de uma vez o carnê (com QR Pix) de todas as parcelas em aberto que vencem no período.</p>
        <div className="row">
          <label htmlFor="b-from" style={{ margin: 0 }}>Vencimento de</label>
          <input id="b-from" value={from} onChange={(e) => setFrom(maskDateBR(e.target.value))} style={{ width: 130 }} />
          <label htmlFor="b-to" style={{ margin: 0 }}>até</label>
          <input id="b-to" value={to} onChange={(e) => setTo(maskDateBR(e.target.value))} style={{ width: 130 }} />
          <button className="btn primary" disabled={!count} onClick={() => setBatch(true)} data-testid="batch-slips">Imprimir {countOf(count ?? 0, 'parcela', 'parcelas')}</button>
        </div>
        {!f || !t || f > t ? <div className="field-error" role="alert">Período inválido (use dd/mm/aaaa).</div> : null}
      </section>
      <section className="card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2>Documentos emitidos</h2>
          <select aria-label="Tipo de documento" value={type} onChange={(e) => setType(e.target.value)} style={{ width: 280 }}>
            <option value="">Todos os tipos</option>
            {Object.entries(DOC_TYPE_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        {docs === undefined ? <p className="loading">Carregando…</p> : docs.length === 0 ? (
          <EmptyState title="Nenhum documento emitido" testId="documents-empty">
            <p>Cada carnê, carta de cobrança, recibo ou dossiê impresso ou salvo fica registrado aqui, com número, data e um código de verificação do arquivo, que prova que ele não foi alterado depois.</p>
          </EmptyState>
        ) : (
          <table className="data" data-testid="documents-table">
            <thead><tr><th>Número</th><th>Tipo</th><th>Data</th><th>Cliente</th><th title="Impressão digital do arquivo (SHA-256): o mesmo arquivo dá sempre o mesmo código, e qualquer alteração o muda.">Código de verificação</th></tr></thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id} data-testid="document-row">
                  <td>{d.number}</td>
                  <td>{docTypeLabel(d.type)}</td>
                  <td>{formatDateBR(d.date)}</td>
                  <td><DocumentCustomers count={d.customerIds.length} shown={d.shown} /></td>
                  <td><code title={`SHA-256: ${d.sha256}`}>{d.sha256.slice(0, 12)}…</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <BatchPrintDialog open={batch} title="Carnês do período" kind="slips" data={slips} itemNames={['parcela', 'parcelas']} fileName={`Carnes ${from} a ${to}`} notice={<ShopProfileReminder pix />}
        onClose={() => setBatch(false)}
        onIssued={async (pdf) => { await recordIssued(db, pdf, { type: 'carne', date: today, ...printed.current }); }} />
    </>
  );
}

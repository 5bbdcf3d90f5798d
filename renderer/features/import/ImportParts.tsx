// Pieces of the import screen: the column mapping and the validation report.
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@shared/import/fields';
import { cellText } from '@shared/import/cells';
import { formatCpfCnpj } from '@shared/br/cpf-cnpj';
import { formatBRL } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';
import type { ImportRecord, Rejection } from '@shared/import/validate';
import type { ImportSheet } from './read-file';

export function MappingTable({ sheet, mapping, onChange }: { sheet: ImportSheet; mapping: ColumnMapping; onChange: (m: ColumnMapping) => void }) {
  const set = (i: number, f: ImportField | null): void => {
    const next = sheet.header.map((_, k) => (k === i ? f : (mapping[k] ?? null) === f && f !== null ? null : (mapping[k] ?? null)));
    onChange(next);
  };
  return (
    <table className="data compact" data-testid="import-mapping">
      <caption className="sr-only">Colunas do arquivo e o campo de cada uma</caption>
      <thead>
        <tr>
          <th scope="col">Coluna do arquivo</th>
          <th scope="col">Exemplos</th>
          <th scope="col">Importar como</th>
        </tr>
      </thead>
      <tbody>
        {sheet.header.map((h, i) => (
          <tr key={`${i}-${h}`}>
            <th scope="row">{h || `(coluna ${i + 1})`}</th>
            <td className="muted import-samples">
              {sheet.rows
                .slice(0, 3)
                .map((r) => cellText(r[i]))
                .filter((v) => v !== '')
                .join(' · ') || '—'}
            </td>
            <td>
              <select aria-label={`Campo da coluna ${h || i + 1}`} value={mapping[i] ?? ''} onChange={(e) => set(i, (e.target.value || null) as ImportField | null)}>
                <option value="">Não importar</option>
                {IMPORT_FIELDS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Problems({ problems, limit = 300 }: { problems: Rejection[]; limit?: number }) {
  return (
    <div className="table-scroll import-problems">
      <table className="data compact" data-testid="import-problems">
        <caption className="sr-only">Linhas recusadas e o motivo</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Linha</th>
            <th scope="col">Coluna</th>
            <th scope="col">Motivo</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, limit).map((p, k) => (
            <tr key={`${p.line}-${k}`}>
              <td className="num">{p.line}</td>
              <td>{p.field ?? '—'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > limit ? <p className="muted">… e mais {problems.length - limit} problemas (veja o relatório completo).</p> : null}
    </div>
  );
}

export function Preview({ records, limit = 8 }: { records: ImportRecord[]; limit?: number }) {
  return (
    <table className="data compact" data-testid="import-preview">
      <caption className="sr-only">Prévia dos clientes a importar</caption>
      <thead>
        <tr>
          <th scope="col" className="num">Linha</th>
          <th scope="col">Nome</th>
          <th scope="col">CPF/CNPJ</th>
          <th scope="col">Telefone</th>
          <th scope="col">Saldos iniciais</th>
        </tr>
      </thead>
      <tbody>
        {records.slice(0, limit).map((r) => (
          <tr key={r.key}>
            <td className="num">{r.lines.join(', ')}</td>
            <td>{r.customer.name}</td>
            <td>{r.customer.document ? formatCpfCnpj(r.customer.document) : '—'}</td>
            <td>{r.customer.phones[0]?.number ?? '—'}</td>
            <td>{r.balances.length ? r.balances.map((b) => `${formatBRL(b.amountCents)} vence ${formatDateBR(b.dueDate)}`).join('; ') : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

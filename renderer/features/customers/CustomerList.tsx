import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { formatBRL } from '@shared/money/brl';
import { formatCpfCnpj } from '@shared/br/cpf-cnpj';
import { PageHeader, EmptyState, Kbd } from '../../components/ui';
import { maskPhone } from '../../components/masks';
import { useToday } from '../../app/useToday';
import { LIST_LIMIT, useCustomerList, type CustomerListRow, type CustomerSortKey as SortKey } from './useCustomerList';

const SORTS: Record<SortKey, (a: CustomerListRow, b: CustomerListRow) => number> = {
  name: (a, b) => a.customer.sortName.localeCompare(b.customer.sortName),
  open: (a, b) => b.openCents - a.openCents,
  overdue: (a, b) => b.overdueCents - a.overdueCents,
  days: (a, b) => (b.daysLate ?? -1) - (a.daysLate ?? -1),
};

const SORT_WORDS: Record<SortKey, string> = { name: 'por nome', open: 'com maior saldo em aberto', overdue: 'com maior valor vencido', days: 'com mais dias de atraso' };

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('pt-BR')} ${n === 1 ? one : many}`;
}

/** The line under the table: how many are shown out of the shop's customers. */
function countLine(shown: number, total: number, filtered: boolean, sort: SortKey): string {
  const all = plural(total, 'cliente cadastrado', 'clientes cadastrados');
  if (filtered && shown >= LIST_LIMIT) return `Mostrando os ${shown} primeiros encontrados (de ${all}). Refine a busca para ver outros.`;
  if (filtered) return `${plural(shown, 'cliente encontrado', 'clientes encontrados')} (de ${all}).`;
  if (shown >= total) return `${all[0]?.toUpperCase() ?? ''}${all.slice(1)}.`;
  return `Mostrando os ${shown} primeiros ${SORT_WORDS[sort]}, de ${all}. Use a busca para encontrar os demais.`;
}

/** The table body, redrawn only when the rows change (not on every keystroke in the search box). */
const Rows = memo(function Rows({ rows }: { rows: readonly CustomerListRow[] }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.customer.id} data-testid="customer-row">
          <td>
            <Link to={`/clientes/${r.customer.id}`}>{r.customer.name}</Link>
            {r.customer.blocked ? <span className="badge danger" style={{ marginLeft: 6 }}>bloqueado</span> : null}
          </td>
          <td className="nowrap">{r.customer.document ? formatCpfCnpj(r.customer.document) : '—'}</td>
          <td className="nowrap">{r.customer.phones[0] ? maskPhone(r.customer.phones[0].number) : '—'}</td>
          <td className="num">{formatBRL(r.openCents)}</td>
          <td className={`num ${r.overdueCents > 0 ? 'danger-text' : ''}`}>{formatBRL(r.overdueCents)}</td>
          <td className="num">{r.daysLate ?? '—'}</td>
          <td>{r.stageLabel}</td>
        </tr>
      ))}
    </tbody>
  );
});

export function CustomerList() {
  const today = useToday();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState('');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const [sort, setSort] = useState<SortKey>('name');
  const input = useRef<HTMLInputElement>(null);
  const list = useCustomerList(text, onlyOverdue, today, sort);
  const sorted = useMemo(() => (list ? [...list.rows].sort(SORTS[sort]) : undefined), [list, sort]);

  useEffect(() => {
    input.current?.focus();
  }, [params]);

  const th = (key: SortKey, label: string, num = false) => (
    <th className={num ? 'num' : undefined} aria-sort={sort === key ? 'descending' : 'none'}>
      <button className="th-sort" onClick={() => setSort(key)}>{label}{sort === key ? ' ▾' : ''}</button>
    </th>
  );

  return (
    <>
      <PageHeader
        title="Clientes"
        subtitle={<>Busque por nome, CPF/CNPJ ou telefone <Kbd>Ctrl</Kbd>+<Kbd>K</Kbd></>}
        actions={
          <>
            <Link className="btn" to="/importar">Importar planilha</Link>
            <Link className="btn primary" to="/clientes/novo" data-testid="new-customer">+ Novo cliente</Link>
          </>
        }
      />
      <div className="row" style={{ marginBottom: 12 }}>
        <input
          ref={input}
          type="search"
          placeholder="Nome, CPF/CNPJ ou telefone…"
          aria-label="Buscar cliente"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && sorted?.[0]) navigate(`/clientes/${sorted[0].customer.id}`);
          }}
          style={{ maxWidth: 460 }}
          data-testid="customer-search"
        />
        <label className="check"><input type="checkbox" checked={onlyOverdue} onChange={(e) => setOnlyOverdue(e.target.checked)} data-testid="only-overdue" /> Só quem está em atraso</label>
      </div>
      {sorted === undefined ? (
        <p className="loading">Carregando…</p>
      ) : sorted.length === 0 ? (
        text || onlyOverdue ? (
          <EmptyState title="Nenhum cliente encontrado" testId="customers-none">Confira a grafia ou busque pelo CPF ou telefone.</EmptyState>
        ) : (
          <EmptyState title="Nenhum cliente cadastrado" testId="customers-empty" action={<Link className="btn primary" to="/clientes/novo">Cadastrar o primeiro cliente</Link>}>
            <p>Cadastre quem compra fiado: nome, CPF ou CNPJ, telefone com WhatsApp e endereço.</p>
          </EmptyState>
        )
      ) : (
        <table className="data" data-testid="customer-table">
          <thead>
            <tr>
              {th('name', 'Nome')}
              <th>CPF/CNPJ</th>
              <th>Telefone</th>
              {th('open', 'Em aberto', true)}
              {th('overdue', 'Vencido', true)}
              {th('days', 'Dias de atraso', true)}
              <th>Etapa</th>
            </tr>
          </thead>
          <Rows rows={sorted} />
        </table>
      )}
      {list && list.total > 0 ? (
        <p className="hint" data-testid="customer-count" data-total={list.total}>
          {countLine(sorted?.length ?? 0, list.total, text.trim() !== '' || onlyOverdue, sort)} Valores das parcelas, sem multa e juros; a página do cliente e o quadro de cobrança mostram o total de hoje, com eles.
        </p>
      ) : null}
    </>
  );
}

// Data-base, period and customer-kind filters of the reports.
import { useState } from 'react';
import type { CustomerKindFilter } from '@shared/reports/compute';
import { DateBRInput } from './DateBRInput';

export function ReportFilters({ asOf, today, months, kind, onAsOf, onMonths, onKind }: {
  asOf: string;
  today: string;
  months: number;
  kind: CustomerKindFilter;
  onAsOf: (d: string) => void;
  onMonths: (n: number) => void;
  onKind: (k: CustomerKindFilter) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <form className="report-filters no-print" aria-label="Filtros dos relatórios" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="rf-asof">Data-base</label>
        <DateBRInput id="rf-asof" value={asOf} max={today} min="2000-01-01" onChange={onAsOf} invalidMessage={setError} testId="filter-asof" />
        {error ? <div className="field-error">{error}</div> : null}
      </div>
      <div className="field">
        <label htmlFor="rf-months">Período</label>
        <select id="rf-months" value={months} onChange={(e) => onMonths(Number(e.target.value))} data-testid="filter-months">
          <option value={3}>Últimos 3 meses</option>
          <option value={6}>Últimos 6 meses</option>
          <option value={12}>Últimos 12 meses</option>
          <option value={24}>Últimos 24 meses</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="rf-kind">Clientes</label>
        <select id="rf-kind" value={kind} onChange={(e) => onKind(e.target.value as CustomerKindFilter)} data-testid="filter-kind">
          <option value="todos">Todos</option>
          <option value="PF">Pessoas físicas (CPF)</option>
          <option value="PJ">Empresas (CNPJ)</option>
        </select>
      </div>
    </form>
  );
}

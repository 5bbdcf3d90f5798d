// Relatórios: what the shop has to receive and what came in, computed in a worker so the
// screen never freezes, each chart with its numbers beside it; printable; and the
// accountant's export.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { CustomerKindFilter } from '@shared/reports/compute';
import { EmptyState, PageHeader } from '../../components/ui';
import { useToday } from '../../app/useToday';
import { useReports } from './useReports';
import { AgingSection } from './AgingSection';
import { ReceivedSection } from './ReceivedSection';
import { DefaultRateSection, ExpectedSection } from './TrendSections';
import { RecoverySection, TopDebtorsSection } from './CollectionSections';
import { ReportFilters } from './ReportFilters';
import { ExportDialog } from './ExportDialog';
import { Kpis } from './Kpis';
import { dateBR, int } from './format';
import './reports.css';

export default function ReportsPage() {
  const today = useToday();
  const [asOf, setAsOf] = useState<string | null>(null);
  const [months, setMonths] = useState(12);
  const [kind, setKind] = useState<CustomerKindFilter>('todos');
  const [exporting, setExporting] = useState(false);
  const base = asOf ?? today;
  const r = useReports({ asOf: base, months, kind });
  const result = r.result;
  const empty = result !== null && result.aging.totalCents === 0 && result.receivedTotal.payments === 0;

  return (
    <div className="reports-page">
      <PageHeader
        title="Relatórios"
        subtitle={`O que a loja tem a receber e o que entrou — data-base ${dateBR(base)}`}
        actions={
          <>
            <button type="button" className="btn no-print" onClick={r.reload} disabled={r.loading}>
              Atualizar
            </button>
            <button type="button" className="btn no-print" onClick={() => window.print()} disabled={!result}>
              Imprimir / Salvar PDF
            </button>
            <button type="button" className="btn primary no-print" onClick={() => setExporting(true)} data-testid="export-open">
              Exportar para o contador
            </button>
          </>
        }
      />
      <ReportFilters asOf={base} today={today} months={months} kind={kind} onAsOf={(d) => setAsOf(d === today ? null : d)} onMonths={setMonths} onKind={setKind} />
      {r.error ? (
        <div className="alert danger" role="alert">
          {r.error}
        </div>
      ) : null}
      {r.loading ? (
        <div className="report-loading no-print" aria-live="polite" aria-busy="true" data-testid="reports-loading">
          {r.progress && r.progress.total > 0 ? (
            <>
              <span>
                Lendo os dados da loja… {int(r.progress.done)} de {int(r.progress.total)} registros
              </span>
              <progress value={r.progress.done} max={r.progress.total} />
            </>
          ) : (
            <span>Calculando os relatórios…</span>
          )}
        </div>
      ) : null}
      {empty ? (
        <EmptyState title="Ainda não há números" testId="reports-empty" action={<Link className="btn" to="/importar">Importar clientes e saldos</Link>}>
          <p>Com as primeiras vendas a prazo, aparecem aqui os valores a receber por idade, o recebido por mês e a inadimplência.</p>
        </EmptyState>
      ) : null}
      {result && !empty ? (
        <div className={`report-sections${r.loading ? ' stale' : ''}`} data-testid="reports-ready">
          <Kpis result={result} />
          <AgingSection aging={result.aging} names={result.names} />
          <ReceivedSection months={result.received} total={result.receivedTotal} />
          <DefaultRateSection points={result.defaultRate} />
          <ExpectedSection expected={result.expected} />
          <RecoverySection rows={result.recovery} />
          <TopDebtorsSection top={result.top} />
        </div>
      ) : null}
      <ExportDialog open={exporting} onClose={() => setExporting(false)} today={today} exporter={r.exportFile} />
    </div>
  );
}

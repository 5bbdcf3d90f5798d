// The four headline figures above the charts.
import { countOf } from '@shared/text';
import type { ReportsResult } from '@shared/reports/compute';
import { monthLabel } from '@shared/reports/months';
import { brl, int, pct } from './format';

export function Kpis({ result }: { result: ReportsResult }) {
  const a = result.aging;
  const month = result.received[result.received.length - 1];
  return (
    <div className="summary-cards report-kpis" data-testid="report-kpis">
      <div className="card">
        <div className="muted">A receber</div>
        <div className="big" data-testid="kpi-open">{brl(a.totalCents)}</div>
        <div className="muted small">{int(a.customers)} clientes</div>
      </div>
      <div className="card">
        <div className="muted">Vencido</div>
        <div className="big danger-text">{brl(a.overdueCents)}</div>
        <div className="muted small">Inadimplência {pct(a.totalCents > 0 ? a.overdueCents / a.totalCents : 0)}</div>
      </div>
      <div className="card">
        <div className="muted">A vencer em 90 dias</div>
        <div className="big">{brl(result.expected.totalCents)}</div>
        <div className="muted small">próximas 13 semanas</div>
      </div>
      <div className="card">
        <div className="muted">Recebido em {month ? monthLabel(month.month) : '—'}</div>
        <div className="big ok-text">{brl(month?.receivedCents ?? 0)}</div>
        <div className="muted small">
          {countOf(month?.payments ?? 0, 'pagamento', 'pagamentos')}
          {month && month.downPaymentCents > 0 ? `, e ${brl(month.downPaymentCents)} de entradas nas vendas` : ''}
        </div>
      </div>
    </div>
  );
}

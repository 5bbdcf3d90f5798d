// Recovery per kind of collection action and the ten largest debtors.
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { NamedPosition } from '@shared/reports/compute';
import { RECOVERY_WINDOW_DAYS, type RecoveryRow } from '@shared/reports/recovery';
import { formatCpfCnpj } from '@shared/br/cpf-cnpj';
import { ReportSection } from './ReportSection';
import { brl, brlShort, COLORS, dateBR, int } from './format';

export function RecoverySection({ rows }: { rows: RecoveryRow[] }) {
  const data = rows.map((r) => ({ label: r.label, value: r.recoveredCents }));
  return (
    <ReportSection
      testId="report-recovery"
      title="Recuperação por tipo de cobrança"
      subtitle={`Cada pagamento do período conta para a última ação de cobrança feita até ${RECOVERY_WINDOW_DAYS} dias antes dele.`}
      chartLabel={`Gráfico de barras do valor recebido após cada tipo de ação. ${rows.map((r) => `${r.label}: ${brl(r.recoveredCents)}`).join('; ')}.`}
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={brlShort} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => brl(Number(v))} />
            <Bar dataKey="value" name="Recebido" fill={COLORS.principal} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data compact">
          <caption className="sr-only">Recuperação por tipo de ação de cobrança</caption>
          <thead>
            <tr>
              <th scope="col">Ação</th>
              <th scope="col" className="num">Ações</th>
              <th scope="col" className="num">Clientes que pagaram</th>
              <th scope="col" className="num">Recebido</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.kind === 'espontaneo' ? '—' : int(r.actions)}</td>
                <td className="num">
                  {int(r.customersPaid)}
                  {r.kind !== 'espontaneo' && r.customersReached > 0 ? <span className="muted"> de {int(r.customersReached)}</span> : null}
                </td>
                <td className="num">{brl(r.recoveredCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function TopDebtorsSection({ top }: { top: NamedPosition[] }) {
  const data = top.map((t) => ({ label: t.name.length > 22 ? `${t.name.slice(0, 21)}…` : t.name, overdue: t.overdueCents, current: t.currentCents }));
  return (
    <ReportSection
      testId="report-top"
      title="10 maiores devedores"
      subtitle="Total em aberto na data-base, vencido e a vencer."
      chartLabel={`Gráfico de barras dos dez maiores devedores. ${top.map((t) => `${t.name}: ${brl(t.openCents)}`).join('; ')}.`}
      chart={
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={brlShort} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip formatter={(v) => brl(Number(v))} />
            <Bar dataKey="overdue" name="Vencido" stackId="d" fill={COLORS.rate} isAnimationActive={false} />
            <Bar dataKey="current" name="A vencer" stackId="d" fill={COLORS.ages[1] ?? COLORS.principal} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data compact">
          <caption className="sr-only">Os dez maiores devedores</caption>
          <thead>
            <tr>
              <th scope="col">Cliente</th>
              <th scope="col" className="num">Em aberto</th>
              <th scope="col" className="num">Vencido</th>
              <th scope="col">Atraso desde</th>
            </tr>
          </thead>
          <tbody>
            {top.map((t) => (
              <tr key={t.customerId}>
                <td>
                  <Link to={`/clientes/${t.customerId}`}>{t.name}</Link>
                  {t.document ? <div className="muted small">{formatCpfCnpj(t.document)}</div> : null}
                </td>
                <td className="num">{brl(t.openCents)}</td>
                <td className="num">{brl(t.overdueCents)}</td>
                <td>{dateBR(t.oldestOverdueDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

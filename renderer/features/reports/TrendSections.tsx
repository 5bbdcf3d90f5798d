// Default rate over time and the receipts expected in the next 90 days.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DefaultPoint } from '@shared/reports/default-rate';
import type { ExpectedReceipts } from '@shared/reports/expected';
import { ReportSection } from './ReportSection';
import { brl, brlShort, COLORS, dateBR, int, pct } from './format';

export function DefaultRateSection({ points }: { points: DefaultPoint[] }) {
  const data = points.map((p) => ({ label: dateBR(p.date).slice(3), rate: p.rate, rate90: p.openCents > 0 ? p.overdue90Cents / p.openCents : 0 }));
  const last = points[points.length - 1];
  return (
    <ReportSection
      testId="report-default"
      title="Taxa de inadimplência"
      subtitle={last ? `Vencido sobre o total a receber, no fim de cada mês. Hoje: ${pct(last.rate)} (${brl(last.overdueCents)} de ${brl(last.openCents)}).` : undefined}
      chartLabel={`Gráfico de linhas da taxa de inadimplência por mês. ${points.map((p) => `${dateBR(p.date)}: ${pct(p.rate)}`).join('; ')}.`}
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis tickFormatter={(v: number) => pct(v)} width={56} tick={{ fontSize: 12 }} domain={[0, 'auto']} />
            <Tooltip formatter={(v) => pct(Number(v))} />
            <Legend />
            <Line dataKey="rate" name="Vencido (qualquer atraso)" stroke={COLORS.rate} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
            <Line dataKey="rate90" name="Vencido há mais de 90 dias" stroke={COLORS.rate90} strokeDasharray="5 4" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <div className="table-scroll">
          <table className="data compact">
            <caption className="sr-only">Taxa de inadimplência por mês</caption>
            <thead>
              <tr>
                <th scope="col">Data</th>
                <th scope="col" className="num">A receber</th>
                <th scope="col" className="num">Vencido</th>
                <th scope="col" className="num">Taxa</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.date}>
                  <th scope="row">{dateBR(p.date)}</th>
                  <td className="num">{brl(p.openCents)}</td>
                  <td className="num">{brl(p.overdueCents)}</td>
                  <td className="num">{pct(p.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}

export function ExpectedSection({ expected }: { expected: ExpectedReceipts }) {
  const data = expected.weeks.map((w) => ({ label: dateBR(w.from).slice(0, 5), value: w.amountCents }));
  return (
    <ReportSection
      testId="report-expected"
      title="Previsão de recebimentos — próximos 90 dias"
      subtitle={`${brl(expected.totalCents)} a vencer nas próximas semanas, fora ${brl(expected.overdueCents)} já vencidos.`}
      chartLabel={`Gráfico de barras do valor a vencer por semana. Total ${brl(expected.totalCents)}.`}
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis tickFormatter={brlShort} width={92} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(v) => brl(Number(v))} labelFormatter={(l) => `Semana de ${String(l)}`} />
            <Bar dataKey="value" name="A vencer" fill={COLORS.expected} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <div className="table-scroll">
          <table className="data compact">
            <caption className="sr-only">Valor a vencer por semana</caption>
            <thead>
              <tr>
                <th scope="col">Semana</th>
                <th scope="col" className="num">Parcelas</th>
                <th scope="col" className="num">Valor</th>
              </tr>
            </thead>
            <tbody>
              {expected.weeks.map((w) => (
                <tr key={w.from}>
                  <th scope="row">
                    {dateBR(w.from).slice(0, 5)} a {dateBR(w.to).slice(0, 5)}
                  </th>
                  <td className="num">{int(w.installments)}</td>
                  <td className="num">{brl(w.amountCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{int(expected.weeks.reduce((s, w) => s + w.installments, 0))}</td>
                <td className="num">{brl(expected.totalCents)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      }
    />
  );
}

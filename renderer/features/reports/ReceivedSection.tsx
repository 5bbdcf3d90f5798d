// Received per month: principal vs fine + interest, and the same money by payment method.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { monthLabel } from '@shared/reports/months';
import type { MonthReceived } from '@shared/reports/received';
import { methodLabel, PAYMENT_METHODS } from '@shared/reports/types';
import { ReportSection } from './ReportSection';
import { brl, brlShort, COLORS } from './format';

export function ReceivedSection({ months, total }: { months: MonthReceived[]; total: MonthReceived }) {
  const data = months.map((m) => ({ label: monthLabel(m.month), principal: m.principalCents, charges: m.fineCents + m.interestCents, down: m.downPaymentCents }));
  const methods = [...PAYMENT_METHODS, ...Object.keys(total.byMethod).filter((k) => !(PAYMENT_METHODS as readonly string[]).includes(k))].filter((m) => total.byMethod[m] !== undefined);
  const byMethod = months.map((m) => ({ label: monthLabel(m.month), ...Object.fromEntries(methods.map((k) => [k, m.byMethod[k] ?? 0])) }));
  return (
    <>
      <ReportSection
        testId="report-received"
        title="Recebido por mês"
        subtitle={`No período: ${brl(total.principalCents)} de principal e ${brl(total.fineCents + total.interestCents)} de multa e juros (${brl(total.waivedCents)} abonados)${total.downPaymentCents > 0 ? `, e ${brl(total.downPaymentCents)} de entradas pagas nas vendas` : ''}.`}
        chartLabel={`Gráfico de barras empilhadas do recebido por mês, principal e encargos. Total de principal ${brl(total.principalCents)}, encargos ${brl(total.fineCents + total.interestCents)}.`}
        chart={
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis tickFormatter={brlShort} width={92} tick={{ fontSize: 11 }} />
              <Tooltip formatter={(v) => brl(Number(v))} />
              <Legend />
              <Bar dataKey="principal" name="Principal" stackId="r" fill={COLORS.principal} isAnimationActive={false} />
              <Bar dataKey="charges" name="Multa e juros" stackId="r" fill={COLORS.charges} isAnimationActive={false} />
              {total.downPaymentCents > 0 ? <Bar dataKey="down" name="Entradas nas vendas" stackId="r" fill={COLORS.expected} isAnimationActive={false} /> : null}
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <div className="table-scroll">
            <table className="data compact">
              <caption className="sr-only">Recebido por mês</caption>
              <thead>
                <tr>
                  <th scope="col">Mês</th>
                  <th scope="col" className="num">Principal</th>
                  <th scope="col" className="num">Multa e juros</th>
                  <th scope="col" className="num">Entradas nas vendas</th>
                  <th scope="col" className="num">Recebido</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthLabel(m.month)}</th>
                    <td className="num">{brl(m.principalCents)}</td>
                    <td className="num">{brl(m.fineCents + m.interestCents)}</td>
                    <td className="num">{brl(m.downPaymentCents)}</td>
                    <td className="num">{brl(m.receivedCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  <td className="num">{brl(total.principalCents)}</td>
                  <td className="num">{brl(total.fineCents + total.interestCents)}</td>
                  <td className="num">{brl(total.downPaymentCents)}</td>
                  <td className="num">{brl(total.receivedCents)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        }
      />
      <ReportSection
        testId="report-methods"
        title="Recebido por forma de pagamento"
        subtitle="Dinheiro que entrou no caixa, já descontados troco e estornos."
        chartLabel={`Gráfico de barras empilhadas do recebido por forma de pagamento. ${methods.map((k) => `${methodLabel(k)}: ${brl(total.byMethod[k] ?? 0)}`).join('; ')}.`}
        chart={
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={byMethod} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis tickFormatter={brlShort} width={92} tick={{ fontSize: 11 }} />
              <Tooltip formatter={(v) => brl(Number(v))} />
              <Legend />
              {methods.map((k, i) => (
                <Bar key={k} dataKey={k} name={methodLabel(k)} stackId="m" fill={COLORS.methods[i % COLORS.methods.length] ?? COLORS.principal} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data compact">
            <caption className="sr-only">Recebido por forma de pagamento no período</caption>
            <thead>
              <tr>
                <th scope="col">Forma</th>
                <th scope="col" className="num">Valor</th>
                <th scope="col" className="num">%</th>
              </tr>
            </thead>
            <tbody>
              {methods.map((k) => (
                <tr key={k}>
                  <th scope="row">{methodLabel(k)}</th>
                  <td className="num">{brl(total.byMethod[k] ?? 0)}</td>
                  <td className="num">{total.receivedCents !== 0 ? `${(((total.byMethod[k] ?? 0) / total.receivedCents) * 100).toFixed(1).replace('.', ',')}%` : '—'}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{brl(total.receivedCents)}</td>
                <td className="num" />
              </tr>
            </tfoot>
          </table>
        }
      />
    </>
  );
}

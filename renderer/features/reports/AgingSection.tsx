// Receivables by age, with the customers of a clicked bucket listed below.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AgeBucketId, Aging } from '@shared/reports/aging';
import { ReportSection } from './ReportSection';
import { brl, brlShort, COLORS, dateBR, int } from './format';

const AXIS: Record<AgeBucketId, string> = { a_vencer: 'A vencer', d1_30: '1–30', d31_60: '31–60', d61_90: '61–90', d91_180: '91–180', d181: '> 180' };

export function AgingSection({ aging, names }: { aging: Aging; names: Record<string, string> }) {
  const [open, setOpen] = useState<AgeBucketId | null>(null);
  const bucket = aging.buckets.find((b) => b.id === open) ?? null;
  const data = aging.buckets.map((b) => ({ id: b.id, label: AXIS[b.id], value: b.amountCents }));
  const pick = (id: AgeBucketId): void => setOpen((cur) => (cur === id ? null : id));
  return (
    <ReportSection
      testId="report-aging"
      title="A receber por idade"
      subtitle={`Em ${dateBR(aging.asOf)}: ${brl(aging.totalCents)} de ${int(aging.customers)} clientes, dos quais ${brl(aging.overdueCents)} vencidos. Clique numa faixa para ver os clientes.`}
      chartLabel={`Gráfico de barras do valor a receber por faixa de atraso. ${aging.buckets.map((b) => `${b.label}: ${brl(b.amountCents)}`).join('; ')}.`}
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 14 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} label={{ value: 'dias de atraso', position: 'insideBottomRight', offset: -4, fontSize: 11 }} />
            <YAxis tickFormatter={brlShort} width={92} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(v) => brl(Number(v))} />
            <Bar dataKey="value" name="Valor" cursor="pointer" onClick={(_d, i) => { const b = aging.buckets[i]; if (b) pick(b.id); }} isAnimationActive={false}>
              {data.map((d, i) => (
                <Cell key={d.id} fill={COLORS.ages[i] ?? COLORS.principal} {...(open === d.id ? { stroke: '#000' } : {})} strokeWidth={open === d.id ? 2 : 0} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data compact">
          <caption className="sr-only">Valores a receber por faixa de atraso</caption>
          <thead>
            <tr>
              <th scope="col">Faixa</th>
              <th scope="col" className="num">Valor</th>
              <th scope="col" className="num">Clientes</th>
            </tr>
          </thead>
          <tbody>
            {aging.buckets.map((b) => (
              <tr key={b.id} className={open === b.id ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" aria-expanded={open === b.id} onClick={() => pick(b.id)} data-testid={`aging-${b.id}`}>
                    {b.label}
                  </button>
                </th>
                <td className="num">{brl(b.amountCents)}</td>
                <td className="num">{int(b.customers)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">{brl(aging.totalCents)}</td>
              <td className="num">{int(aging.customers)}</td>
            </tr>
          </tfoot>
        </table>
      }
    >
      {bucket ? (
        <div className="bucket-list" data-testid="aging-list">
          <h3>
            {bucket.label}: {int(bucket.customers)} clientes
            {bucket.customers > bucket.list.length ? ` (os ${bucket.list.length} maiores)` : ''}
          </h3>
          <table className="data compact">
            <thead>
              <tr>
                <th scope="col">Cliente</th>
                <th scope="col" className="num">Valor na faixa</th>
                <th scope="col" className="num">Parcelas</th>
                <th scope="col">Vencimento mais antigo</th>
              </tr>
            </thead>
            <tbody>
              {bucket.list.map((c) => (
                <tr key={c.customerId}>
                  <td>
                    <Link to={`/clientes/${c.customerId}`}>{names[c.customerId] ?? '—'}</Link>
                  </td>
                  <td className="num">{brl(c.amountCents)}</td>
                  <td className="num">{int(c.installments)}</td>
                  <td>{dateBR(c.oldestDueDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </ReportSection>
  );
}

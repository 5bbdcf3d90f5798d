import { describe, expect, it } from 'vitest';
import { sampleData, SAMPLE_AS_OF } from '../reports/sample-data';
import { computeReports } from '../reports/compute';
import { buildAccountantTables, stagedAccountantTables } from './accountant';
import { centsToDecimal, neutralizeFormula, tableToCsv, tableToCsvBytes } from './csv';
import { isTypedCell, type Cell, type Table } from './table';

const period = { from: '2025-12-01', to: SAMPLE_AS_OF };
const tables = buildAccountantTables(sampleData(), period, SAMPLE_AS_OF);
const byName = (n: string): Table => {
  const t = tables.find((x) => x.name === n);
  if (!t) throw new Error(n);
  return t;
};
const num = (c: Cell | undefined): number => {
  if (typeof c === 'number') return c;
  if (c !== undefined && isTypedCell(c) && typeof c.value === 'number') return c.value;
  return 0;
};
const colSum = (t: Table, header: string): number => {
  const k = t.columns.findIndex((c) => c.header === header);
  return t.rows.reduce((s, r) => s + num(r[k]), 0);
};
const summaryValue = (label: string): number => num(byName('Resumo').rows.find((r) => r[0] === label)?.[1]);

describe('accountant tables', () => {
  const reports = computeReports(sampleData(), { asOf: SAMPLE_AS_OF, months: 12, kind: 'todos' });

  it("counts a sale's down payment (entrada) once: in the summary's total that came in, as Relatórios does", () => {
    const data = sampleData();
    const sales = data.sales.map((x) => (x.id === 's2' ? { ...x, downPaymentCents: 5000 } : x));
    const withDown = { ...data, sales };
    const summary = buildAccountantTables(withDown, period, SAMPLE_AS_OF).find((t) => t.name === 'Resumo');
    const value = (label: string): number => num(summary?.rows.find((r) => r[0] === label)?.[1]);
    expect(value('Entradas recebidas nas vendas')).toBe(5000);
    expect(value('Valor recebido em pagamentos (líquido de troco e estornos)')).toBe(51500);
    expect(value('Total que entrou no período (pagamentos e entradas das vendas)')).toBe(56500);
    const rep = computeReports(withDown, { asOf: SAMPLE_AS_OF, months: 12, kind: 'todos' });
    expect(rep.receivedTotal.receivedCents).toBe(56500);
    expect(rep.receivedTotal.downPaymentCents).toBe(5000);
  });

  it('has the five sheets in order', () => {
    expect(tables.map((t) => t.name)).toEqual(['Resumo', 'Vendas a prazo', 'Parcelas', 'Recebimentos', 'Posição em aberto por cliente']);
  });
  it('totals match the reports to the centavo', () => {
    const rec = byName('Recebimentos');
    expect(colSum(rec, 'Principal')).toBe(reports.receivedTotal.principalCents);
    expect(colSum(rec, 'Multa')).toBe(reports.receivedTotal.fineCents);
    expect(colSum(rec, 'Juros')).toBe(reports.receivedTotal.interestCents);
    expect(colSum(rec, 'Valor recebido')).toBe(reports.receivedTotal.receivedCents);
    expect(colSum(rec, 'Desconto')).toBe(50);
    expect(summaryValue('Recebido: principal')).toBe(51000);
    expect(summaryValue('Valor recebido em pagamentos (líquido de troco e estornos)')).toBe(51500);
    expect(summaryValue('Total que entrou no período (pagamentos e entradas das vendas)')).toBe(51500 + (summaryValue('Entradas recebidas nas vendas') as number));
    const pos = byName('Posição em aberto por cliente');
    expect(colSum(pos, 'Em aberto')).toBe(reports.aging.totalCents);
    expect(colSum(pos, 'Vencido')).toBe(reports.aging.overdueCents);
    expect(summaryValue('Em aberto na data-base')).toBe(113000);
    expect(summaryValue('Vencido na data-base')).toBe(63000);
    for (const b of reports.aging.buckets) expect(summaryValue(`Em aberto por idade: ${b.label.toLowerCase()}`)).toBe(b.amountCents);
  });
  it('lists sales of the period with kind and status, and installments due in it', () => {
    const sales = byName('Vendas a prazo');
    expect(sales.rows.map((r) => [r[0], r[4], r[9]])).toEqual([
      ['2026-01-15', 'Carnê / crediário', 'Ativa'],
      ['2026-04-01', 'Acordo (renegociação)', 'Ativa'],
      ['2026-06-10', 'Carnê / crediário', 'Ativa'],
      ['2026-09-01', 'Carnê / crediário', 'Ativa'],
      ['2026-10-01', 'Carnê / crediário', 'Ativa'],
      ['2026-11-20', 'Carnê / crediário', 'Cancelada'],
    ]);
    expect(summaryValue('Vendas a prazo no período (sem canceladas)')).toBe(20000 + 30000 + 4000 + 100000);
    const inst = byName('Parcelas');
    const sit = Object.fromEntries(inst.rows.map((r) => [`${String(r[0])} ${String(r[3])} ${String(r[4])}`, r[8]]));
    expect(sit['Ana Souza 1/3 2026-07-10']).toBe('Vencida');
    expect(sit['Ana Souza 2/3 2026-08-10']).toBe('Paga');
    expect(sit['Carla; "Dias" 1/1 2026-02-15']).toBe('Renegociada');
    expect(sit['=Bar do Zé 2/2 2026-12-01']).toBeUndefined(); // due after the period
  });
  it('counts an imported opening balance apart: not a sale of the period', () => {
    const data = sampleData();
    const opening = data.sales.find((x) => x.date === '2026-09-01');
    if (!opening) throw new Error('sample sale');
    opening.openingBalance = true;
    const [summary, sales] = buildAccountantTables(data, period, SAMPLE_AS_OF);
    const value = (label: string): Cell | undefined => summary?.rows.find((r) => r[0] === label)?.[1];
    expect(num(value('Vendas a prazo no período (sem canceladas)'))).toBe(20000 + 30000 + 100000 - opening.totalCents + 4000);
    expect(num(value('Saldos iniciais importados (dívidas de antes do sistema)'))).toBe(opening.totalCents);
    expect(sales?.rows.find((r) => r[0] === '2026-09-01')?.[4]).toBe('Saldo inicial importado');
    expect(summaryValue('Saldos iniciais importados (dívidas de antes do sistema)')).toBe(0);
  });
  it('marks reversals', () => {
    const rec = byName('Recebimentos');
    expect(rec.rows.find((r) => r[1] === 'C1-p6')?.[12]).toBe('Estorno do recibo C1-p1');
  });
});

describe('staged tables', () => {
  it('equal the tables from the whole data when nothing is dated after the period', async () => {
    const data = sampleData();
    const to = [...data.payments.map((p) => p.date), ...data.sales.map((s) => s.date), ...data.agreements.map((a) => a.date)].sort().at(-1) ?? SAMPLE_AS_OF;
    for (const from of ['2025-12-01', '2026-06-01', to]) {
      const p = { from, to };
      const whole = buildAccountantTables(data, p, SAMPLE_AS_OF);
      const staged = stagedAccountantTables({ ...data, payments: [] }, p, SAMPLE_AS_OF, Promise.resolve(data.payments));
      expect(staged.filter((t) => !(t instanceof Promise))).toHaveLength(3);
      expect(await Promise.all(staged)).toEqual(whole);
      expect(whole.find((t) => t.name === 'Recebimentos')?.rows.length ?? 0).toBeGreaterThan(from === to ? -1 : 0);
    }
  });
});

describe('CSV', () => {
  it('neutralises formula-looking text', () => {
    for (const s of ['=1+1', '+55', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(s)).toBe(`'${s}`);
    expect(neutralizeFormula('Ana')).toBe('Ana');
  });
  it('writes decimal commas without thousands separators', () => {
    expect(centsToDecimal(123456)).toBe('1234,56');
    expect(centsToDecimal(-5)).toBe('-0,05');
    expect(centsToDecimal(0)).toBe('0,00');
  });
  it('has a BOM, ; separators, CRLF, pt-BR dates, quoting and injection guards', () => {
    const csv = tableToCsv(byName('Recebimentos'));
    expect(csv.startsWith('\ufeffData;Recibo;Cliente;CPF/CNPJ;Forma de pagamento;Valor recebido;Principal;Multa;Juros;Desconto;Crédito gerado;Crédito usado;Observação\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain("05/11/2026;C1-p3;'=Bar do Zé;11.222.333/0001-81;Cartão de crédito;250,00;250,00;0,00;0,00;0,00;0,00;0,00;");
    expect(lines).toContain('22/11/2026;C1-p6;Ana Souza;529.982.247-25;Pix;-100,00;-100,00;0,00;0,00;0,00;0,00;0,00;Estorno do recibo C1-p1');
    expect(lines).toContain('28/04/2026;C1-p4;"Carla; ""Dias""";;Pix;110,00;110,00;0,00;0,00;0,00;0,00;0,00;');
    for (const l of lines.slice(0, -1)) expect(l.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)).toHaveLength(13);
  });
  it('encodes UTF-8 with the BOM bytes', () => {
    const bytes = tableToCsvBytes(byName('Resumo'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Taxa de inadimplência (vencido / em aberto);55,75%;');
  });
});

// Number formats of the Relatórios screen (pt-BR).
import { formatBRL } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';

export const brl = (cents: number): string => formatBRL(Math.round(cents));

const SHORT = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 });

/** Axis ticks: 'R$ 950', 'R$ 12,5 mil', 'R$ 1,2 mi'. */
export function brlShort(cents: number): string {
  const reais = cents / 100;
  const abs = Math.abs(reais);
  if (abs >= 1_000_000) return `R$ ${SHORT.format(reais / 1_000_000)} mi`;
  if (abs >= 1_000) return `R$ ${SHORT.format(reais / 1_000)} mil`;
  return `R$ ${SHORT.format(reais)}`;
}

const PCT = new Intl.NumberFormat('pt-BR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const pct = (ratio: number): string => PCT.format(ratio);

export const dateBR = (iso: string | null): string => (iso ? formatDateBR(iso) : '—');

const INT = new Intl.NumberFormat('pt-BR');

export const int = (n: number): string => INT.format(n);

/** Chart colours (brand green, amber, red and calm companions). */
export const COLORS = {
  principal: '#1f5f4a',
  charges: '#c98a1b',
  rate: '#a3261b',
  rate90: '#6d1911',
  expected: '#2f7d9a',
  ages: ['#1f5f4a', '#8fb8a3', '#e0b252', '#d98a2b', '#c0532b', '#8f1d14'],
  methods: ['#1f5f4a', '#2f7d9a', '#6b5ca5', '#c98a1b', '#8fb8a3', '#7a7a7a', '#b5651d'],
};

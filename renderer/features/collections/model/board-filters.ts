// Filters of the board and the per-column grouping with totals (pure).
import type { BoardCard, ColumnId } from './board-model';

export interface BoardFilters {
  /** Only this column ('' = all). */
  column: ColumnId | '';
  /** Minimum overdue amount (with charges), centavos. */
  minCents: number | null;
  maxCents: number | null;
  /** Minimum / maximum days late. */
  minDays: number | null;
  maxDays: number | null;
  /** '' = everyone; '-' = nobody responsible yet; otherwise the responsible's name. */
  responsible: string;
  /** Name contains (accent-insensitive). */
  text: string;
}

export const NO_FILTERS: BoardFilters = { column: '', minCents: null, maxCents: null, minDays: null, maxDays: null, responsible: '', text: '' };

export const NOBODY = '-';

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function filtersActive(f: BoardFilters): boolean {
  return (
    f.column !== '' || f.minCents !== null || f.maxCents !== null || f.minDays !== null || f.maxDays !== null || f.responsible !== '' || f.text.trim() !== ''
  );
}

export function matchesFilters(c: BoardCard, f: BoardFilters): boolean {
  if (f.column !== '' && c.column !== f.column) return false;
  if (f.minCents !== null && c.overdueCents < f.minCents) return false;
  if (f.maxCents !== null && c.overdueCents > f.maxCents) return false;
  if (f.minDays !== null && c.daysLate < f.minDays) return false;
  if (f.maxDays !== null && c.daysLate > f.maxDays) return false;
  if (f.responsible === NOBODY && c.responsible) return false;
  if (f.responsible !== '' && f.responsible !== NOBODY && c.responsible !== f.responsible) return false;
  const t = fold(f.text.trim());
  if (t !== '' && !fold(c.name).includes(t)) return false;
  return true;
}

export interface ColumnGroup {
  cards: BoardCard[];
  /** Sum of overdue with charges. */
  totalCents: number;
  /** Sum of what falls due soon (for "A vencer", where nothing is overdue yet). */
  upcomingCents: number;
}

/** Groups the filtered cards by column, keeping the cards' order; every column is present. */
export function groupByColumn(cards: readonly BoardCard[], columns: readonly ColumnId[], f: BoardFilters): Map<ColumnId, ColumnGroup> {
  const out = new Map<ColumnId, ColumnGroup>();
  for (const id of columns) out.set(id, { cards: [], totalCents: 0, upcomingCents: 0 });
  for (const c of cards) {
    if (!matchesFilters(c, f)) continue;
    const g = out.get(c.column);
    if (!g) continue;
    g.cards.push(c);
    g.totalCents += c.overdueCents;
    g.upcomingCents += c.overdueCents === 0 ? (c.nextDue?.cents ?? 0) : 0;
  }
  return out;
}

/** Distinct responsible names, sorted, for the filter. */
export function responsibles(cards: readonly BoardCard[]): string[] {
  const set = new Set<string>();
  for (const c of cards) if (c.responsible) set.add(c.responsible);
  return [...set].sort((a, b) => a.localeCompare(b, 'pt-BR'));
}

// The filter row above the board: stage, amount, days late, responsible, name.
import { useState } from 'react';
import { parseBRL } from '@shared/money/brl';
import { NO_FILTERS, NOBODY, filtersActive, type BoardFilters } from '../model/board-filters';

function intOrNull(s: string): number | null {
  const t = s.trim();
  if (t === '' || !/^-?\d+$/.test(t)) return null;
  return Number(t);
}

function centsOrNull(s: string): number | null {
  if (s.trim() === '') return null;
  try {
    return parseBRL(s);
  } catch {
    return null;
  }
}

export function BoardFiltersBar({
  value,
  onChange,
  columns,
  people,
}: {
  value: BoardFilters;
  onChange: (f: BoardFilters) => void;
  columns: { id: string; name: string }[];
  people: string[];
}) {
  // Amount typed as text ("1.000,00") is kept as typed; the filter gets centavos.
  const [minText, setMinText] = useState('');
  const [maxText, setMaxText] = useState('');
  const set = (patch: Partial<BoardFilters>): void => onChange({ ...value, ...patch });
  return (
    <form className="board-filters" role="search" aria-label="Filtros do quadro" onSubmit={(e) => e.preventDefault()} data-testid="board-filters">
      <div className="bf-field">
        <label htmlFor="bf-text">Cliente</label>
        <input id="bf-text" type="search" placeholder="Nome" value={value.text} onChange={(e) => set({ text: e.target.value })} data-testid="filter-text" />
      </div>
      <div className="bf-field">
        <label htmlFor="bf-stage">Etapa</label>
        <select id="bf-stage" value={value.column} onChange={(e) => set({ column: e.target.value })} data-testid="filter-stage">
          <option value="">Todas</option>
          {columns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="bf-field small">
        <label htmlFor="bf-min">Valor de (R$)</label>
        <input id="bf-min" inputMode="decimal" value={minText} onChange={(e) => { setMinText(e.target.value); set({ minCents: centsOrNull(e.target.value) }); }} data-testid="filter-min" />
      </div>
      <div className="bf-field small">
        <label htmlFor="bf-max">até (R$)</label>
        <input id="bf-max" inputMode="decimal" value={maxText} onChange={(e) => { setMaxText(e.target.value); set({ maxCents: centsOrNull(e.target.value) }); }} data-testid="filter-max" />
      </div>
      <div className="bf-field tiny">
        <label htmlFor="bf-dmin">Dias de</label>
        <input id="bf-dmin" inputMode="numeric" value={value.minDays ?? ''} onChange={(e) => set({ minDays: intOrNull(e.target.value) })} data-testid="filter-min-days" />
      </div>
      <div className="bf-field tiny">
        <label htmlFor="bf-dmax">até</label>
        <input id="bf-dmax" inputMode="numeric" value={value.maxDays ?? ''} onChange={(e) => set({ maxDays: intOrNull(e.target.value) })} data-testid="filter-max-days" />
      </div>
      <div className="bf-field">
        <label htmlFor="bf-resp">Responsável</label>
        <select id="bf-resp" value={value.responsible} onChange={(e) => set({ responsible: e.target.value })} data-testid="filter-responsible">
          <option value="">Todos</option>
          <option value={NOBODY}>Sem responsável</option>
          {people.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      {filtersActive(value) ? (
        <button
          type="button"
          className="btn small"
          onClick={() => {
            setMinText('');
            setMaxText('');
            onChange(NO_FILTERS);
          }}
        >
          Limpar filtros
        </button>
      ) : null}
    </form>
  );
}

// The kanban: columns side by side, cards dragged between them with the mouse (dnd-kit).
// A drop does not move anything by itself: it asks for the reason first (or, on the lanes,
// opens the pause / agreement dialogs).
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import type { BoardCard as Card, ColumnId } from '../model/board-model';
import type { ColumnGroup } from '../model/board-filters';
import { BoardColumn } from './BoardColumn';
import { CardBody, type CardHandlers } from './BoardCard';

export interface BoardProps {
  columns: { id: ColumnId; name: string; stage: boolean }[];
  groups: Map<ColumnId, ColumnGroup>;
  today: string;
  handlers: CardHandlers;
  onDrop: (card: Card, column: ColumnId) => void;
  columnExtra?: (id: ColumnId, group: ColumnGroup) => ReactNode;
}

const EMPTY: ColumnGroup = { cards: [], totalCents: 0, upcomingCents: 0 };

const accessibility = {
  screenReaderInstructions: {
    draggable: 'Para mudar o cliente de etapa pelo teclado, pressione M. Enter abre o cliente.',
  },
  announcements: {
    onDragStart: () => 'Cartão pego.',
    onDragOver: ({ over }: { over: { id: string | number } | null }) => (over ? `Sobre a coluna ${String(over.id)}.` : 'Fora das colunas.'),
    onDragEnd: ({ over }: { over: { id: string | number } | null }) => (over ? `Solto na coluna ${String(over.id)}.` : 'Cartão solto fora das colunas.'),
    onDragCancel: () => 'Movimento cancelado.',
  },
};

/** ArrowLeft / ArrowRight from a card: the first card of the nearest column that has one. */
function onSideArrow(e: KeyboardEvent<HTMLDivElement>): void {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  const col = (e.target as HTMLElement).closest('.board-card')?.closest<HTMLElement>('.board-col');
  if (!col) return;
  e.preventDefault();
  let next = e.key === 'ArrowRight' ? col.nextElementSibling : col.previousElementSibling;
  while (next) {
    const cardEl = next.querySelector<HTMLElement>('.board-card');
    if (cardEl) {
      cardEl.focus();
      cardEl.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    next = e.key === 'ArrowRight' ? next.nextElementSibling : next.previousElementSibling;
  }
}

export function Board({ columns, groups, today, handlers, onDrop, columnExtra }: BoardProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const [active, setActive] = useState<Card | null>(null);
  const onStart = (e: DragStartEvent): void => {
    const c = (e.active.data.current as { card?: Card } | undefined)?.card;
    setActive(c ?? null);
  };
  const onEnd = (e: DragEndEvent): void => {
    setActive(null);
    const c = (e.active.data.current as { card?: Card } | undefined)?.card;
    const to = e.over?.id;
    if (c && typeof to === 'string' && to !== c.column) onDrop(c, to);
  };
  return (
    <DndContext sensors={sensors} onDragStart={onStart} onDragEnd={onEnd} onDragCancel={() => setActive(null)} accessibility={accessibility}>
      <div className="board" data-testid="board" onKeyDown={onSideArrow}>
        {columns.map((col) => {
          const g = groups.get(col.id) ?? EMPTY;
          return (
            <BoardColumn
              key={col.id}
              id={col.id}
              name={col.name}
              lane={!col.stage}
              group={g}
              today={today}
              handlers={handlers}
              headerExtra={columnExtra?.(col.id, g)}
            />
          );
        })}
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? (
          <div className="board-card overlay">
            <CardBody card={active} today={today} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

// The kanban: columns side by side, cards dragged between them with the mouse (dnd-kit).
// A drop does not move anything by itself: it asks for the reason first (or, on the lanes,
// opens the pause / agreement dialogs).
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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

/** The columns the board's width leaves out on the right, as "Jurídico (3)", kept up to date as
 *  the board scrolls or the window changes size. */
function useColumnsOffRight(board: React.RefObject<HTMLDivElement | null>, labels: readonly string[]): string[] {
  const [off, setOff] = useState<string[]>([]);
  // The effect depends on the labels' text (a new array of the same labels is the same columns).
  const key = labels.join('\n');
  useEffect(() => {
    const el = board.current;
    if (!el) return undefined;
    const names = key.split('\n');
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const edge = el.scrollLeft + el.clientWidth;
      const out: string[] = [];
      Array.from(el.children).forEach((child, i) => {
        const c = child as HTMLElement;
        // More than half of the column out of sight.
        if (c.offsetLeft + c.offsetWidth / 2 > edge) out.push(names[i] ?? '');
      });
      setOff((prev) => (prev.join('|') === out.join('|') ? prev : out));
    };
    const later = (): void => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', later, { passive: true });
    const ro = new ResizeObserver(later);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', later);
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [board, key]);
  return off;
}

export function Board({ columns, groups, today, handlers, onDrop, columnExtra }: BoardProps) {
  const boardRef = useRef<HTMLDivElement>(null);
  const offRight = useColumnsOffRight(boardRef, columns.map((c) => `${c.name} (${(groups.get(c.id) ?? EMPTY).cards.length})`));
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
      <div className="board-wrap">
      <div ref={boardRef} className="board" data-testid="board" onKeyDown={onSideArrow}>
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
      {/* Columns past the window's right edge are said, and one click brings them in. */}
      {offRight.length > 0 ? (
        <button type="button" className="btn small board-more" onClick={() => boardRef.current?.scrollBy({ left: boardRef.current.clientWidth * 0.8, behavior: 'smooth' })} data-testid="board-more">
          Mais à direita: {offRight.join(', ')} →
        </button>
      ) : null}
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

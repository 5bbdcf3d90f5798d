// One column of the board: a drop target whose cards are windowed (only the visible ones are
// in the DOM), so a column of 5,000 customers scrolls as fast as one of 5.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatBRL } from '@shared/money/brl';
import type { ColumnGroup } from '../model/board-filters';
import { BoardCard, type CardHandlers } from './BoardCard';

const CARD_ESTIMATE = 132;

export function BoardColumn({
  id,
  name,
  lane,
  group,
  today,
  handlers,
  headerExtra,
}: {
  id: string;
  name: string;
  lane: boolean;
  group: ColumnGroup;
  today: string;
  handlers: CardHandlers;
  headerExtra?: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id });
  const scrollRef = useRef<HTMLDivElement>(null);
  const cards = group.cards;
  const v = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    overscan: 6,
    gap: 8,
    getItemKey: (i) => cards[i]?.customerId ?? i,
  });
  const headingId = `col-${id}-title`;
  // ArrowUp / ArrowDown walk the column, scrolling the window so the next card exists.
  const onArrow = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const slot = (e.target as HTMLElement).closest<HTMLElement>('.board-slot');
    if (!slot) return;
    e.preventDefault();
    const next = Number(slot.dataset.index) + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= cards.length) return;
    v.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`.board-slot[data-index="${next}"] .board-card`)?.focus());
  };
  return (
    <section
      ref={setNodeRef}
      className={`board-col ${lane ? 'lane' : ''} ${isOver ? 'over' : ''}`}
      aria-labelledby={headingId}
      data-testid={`board-col-${id}`}
    >
      <header className="board-col-head">
        <h2 id={headingId}>
          {name} <span className="board-count" data-testid="column-count">{cards.length}</span>
        </h2>
        <div className="board-total num" data-testid="column-total" title={group.totalCents > 0 ? 'Em atraso hoje, com multa e juros' : 'Valor das parcelas que vão vencer'}>
          {formatBRL(group.totalCents > 0 ? group.totalCents : group.upcomingCents)}
        </div>
        {headerExtra}
      </header>
      <div ref={scrollRef} className="board-col-scroll" onKeyDown={onArrow}>
        {cards.length === 0 ? <p className="board-col-empty muted">Ninguém aqui</p> : null}
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const card = cards[item.index];
            if (!card) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={v.measureElement}
                className="board-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <BoardCard card={card} today={today} onOpen={handlers.onOpen} onMove={handlers.onMove} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

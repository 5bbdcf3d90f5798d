// One customer on the board. Draggable with the mouse; with the keyboard: Enter opens the
// customer's collection panel, M moves the card to another stage.
import { memo, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { formatBRL } from '@shared/money/brl';
import { compactName } from '@shared/text';
import { JUIZADO_LABELS } from '@shared/guards/juizado';
import type { BoardCard as Card } from '../model/board-model';
import { channelLabel, daysLateLabel, daysLateShort, outcomeLabel, shortDate } from '../labels';

export interface CardHandlers {
  onOpen: (card: Card) => void;
  onMove: (card: Card) => void;
}

/** About as many characters of a name as a board card shows on one line. */
const CARD_NAME_CHARS = 17;

export function CardBody({ card, today }: { card: Card; today: string }) {
  const amount = card.overdueCents > 0 ? card.overdueCents : (card.nextDue?.cents ?? card.openCents);
  return (
    <>
      {/* A long name keeps its first and last names whole (the middle ones as initials), so two
          customers with the same first names are told apart; the whole name is the tooltip. */}
      <div className="bc-name" title={card.name}>{compactName(card.name, CARD_NAME_CHARS)}</div>
      <div className="bc-head">
        <span className="bc-amount num" data-testid="card-amount">{formatBRL(amount)}</span>
        <span className={`bc-days ${card.daysLate > 0 ? 'danger-text' : ''}`} data-testid="card-days">{daysLateShort(card.daysLate)}</span>
      </div>
      {card.lastContact ? (
        <div className="bc-line" data-testid="card-last-contact">
          Contato {shortDate(card.lastContact.date, today)} · {channelLabel(card.lastContact.channel)} · {outcomeLabel(card.lastContact.outcome)}
        </div>
      ) : (
        <div className="bc-line muted">Sem contato ainda</div>
      )}
      {card.promise && !card.promise.kept ? (
        <div className={`bc-line ${card.promise.broken ? 'bc-broken' : ''}`} data-testid="card-promise">
          {card.promise.broken ? 'Promessa quebrada' : 'Prometeu'} {shortDate(card.promise.date, today)} · {formatBRL(card.promise.amountCents)}
        </div>
      ) : null}
      {card.nextAction ? (
        <div className="bc-line" data-testid="card-next-action">
          Próxima ação {shortDate(card.nextAction.date, today)}: {card.nextAction.text}
        </div>
      ) : null}
      <Badges card={card} today={today} />
    </>
  );
}

function Badges({ card, today }: { card: Card; today: string }) {
  const items: { key: string; cls: string; text: string; title?: string }[] = [];
  if (card.pausedUntil) items.push({ key: 'p', cls: 'warn', text: `Pausado até ${shortDate(card.pausedUntil, today)}`, ...(card.pauseReason ? { title: card.pauseReason } : {}) });
  if (card.column === 'em_acordo') items.push({ key: 'a', cls: '', text: 'Em acordo' });
  if (card.manual) items.push({ key: 'm', cls: '', text: 'Etapa manual', ...(card.overrideReason ? { title: card.overrideReason } : {}) });
  // Held for the notice: none sent yet, or sent and its days to pay still running.
  if (card.heldForNotice) items.push({ key: 'n', cls: 'warn', text: card.noticeSentOn ? `Aviso prévio em ${shortDate(card.noticeSentOn, today)}` : 'Aguarda aviso prévio', title: card.heldForNotice });
  if (card.prescribesOn) items.push({ key: 'r', cls: 'danger', text: `Prescreve em ${shortDate(card.prescribesOn, today)}` });
  if (card.juizado) items.push({ key: 'j', cls: card.juizado === 'sem_advogado' ? '' : 'warn', text: JUIZADO_LABELS[card.juizado] });
  if (items.length === 0) return null;
  return (
    <div className="bc-badges">
      {items.map((b) => (
        <span key={b.key} className={`badge ${b.cls}`} title={b.title} data-testid={`badge-${b.key}`}>
          {b.text}
        </span>
      ))}
    </div>
  );
}

function BoardCardImpl({ card, today, onOpen, onMove }: { card: Card; today: string } & CardHandlers) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.customerId, data: { card } });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(card);
    } else if (e.key === 'm' || e.key === 'M') {
      e.preventDefault();
      onMove(card);
    }
  };
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      role="button"
      tabIndex={0}
      aria-roledescription="cartão arrastável"
      aria-label={`${card.name}, ${daysLateLabel(card.daysLate)}. Enter abre, M muda de etapa, setas andam pelo quadro.`}
      className={`board-card ${isDragging ? 'dragging' : ''} ${card.promise?.broken ? 'broken' : ''}`}
      data-testid="board-card"
      data-customer={card.customerId}
      data-column={card.column}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(card)}
    >
      <CardBody card={card} today={today} />
    </div>
  );
}

export const BoardCard = memo(BoardCardImpl);

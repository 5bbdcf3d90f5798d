// "Cobrança": the escalation board. Columns are the stages of the shop's policy plus the
// "Em acordo" and "Pausado" lanes; a card per customer; drag (or M) to change the stage.
import { countOf } from '@shared/text';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatBRL } from '@shared/money/brl';
import { LANE_AGREEMENT, LANE_PAUSED } from '@shared/collections/policy';
import { PageHeader, EmptyState, Kbd } from '../../components/ui';
import { Modal } from '../../components/Modal';
import { useToday } from '../../app/useToday';
import { boardColumns, type BoardCard, type ColumnId } from './model/board-model';
import { groupByColumn, NO_FILTERS, responsibles, type BoardFilters } from './model/board-filters';
import { useBoard } from './useBoard';
import { useDailyRun } from './useDailyRun';
import { Board } from './board/Board';
import { BoardFiltersBar } from './board/BoardFiltersBar';
import { MoveStageDialog } from './board/MoveStageDialog';
import { PrescribedNote } from './board/PrescribedNote';
import { CustomerCollectionPanel } from './CustomerCollectionPanel';
import { PauseDialog } from './dialogs/PauseDialog';
import { RenegotiationDialog } from './dialogs/RenegotiationDialog';
import { ColumnLetters } from './print/ColumnLetters';
import './board.css';

type Dialog =
  | { kind: 'open'; card: BoardCard }
  | { kind: 'move'; card: BoardCard; target?: string }
  | { kind: 'pause'; card: BoardCard }
  | { kind: 'agreement'; card: BoardCard }
  | null;

export default function BoardPage() {
  const today = useToday();
  const state = useBoard(today);
  const daily = useDailyRun(today); // breaks agreements that ran late, so their customers are back in their stage
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState('');
  const policy = state?.ctx.policy;
  const columns = useMemo(() => (policy ? boardColumns(policy) : []), [policy]);
  const cards = state?.board.cards;
  const groups = useMemo(() => groupByColumn(cards ?? [], columns.map((c) => c.id), filters), [cards, columns, filters]);
  const people = useMemo(() => responsibles(cards ?? []), [cards]);
  // Looking for someone by name: the board scrolls to the first column where the name is (at
  // 1366 px it shows about five of its nine columns, and the card could be off to the right).
  // Every column stays, to drag the card to.
  const searching = filters.text.trim() !== '';
  const firstMatch = searching ? (columns.find((c) => (groups.get(c.id)?.cards.length ?? 0) > 0)?.id ?? null) : null;
  useEffect(() => {
    if (firstMatch) document.querySelector(`[data-testid="board-col-${firstMatch}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [firstMatch]);
  const stageIds = useMemo(() => policy?.stages.map((s) => s.id) ?? [], [policy]);
  const handlers = useMemo(
    () => ({ onOpen: (card: BoardCard) => setDialog({ kind: 'open', card }), onMove: (card: BoardCard) => setDialog({ kind: 'move', card }) }),
    [],
  );
  const onDrop = useCallback((card: BoardCard, to: ColumnId) => {
    if (to === LANE_PAUSED) setDialog({ kind: 'pause', card });
    else if (to === LANE_AGREEMENT) setDialog({ kind: 'agreement', card });
    else setDialog({ kind: 'move', card, target: to });
  }, []);
  const close = (): void => setDialog(null);

  if (!state || !policy) return <p className="loading" aria-busy="true">Montando o quadro…</p>;
  const total = state.board.cards.reduce((s, c) => s + c.overdueCents, 0);
  const header = (
    <PageHeader
      title="Cobrança"
      subtitle={
        <span data-testid="board-summary">
          {countOf(state.board.cards.length, 'cliente', 'clientes')} na régua · {formatBRL(total)} em atraso hoje, com multa e juros · arraste um cartão ou use <Kbd>M</Kbd> para mudar de etapa
        </span>
      }
    />
  );
  if (state.board.cards.length === 0 && state.board.prescribed.length === 0) {
    return (
      <>
        {header}
        <EmptyState title="Ninguém em atraso" testId="board-empty">
          <p>Os clientes com parcelas vencidas aparecem aqui, do lembrete amigável até o Juizado, sempre com educação e dentro da lei.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <div className="board-page" data-daily-run={daily.run || daily.error ? 'done' : 'running'}>
      {header}
      <BoardFiltersBar value={filters} onChange={setFilters} columns={columns} people={people} />
      <PrescribedNote items={state.board.prescribed} />
      <p className={message ? "board-toast" : "sr-only"} role="status" aria-live="polite" data-testid="board-message">{message}</p>
      {searching && firstMatch === null ? (
        <p className="alert warn" data-testid="board-no-match">Ninguém com esse nome no quadro (com os filtros escolhidos).</p>
      ) : null}
      <Board
        columns={columns}
        groups={groups}
        today={today}
        handlers={handlers}
        onDrop={onDrop}
        columnExtra={(id, g) => {
          const col = columns.find((c) => c.id === id);
          return col?.stage ? <ColumnLetters stageId={id} stageName={col.name} stageIds={stageIds} cards={g.cards} today={today} onDone={setMessage} /> : null;
        }}
      />

      {dialog?.kind === 'open' ? (
        <Modal open wide title={dialog.card.name} onClose={close} testId="card-dialog" footer={<><Link className="btn" to={`/clientes/${dialog.card.customerId}`}>Abrir ficha do cliente</Link><button type="button" className="btn primary" onClick={close}>Fechar</button></>}>
          <CustomerCollectionPanel customerId={dialog.card.customerId} onMessage={setMessage} />
        </Modal>
      ) : null}
      {dialog?.kind === 'move' ? (
        <MoveStageDialog
          card={dialog.card}
          {...(dialog.target ? { target: dialog.target } : {})}
          policy={policy}
          today={today}
          onClose={close}
          onDone={(t) => {
            setMessage(t);
            close();
          }}
        />
      ) : null}
      <PauseDialog open={dialog?.kind === 'pause'} customerId={dialog?.card.customerId ?? ''} customerName={dialog?.card.name ?? ''} onClose={close} onDone={setMessage} />
      <RenegotiationDialog open={dialog?.kind === 'agreement'} customerId={dialog?.card.customerId ?? ''} onClose={close} onDone={() => setMessage('Acordo registrado.')} />
    </div>
  );
}

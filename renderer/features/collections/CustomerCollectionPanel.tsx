// A customer's collection at a glance, with every action: register a contact, send a
// message, pause, agreement, change stage, responsible and next action. Used in the board's
// card dialog and on the customer page.
import { useState } from 'react';
import { formatBRL } from '@shared/money/brl';
import { daysBetween, formatDateBR } from '@shared/dates/calendar';
import { LANE_LABELS } from '@shared/collections/policy';
import { useToday } from '../../app/useToday';
import { noticeSentOnOf } from '../../db/board-data';
import { useCollectionCustomer, type CollectionCustomer } from './useCollectionCustomer';
import { daysLateLabel } from './labels';
import { ContactDialog } from './dialogs/ContactDialog';
import { SendMessageDialog } from './dialogs/SendMessageDialog';
import { PauseDialog } from './dialogs/PauseDialog';
import { RenegotiationDialog } from './dialogs/RenegotiationDialog';
import { MoveStageDialog, type MoveSubject } from './board/MoveStageDialog';
import { ContactHistory } from './panel/ContactHistory';
import { FollowUpForm } from './panel/FollowUpForm';
import { Nested } from './dialogs/Nested';

type Open = 'contact' | 'send' | 'pause' | 'agreement' | 'move' | null;

export interface CustomerCollectionPanelProps {
  customerId: string;
  /** A short message after each action (for a toast / live region). */
  onMessage?: (text: string) => void;
  /** Hide the history table (e.g. when the page shows its own). */
  hideHistory?: boolean;
}

function stageLabel(d: CollectionCustomer): string {
  const p = d.placement;
  if (p.lane === 'pausado' || p.lane === 'em_acordo') return LANE_LABELS[p.lane];
  if (p.lane === 'em_dia') return 'Em dia';
  return `${p.stage?.name ?? ''}${p.manual ? ' (escolhida à mão)' : ''}`;
}

export function CustomerCollectionPanel({ customerId, onMessage, hideHistory }: CustomerCollectionPanelProps) {
  const today = useToday();
  const d = useCollectionCustomer(customerId, today);
  const [open, setOpen] = useState<Open>(null);
  if (d === undefined) return <p className="loading">Carregando…</p>;
  if (d === null) return <p className="alert warn">Cliente não encontrado.</p>;
  const close = (): void => setOpen(null);
  const say = (t: string): void => onMessage?.(t);
  const oldest = d.overdue[0]?.row.dueDate ?? null;
  const paused = d.collection?.pausedUntil && d.collection.pausedUntil >= today ? d.collection.pausedUntil : null;
  const moveSubject: MoveSubject = {
    customerId,
    name: d.customer.name,
    column: d.placement.stageId ?? d.placement.lane,
    computedStageId: d.placement.computedStageId,
    manual: d.placement.manual,
    noticeSentOn: noticeSentOnOf(d.contacts, d.documents),
  };
  return (
    <div className="collection-panel" data-testid="collection-panel">
      <dl className="facts">
        <dt>Etapa</dt>
        <dd data-testid="panel-stage">{stageLabel(d)}</dd>
        <dt>Em atraso hoje</dt>
        <dd className={d.overdueTotalCents > 0 ? 'danger-text' : undefined} data-testid="panel-overdue">
          {formatBRL(d.overdueTotalCents)} {oldest ? <span className="muted">({daysLateLabel(daysBetween(oldest, today))})</span> : null}
        </dd>
        <dt>Total devido hoje</dt>
        <dd>{formatBRL(d.owedTotalCents)}</dd>
        {d.placement.manual && d.collection?.overrideReason ? (
          <>
            <dt>Motivo da etapa</dt>
            <dd>{d.collection.overrideReason}</dd>
          </>
        ) : null}
        {paused ? (
          <>
            <dt>Pausado até</dt>
            <dd>{formatDateBR(paused)} — {d.collection?.pauseReason}</dd>
          </>
        ) : null}
        {d.activeAgreement ? (
          <>
            <dt>Acordo</dt>
            <dd>{formatBRL(d.activeAgreement.totalCents)} desde {formatDateBR(d.activeAgreement.date)}</dd>
          </>
        ) : null}
      </dl>
      <div className="row panel-actions">
        <button type="button" className="btn primary" onClick={() => setOpen('send')} data-testid="panel-send">Enviar mensagem</button>
        <button type="button" className="btn" onClick={() => setOpen('contact')} data-testid="panel-contact">Registrar contato</button>
        <button type="button" className="btn" onClick={() => setOpen('agreement')} disabled={d.open.length === 0} data-testid="panel-agreement">Fazer acordo</button>
        <button type="button" className="btn" onClick={() => setOpen('move')} disabled={d.open.length === 0} data-testid="panel-move">Mudar etapa</button>
        <button type="button" className="btn" onClick={() => setOpen('pause')} data-testid="panel-pause">{paused ? 'Pausa…' : 'Pausar cobrança'}</button>
      </div>
      <FollowUpForm customerId={customerId} collection={d.collection} onSaved={say} />
      {hideHistory ? null : <ContactHistory contacts={d.contacts} today={today} />}

      <Nested>
      <ContactDialog open={open === 'contact'} customerId={customerId} customerName={d.customer.name} onClose={close} onSaved={() => say('Contato registrado.')} />
      <SendMessageDialog open={open === 'send'} customerId={customerId} onClose={close} onSent={() => say('Mensagem registrada no histórico.')} />
      <PauseDialog open={open === 'pause'} customerId={customerId} customerName={d.customer.name} pausedUntil={d.collection?.pausedUntil ?? null} onClose={close} onDone={say} />
      <RenegotiationDialog open={open === 'agreement'} customerId={customerId} onClose={close} onDone={() => say('Acordo registrado.')} />
      {open === 'move' ? <MoveStageDialog card={moveSubject} policy={d.settings.collection} today={today} onClose={close} onDone={(t) => { say(t); close(); }} /> : null}
      </Nested>
    </div>
  );
}

// "Início": what to do today across the shop — reminders before due dates, promises due or
// broken, scheduled returns, agreements running late, and every régua step since the last
// time the app was open. Each can be done (opens the channel and logs it), put off or skipped.
import { lazy, Suspense, useEffect, useState } from 'react';
import { formatDateBR } from '@shared/dates/calendar';
import { PageHeader, EmptyState, Kbd } from '../../components/ui';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateLong } from '../../app/format';
import { useToday } from '../../app/useToday';
import { useDb } from '../../app/database';
import { resolveTask } from '../../db/board-today';
import { breakAgreement } from '../../db/agreements';
import { RescheduleDialog } from './RescheduleDialog';
import { TodayRow, type RowAction } from './TodayRow';
import { bySection, sectionCount, SECTION_TITLES, type TodayItem } from './model/today-model';
import { useTodayList } from './useTodayList';
import './home.css';

// The dialogs are mounted only when opened, and their code loads once the list is drawn and
// the page is idle: Início is the first screen and must open fast.
const contactDialog = () => import('../collections/dialogs/ContactDialog');
const letterDialog = () => import('../collections/print/CustomerLetterDialog');
const messageDialog = () => import('../collections/dialogs/SendMessageDialog');
const ContactDialog = lazy(() => contactDialog().then((m) => ({ default: m.ContactDialog })));
const CustomerLetterDialog = lazy(() => letterDialog().then((m) => ({ default: m.CustomerLetterDialog })));
const SendMessageDialog = lazy(() => messageDialog().then((m) => ({ default: m.SendMessageDialog })));

/** Loads the dialogs' code when the page is idle, so the first "Fazer" opens at once. */
function usePreloadDialogs(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const load = (): void => {
      for (const f of [messageDialog, contactDialog, letterDialog]) f().catch(() => undefined); // a failed chunk shows when the dialog opens
    };
    const id = window.requestIdleCallback(load, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }, [ready]);
}

const PAGE = 40;
const MESSAGE_CHANNELS = new Set(['whatsapp', 'email', 'sms']);
const CONTACT_CHANNELS = { phone: 'phone', visit: 'visit', letter: 'letter' } as const;

type Dialog = { item: TodayItem; action: RowAction } | null;

/** A régua step done by printing its letter. */
const isLetterStep = (i: TodayItem): boolean => i.kind === 'stage' && i.channel === 'letter';

export default function HomePage() {
  const db = useDb();
  const today = useToday();
  const list = useTodayList(today);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [shown, setShown] = useState<Record<string, number>>({});
  const [message, setMessage] = useState('');
  usePreloadDialogs(list.items !== undefined);
  const close = (): void => setDialog(null);
  const resolve = async (item: TodayItem, status: 'done' | 'skipped' | 'rescheduled', reason?: string, showOn?: string): Promise<void> => {
    await resolveTask(db, { key: item.key, kind: item.kind, customerId: item.customerId, status, ...(reason ? { reason } : {}), ...(showOn ? { showOn } : {}) }, today);
    setMessage(status === 'done' ? `Feito: ${item.name}.` : status === 'skipped' ? `Pulado: ${item.name}.` : `Reagendado: ${item.name}.`);
    close();
  };

  // The notice of a held step went out: the step itself comes back once the notice's days pass.
  const noticeSent = (item: TodayItem): void => {
    setMessage(`Aviso prévio registrado: ${item.name}. A etapa "${item.heldFor ?? ''}" volta à lista no dia seguinte ao prazo de pagamento dado na carta.`);
    close();
  };

  const header = <PageHeader title="Início" subtitle={`Ações de cobrança para hoje, ${formatDateLong(today)}`} />;
  if (!list.items) return <>{header}<p className="loading" aria-busy="true">Preparando as ações do dia…</p></>;
  const groups = bySection(list.items);
  const d = dialog;
  return (
    <div className="home-page">
      {header}
      {list.error ? <div className="alert danger" role="alert">{list.error}</div> : null}
      {list.created && list.previousRun && list.previousRun < today ? (
        <p className="alert ok" data-testid="today-caught-up">
          Desde a última abertura ({formatDateBR(list.previousRun)}), {list.created === 1 ? '1 passo da régua entrou' : `${list.created} passos da régua entraram`} na lista, inclusive dos dias em que a loja ficou fechada.
        </p>
      ) : null}
      <p className={message ? 'home-toast' : 'sr-only'} role="status" aria-live="polite">{message}</p>
      {groups.length > 0 ? (
        <p className="today-summary" data-testid="today-summary">
          {groups.map((g, i) => (
            <span key={g.section}>
              {i > 0 ? ' · ' : ''}
              <a href={`#today-${g.section}`} onClick={(e) => { e.preventDefault(); document.getElementById(`today-${g.section}`)?.scrollIntoView({ behavior: 'smooth' }); }}>
                {sectionCount(g.section, g.items.length)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <EmptyState title="Nada para fazer hoje" testId="home-empty">
          <p>Quando houver parcelas vencendo, promessas de pagamento ou clientes em atraso, as ações do dia aparecem aqui.</p>
          <p>Comece vendendo a prazo (<Kbd>F2</Kbd>) ou cadastrando seus clientes (<Kbd>F4</Kbd>).</p>
        </EmptyState>
      ) : (
        groups.map((g) => {
          const limit = shown[g.section] ?? PAGE;
          return (
            <section key={g.section} className="card today-section" aria-labelledby={`today-${g.section}`} data-testid={`today-section-${g.section}`}>
              <h2 id={`today-${g.section}`}>
                {SECTION_TITLES[g.section]} <span className="board-count">{g.items.length}</span>
              </h2>
              <ul className="today-list">
                {g.items.slice(0, limit).map((item) => <TodayRow key={item.key} item={item} onAction={(i, a) => setDialog({ item: i, action: a })} />)}
              </ul>
              {g.items.length > limit ? (
                <button type="button" className="btn small" onClick={() => setShown({ ...shown, [g.section]: limit + PAGE })}>
                  Mostrar mais ({g.items.length - limit} restantes)
                </button>
              ) : null}
            </section>
          );
        })
      )}

      {d?.action === 'do' && d.item.kind === 'agreement' && d.item.agreementId ? (
        <ReasonDialog open title={`Acordo de ${d.item.name} quebrado`} label="Motivo (fica registrado)" confirmLabel="Marcar como quebrado" onClose={close} onConfirm={async (reason) => {
          await breakAgreement(db, d.item.agreementId ?? '', reason, today);
          await resolve(d.item, 'done', reason);
        }}>
          <p>O cliente volta ao quadro de cobrança na etapa dos dias de atraso. As parcelas do acordo continuam devidas.</p>
        </ReasonDialog>
      ) : null}
      <Suspense fallback={null}>
        {d?.action === 'do' && MESSAGE_CHANNELS.has(d.item.channel ?? '') ? (
          <SendMessageDialog open customerId={d.item.customerId} {...(d.item.templateId ? { templateId: d.item.templateId } : {})} onClose={close} onSent={() => void resolve(d.item, 'done')} />
        ) : null}
        {d?.action === 'do' && !d.item.agreementId && !MESSAGE_CHANNELS.has(d.item.channel ?? '') && !isLetterStep(d.item) ? (
          <ContactDialog
            open
            customerId={d.item.customerId}
            customerName={d.item.name}
            defaultChannel={CONTACT_CHANNELS[d.item.channel as keyof typeof CONTACT_CHANNELS] ?? 'phone'}
            onClose={close}
            onSaved={() => void resolve(d.item, 'done')}
          />
        ) : null}
        {d?.action === 'do' && isLetterStep(d.item) && d.item.stageId ? (
          <CustomerLetterDialog customerId={d.item.customerId} name={d.item.name} stageId={d.item.stageId} stageIds={list.stageIds} today={today} onClose={close} onDone={() => (d.item.heldFor ? noticeSent(d.item) : void resolve(d.item, 'done'))} />
        ) : null}
      </Suspense>
      {d?.action === 'skip' ? (
        <ReasonDialog open title={`Pular: ${d.item.name}`} label="Por que pular esta ação?" confirmLabel="Pular" onClose={close} onConfirm={(reason) => resolve(d.item, 'skipped', reason)}>
          <p className="muted">{d.item.title}</p>
        </ReasonDialog>
      ) : null}
      {d?.action === 'reschedule' ? <RescheduleDialog name={d.item.name} today={today} onClose={close} onConfirm={(date, reason) => resolve(d.item, 'rescheduled', reason, date)} /> : null}
    </div>
  );
}

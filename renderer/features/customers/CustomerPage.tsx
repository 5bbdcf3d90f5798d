import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatBRL } from '@shared/money/brl';
import { formatCpfCnpj } from '@shared/br/cpf-cnpj';
import { formatDateBR } from '@shared/dates/calendar';
import { PageHeader, EmptyState, Kbd } from '../../components/ui';
import { ReasonDialog } from '../../components/ReasonDialog';
import { Modal } from '../../components/Modal';
import { maskPhone } from '../../components/masks';
import { useDb } from '../../app/database';
import { useToday } from '../../app/useToday';
import { errorMessage } from '../../app/form-errors';
import { desktop } from '../../desktop';
import { anonymizeCustomer, anonymizeRefusal, exportCustomerData, setCreditBlocked } from '../../db/customers';
import { reversePayment } from '../../db/payments';
import type { PaymentRow } from '../../db/types';
import { useCustomerDetail } from '../../db/hooks';
import { ContactsTable, DocumentsTable, InstallmentsTable, PaymentsTable } from './CustomerTables';
import { CustomerCollectionPanel } from '../collections';
import { CustomerDocumentActions, PaymentReceiptModal } from './CustomerDocumentActions';

export function CustomerPage() {
  const { id = '' } = useParams();
  const today = useToday();
  const db = useDb();
  const navigate = useNavigate();
  const d = useCustomerDetail(db, id, today);
  const [reversing, setReversing] = useState<PaymentRow | null>(null);
  const [receipt, setReceipt] = useState<PaymentRow | null>(null);
  const [blocking, setBlocking] = useState(false);
  const [anonymizing, setAnonymizing] = useState(false);
  const [showClosed, setShowClosed] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  if (d === undefined) return <p className="loading">Carregando…</p>;
  if (d === null) return <EmptyState title="Cliente não encontrado" action={<Link className="btn" to="/clientes">Voltar para clientes</Link>} />;
  const c = d.customer;
  const anonymizeBlock = d.summary ? anonymizeRefusal(d.summary) : null;
  const limitUsed = c.creditLimitCents ? Math.round(((d.summary?.openCents ?? 0) + (d.summary?.tabOpenCents ?? 0)) * 100 / c.creditLimitCents) : null;
  const stageLabel = d.placement.lane === 'pausado' ? 'Pausado' : d.placement.lane === 'em_acordo' ? 'Em acordo' : (d.placement.stage?.name ?? 'Em dia');
  // Why the stage is not the one of the days late alone (a broken promise, the notice awaited).
  const promisedOn = d.collection?.lastPromise?.promisedDate;
  const stageWhy = d.placement.manual
    ? null
    : [
        d.placement.promiseBump ? `Uma etapa adiante: a promessa de pagar até ${promisedOn ? formatDateBR(promisedOn) : 'a data combinada'} não foi cumprida.` : null,
        d.placement.heldForNotice,
      ].filter((x) => x !== null).join(' ') || null;
  const run = async (f: () => Promise<unknown>, ok: string): Promise<void> => {
    try {
      await f();
      setNotice({ ok: true, text: ok });
    } catch (e) {
      setNotice({ ok: false, text: errorMessage(e) });
    }
  };

  const exportData = (): Promise<void> => run(async () => {
    const data = await exportCustomerData(db, c.id);
    const bytes = new TextEncoder().encode(JSON.stringify(data, null, 2));
    await desktop().saveFile(bytes, `dados-cliente-${c.id}.json`, [{ name: 'JSON', extensions: ['json'] }]);
  }, 'Dados do cliente exportados (LGPD).');

  return (
    <>
      <PageHeader
        title={c.anonymizedAt ? 'Cliente anonimizado' : c.name}
        subtitle={[c.document ? formatCpfCnpj(c.document) : null, ...c.phones.map((p) => `${maskPhone(p.number)}${p.whatsapp ? ' (WhatsApp)' : ''}`), c.email].filter(Boolean).join(' · ') || 'Sem documento ou telefone'}
        actions={
          c.anonymizedAt ? null : (
            <>
              <Link className="btn primary" to={`/vender?cliente=${c.id}`} data-testid="action-sell">Vender <Kbd>F2</Kbd></Link>
              <Link className="btn primary" to={`/receber?cliente=${c.id}`} data-testid="action-receive">Receber <Kbd>F3</Kbd></Link>
              <Link className="btn" to={`/clientes/${c.id}/editar`}>Editar</Link>
            </>
          )
        }
      />
      {c.blocked ? <div className="alert danger" role="status">Crédito bloqueado: {c.blockedReason}</div> : null}
      {notice ? <div className={`alert ${notice.ok ? 'ok' : 'danger'}`} role="status">{notice.text}</div> : null}
      <section className="summary-cards" data-testid="customer-summary">
        <div className="card"><div className="muted">Deve hoje (com multa e juros)</div><div className="big" data-testid="owed-today">{formatBRL(d.owedTodayCents)}</div>{(d.summary?.tabOpenCents ?? 0) > 0 ? <div className="hint">inclui {formatBRL(d.summary?.tabOpenCents ?? 0)} de fiado na conta</div> : null}</div>
        <div className="card"><div className="muted">Vencido</div><div className={`big ${d.overdueTodayCents > 0 ? 'danger-text' : ''}`} data-testid="overdue-today">{formatBRL(d.overdueTodayCents)}</div></div>
        <div className="card"><div className="muted">Limite usado</div><div className="big">{limitUsed === null ? 'Sem limite' : `${limitUsed}%`}</div>{c.creditLimitCents ? <div className="hint">de {formatBRL(c.creditLimitCents)}</div> : null}</div>
        <div className="card"><div className="muted">Etapa da cobrança</div><div className="big">{stageLabel}</div>{stageWhy ? <div className="hint" data-testid="stage-why">{stageWhy}</div> : null}{d.collection?.nextAction ? <div className="hint">Próxima ação: {d.collection.nextAction.text} em {formatDateBR(d.collection.nextAction.date)}</div> : null}</div>
      </section>
      {(d.summary?.tabOpenCents ?? 0) > 0 ? <p className="alert warn">Fiado na conta (ainda não fechado): {formatBRL(d.summary?.tabOpenCents ?? 0)}</p> : null}
      {(d.summary?.creditCents ?? 0) > 0 ? <p className="alert ok">Crédito do cliente na loja: {formatBRL(d.summary?.creditCents ?? 0)}</p> : null}
      {!c.anonymizedAt ? (
        <div className="row" style={{ marginBottom: 16 }}>
          <CustomerDocumentActions detail={d} today={today} />
          <button className="btn" onClick={() => (c.blocked ? void run(() => setCreditBlocked(db, c.id, false), 'Crédito desbloqueado.') : setBlocking(true))} data-testid="action-block">
            {c.blocked ? 'Desbloquear crédito' : 'Bloquear crédito'}
          </button>
          <button className="btn" onClick={() => void exportData()}>Exportar dados (LGPD)</button>
          <button
            className="btn"
            onClick={() => setAnonymizing(true)}
            disabled={anonymizeBlock !== null}
            title={anonymizeBlock ?? 'Apaga os dados pessoais e mantém o histórico financeiro'}
            data-testid="action-anonymize"
          >
            Anonimizar
          </button>
          {anonymizeBlock ? <span className="hint" data-testid="anonymize-blocked">{anonymizeBlock}</span> : null}
        </div>
      ) : null}
      <section className="card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2>Parcelas</h2>
          <label className="check"><input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} /> Mostrar pagas e renegociadas</label>
        </div>
        <InstallmentsTable items={d.installments} showClosed={showClosed} />
      </section>
      {!c.anonymizedAt ? (
        <section className="card" data-testid="customer-collection">
          <h2>Cobrança</h2>
          <CustomerCollectionPanel customerId={c.id} hideHistory onMessage={(text) => setNotice({ ok: true, text })} />
        </section>
      ) : null}
      <section className="card"><h2>Pagamentos</h2><PaymentsTable payments={d.payments} sales={d.sales} onReverse={setReversing} onReceipt={setReceipt} /></section>
      <section className="card"><h2>Histórico de cobrança</h2><ContactsTable contacts={d.contacts} /></section>
      <section className="card"><h2>Documentos emitidos</h2><DocumentsTable documents={d.documents} /></section>

      <PaymentReceiptModal payment={receipt} customerName={c.name} onClose={() => setReceipt(null)} />
      <ReasonDialog
        open={reversing !== null}
        title={`Estornar pagamento ${reversing?.receiptNumber ?? ''}`}
        label="Motivo do estorno"
        confirmLabel="Estornar"
        onClose={() => setReversing(null)}
        onConfirm={async (reason) => {
          if (!reversing) return;
          await reversePayment(db, reversing.id, reason, today);
          setReversing(null);
          setNotice({ ok: true, text: 'Pagamento estornado. O registro original continua no histórico.' });
        }}
      >
        <p>O pagamento de {reversing ? formatBRL(reversing.amountCents) : ''} é desfeito: o que ele pagou volta a ser devido nas parcelas. Nada é apagado: o pagamento e o estorno ficam registrados.</p>
      </ReasonDialog>
      <ReasonDialog
        open={blocking}
        title="Bloquear crédito"
        label="Motivo do bloqueio"
        confirmLabel="Bloquear"
        onClose={() => setBlocking(false)}
        onConfirm={async (reason) => {
          await setCreditBlocked(db, c.id, true, reason);
          setBlocking(false);
          setNotice({ ok: true, text: 'Crédito bloqueado: novas vendas a prazo precisam da senha do gerente.' });
        }}
      />
      <Modal
        open={anonymizing}
        title="Anonimizar cliente (LGPD)"
        onClose={() => setAnonymizing(false)}
        footer={
          <>
            <button className="btn" onClick={() => setAnonymizing(false)}>Cancelar</button>
            <button className="btn danger" onClick={() => void run(async () => { setAnonymizing(false); await anonymizeCustomer(db, c.id, today); navigate('/clientes'); }, 'Cliente anonimizado.')}>Anonimizar</button>
          </>
        }
      >
        <p>Os dados pessoais (nome, CPF, telefones, endereço) serão apagados. As vendas e os pagamentos continuam no histórico financeiro, sem identificação. Só é possível quando nada está em aberto.</p>
      </Modal>
    </>
  );
}

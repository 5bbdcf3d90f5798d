// Send a collection message: WhatsApp (wa.me through the desktop), e-mail (mailto) or copy
// the text. The template is rendered with the customer's figures and can be edited before
// sending; every send is logged as a contact automatically.
import { useMemo, useState } from 'react';
import { whatsappUrl, mailtoUrl, isValidEmail } from '@shared/messages/links';
import { formatPhoneBR } from '@shared/br/format';
import { missingVars, PLACEHOLDERS } from '@shared/messages/templates';
import { Modal } from '../../../components/Modal';
import { useDb } from '../../../app/database';
import { useToday } from '../../../app/useToday';
import { errorMessage } from '../../../app/form-errors';
import { desktop } from '../../../desktop';
import { logContact } from '../../../db/collections';
import type { ContactChannel, ContactRow } from '../../../db/types';
import { contactCheckNow, templatesOf } from '../collection-settings';
import { useCollectionCustomer, type CollectionCustomer } from '../useCollectionCustomer';
import { messageVarsFor, renderMessage } from '../model/message';
import { SENT_NOTE_PREFIX } from '../labels';


export interface SendMessageDialogProps {
  open: boolean;
  customerId: string;
  /** Template to start with (default: the one of the customer's stage). */
  templateId?: string;
  onClose: () => void;
  /** Called after the message was opened/copied and the contact logged. */
  onSent?: (contact: ContactRow) => void;
}

export function SendMessageDialog(props: SendMessageDialogProps) {
  const today = useToday();
  const data = useCollectionCustomer(props.open ? props.customerId : null, today);
  if (!props.open) return null;
  // No separate "loading" dialog: a second modal opened without a new click would be grouped
  // with the first by the browser, and Esc would then close both.
  if (!data) return null;
  return <SendForm {...props} data={data} today={today} />;
}

function SendForm({ data, today, templateId, onClose, onSent }: SendMessageDialogProps & { data: CollectionCustomer; today: string }) {
  const db = useDb();
  const { customer, settings } = data;
  const templates = useMemo(() => templatesOf(settings), [settings]);
  const stageTemplate = data.placement.stage?.templateId ?? settings.collection.stages[0]?.templateId ?? '';
  const [tplId, setTplId] = useState(templateId ?? stageTemplate);
  const tpl = templates.find((t) => t.id === tplId) ?? templates[0];
  const vars = useMemo(
    () =>
      messageVarsFor(
        { customerName: customer.name, installments: data.open.map((o) => ({ dueDate: o.row.dueDate, number: o.row.number, count: o.row.count, totalCents: o.state.totalDueCents })) },
        settings.shop,
        today,
      ),
    [customer.name, data.open, settings.shop, today],
  );
  const rendered = tpl ? renderMessage(tpl, vars) : { subject: '', body: '' };
  const [edited, setEdited] = useState<{ id: string; subject: string; body: string } | null>(null);
  const subject = edited?.id === tplId ? edited.subject : rendered.subject;
  const body = edited?.id === tplId ? edited.body : rendered.body;
  const phones = customer.phones.filter((p) => p.number.trim() !== '').sort((a, b) => Number(b.whatsapp) - Number(a.whatsapp));
  const [phone, setPhone] = useState(phones[0]?.number ?? '');
  const email = customer.email && isValidEmail(customer.email) ? customer.email : null;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hours = contactCheckNow(settings, today);
  const missing = tpl ? missingVars(`${tpl.subject}\n${tpl.body}`, vars) : [];

  const send = async (how: 'whatsapp' | 'email' | 'copy'): Promise<void> => {
    setError(null);
    setBusy(true);
    try {
      let channel: ContactChannel = tpl?.channel === 'email' ? 'email' : 'whatsapp';
      if (how === 'whatsapp') {
        channel = 'whatsapp';
        if (!(await desktop().openExternal(whatsappUrl(phone, body)))) throw new Error('Não foi possível abrir o WhatsApp.');
      } else if (how === 'email') {
        channel = 'email';
        if (!email) throw new Error('O cliente não tem e-mail válido cadastrado.');
        if (!(await desktop().openExternal(mailtoUrl(email, subject, body)))) throw new Error('Não foi possível abrir o programa de e-mail.');
      } else {
        await navigator.clipboard.writeText(tpl?.channel === 'email' || tpl?.channel === 'letter' ? `${subject}\n\n${body}` : body);
      }
      const how2 = how === 'copy' ? 'texto copiado' : how === 'email' ? 'por e-mail' : 'por WhatsApp';
      const row = await logContact(db, { customerId: customer.id, channel, direction: 'saida', outcome: 'outro', notes: `${SENT_NOTE_PREFIX} ${how2}: ${tpl?.name ?? ''}` }, today);
      onSent?.(row);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      wide
      title={`Enviar mensagem para ${customer.name}`}
      onClose={onClose}
      testId="send-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>Cancelar</button>
          <button type="button" className="btn" disabled={busy} onClick={() => void send('copy')} data-testid="send-copy">Copiar texto</button>
          <button type="button" className="btn" disabled={busy || !email} onClick={() => void send('email')} data-testid="send-email" title={email ? email : 'Sem e-mail cadastrado'}>Abrir e-mail</button>
          <button type="button" className="btn primary" disabled={busy || phone === ''} onClick={() => void send('whatsapp')} data-testid="send-whatsapp">Abrir WhatsApp</button>
        </>
      }
    >
      {hours.allowed ? null : <div className="alert warn" role="status" data-testid="contact-hours-warning">{hours.reason} Você pode enviar, mas o ideal é esperar o horário permitido.</div>}
      <div className="grid2">
        <div className="field">
          <label htmlFor="send-template">Modelo</label>
          <select id="send-template" value={tplId} onChange={(e) => setTplId(e.target.value)} data-testid="send-template">
            {templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="send-phone">WhatsApp</label>
          <select id="send-phone" value={phone} onChange={(e) => setPhone(e.target.value)} disabled={phones.length === 0} data-testid="send-phone">
            {phones.length === 0 ? <option value="">Sem telefone cadastrado</option> : null}
            {phones.map((p) => <option key={p.number} value={p.number}>{formatPhoneBR(p.number)}{p.whatsapp ? ' (WhatsApp)' : ''}</option>)}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="send-subject">Assunto (e-mail)</label>
        <input id="send-subject" value={subject} onChange={(e) => setEdited({ id: tplId, subject: e.target.value, body })} />
      </div>
      <div className="field">
        <label htmlFor="send-body">Mensagem</label>
        <textarea id="send-body" rows={9} value={body} onChange={(e) => setEdited({ id: tplId, subject, body: e.target.value })} data-testid="send-body" />
        <div className="hint">Escreva com educação, sem ameaças nem exposição do cliente (CDC art. 42). A mensagem é registrada no histórico.</div>
      </div>
      {missing.length > 0 ? (
        <div className="alert warn" role="status">
          Faltam dados da loja para: {missing.map((m) => PLACEHOLDERS[m]).join(', ')}. Preencha em Configurações.
        </div>
      ) : null}
      {error ? <div className="alert danger" role="alert">{error}</div> : null}
    </Modal>
  );
}

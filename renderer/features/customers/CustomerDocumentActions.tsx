// The customer page's documents: carnê of what is open, statement of a period, court dossier,
// and the receipt of any payment.
import { ShopProfileReminder } from '../settings/ShopProfileReminder';
import { useCallback, useState } from 'react';
import { addDays, formatDateBR, parseDateBR } from '@shared/dates/calendar';
import { Modal } from '../../components/Modal';
import { maskDateBR } from '../../components/masks';
import { useDb } from '../../app/database';
import { DocumentActions } from '../../documents/DocumentActions';
import type { CustomerDetail } from '../../db/queries';
import type { PaymentRow } from '../../db/types';
import { dossierData, receiptData, slipsData, statementData } from '../documents/doc-data';
import { recordIssued } from '../documents/record';

type Open = 'carne' | 'extrato' | 'dossie' | null;

function safeDate(text: string): string | null {
  try {
    return parseDateBR(text);
  } catch {
    return null;
  }
}

export function CustomerDocumentActions({ detail, today }: { detail: CustomerDetail; today: string }) {
  const db = useDb();
  const c = detail.customer;
  const [open, setOpen] = useState<Open>(null);
  const [from, setFrom] = useState(formatDateBR(addDays(today, -90)));
  const [to, setTo] = useState(formatDateBR(today));
  const openIds = detail.installments.filter((i) => i.row.status === 'open').map((i) => i.row.id);
  const f = safeDate(from);
  const t = safeDate(to);
  const periodOk = f !== null && t !== null && f <= t;
  const idsKey = openIds.join(',');
  const slips = useCallback(() => slipsData(db, idsKey.split(','), today), [db, idsKey, today]);
  const statement = useCallback(() => statementData(db, c.id, f ?? today, t ?? today, today), [db, c.id, f, t, today]);
  const dossier = useCallback(() => dossierData(db, c.id, today), [db, c.id, today]);
  const close = (): void => setOpen(null);
  return (
    <>
      <button className="btn" onClick={() => setOpen('carne')} disabled={openIds.length === 0} data-testid="doc-carne">Carnê</button>
      <button className="btn" onClick={() => setOpen('extrato')} data-testid="doc-extrato">Extrato</button>
      <button className="btn" onClick={() => setOpen('dossie')} data-testid="doc-dossie">Dossiê para o Juizado</button>
      <Modal open={open === 'carne'} title={`Carnê de ${c.name}`} onClose={close}>
        <p>{openIds.length === 1 ? '1 parcela' : `${openIds.length} parcelas`} em aberto, com QR Pix e código de barras para receber no caixa.</p>
        <ShopProfileReminder pix />
        <DocumentActions kind="slips" data={slips} fileName={`Carnê ${c.name}`} testId="carne"
          onIssued={(pdf) => void recordIssued(db, pdf, { type: 'carne', date: today, customerId: c.id, installmentIds: openIds })} />
      </Modal>
      <Modal open={open === 'extrato'} title={`Extrato de ${c.name}`} onClose={close}>
        <div className="row">
          <label htmlFor="st-from" style={{ margin: 0 }}>De</label>
          <input id="st-from" value={from} onChange={(e) => setFrom(maskDateBR(e.target.value))} style={{ width: 130 }} />
          <label htmlFor="st-to" style={{ margin: 0 }}>até</label>
          <input id="st-to" value={to} onChange={(e) => setTo(maskDateBR(e.target.value))} style={{ width: 130 }} />
        </div>
        {!periodOk ? <div className="field-error" role="alert">Período inválido (use dd/mm/aaaa, início antes do fim).</div> : null}
        <div style={{ marginTop: 12 }}>
          <DocumentActions kind="statement" data={statement} disabled={!periodOk} fileName={`Extrato ${c.name}`} testId="statement"
            onIssued={(pdf) => void recordIssued(db, pdf, { type: 'extrato', date: today, customerId: c.id })} />
        </div>
      </Modal>
      <Modal open={open === 'dossie'} title="Dossiê para o Juizado Especial Cível" onClose={close}>
        <p>Resumo da dívida com os limites do Juizado (20 salários mínimos sem advogado, 40 com), as vendas, parcelas, pagamentos, contatos e cartas enviadas.</p>
        <ShopProfileReminder />
        <DocumentActions kind="dossier" data={dossier} fileName={`Dossiê ${c.name}`} testId="dossier"
          onIssued={(pdf) => void recordIssued(db, pdf, { type: 'dossie', date: today, customerId: c.id })} />
      </Modal>
    </>
  );
}

/** The receipt of one payment from the customer's history. */
export function PaymentReceiptModal({ payment, customerName, onClose }: { payment: PaymentRow | null; customerName: string; onClose: () => void }) {
  const db = useDb();
  const data = useCallback(() => receiptData(db, payment?.id ?? ''), [db, payment?.id]);
  return (
    <Modal open={payment !== null} title={`Recibo ${payment?.receiptNumber ?? ''}`} onClose={onClose}>
      {payment ? (
        <DocumentActions kind="receipt" data={data} fileName={`Recibo ${payment.receiptNumber} ${customerName}`} testId="receipt"
          onIssued={(pdf) => void recordIssued(db, pdf, { type: 'recibo', date: payment.date, customerId: payment.customerId, paymentId: payment.id })} />
      ) : null}
    </Modal>
  );
}

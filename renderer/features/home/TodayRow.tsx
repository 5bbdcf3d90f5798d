// One action of the day: who, what, since when, and the three ways out — do it, put it off,
// skip it (with a reason).
import { Link } from 'react-router-dom';
import { channelLabel } from '../collections/labels';
import type { TodayItem } from './model/today-model';

export type RowAction = 'do' | 'reschedule' | 'skip';

const DO_LABEL: Record<string, string> = {
  whatsapp: 'Enviar WhatsApp',
  email: 'Enviar e-mail',
  sms: 'Enviar mensagem',
  phone: 'Registrar ligação',
  visit: 'Registrar visita',
  letter: 'Imprimir carta',
  internal: 'Registrar',
};

export function doLabel(item: TodayItem): string {
  if (item.agreementId) return 'Marcar como quebrado';
  return item.channel ? (DO_LABEL[item.channel] ?? 'Fazer') : 'Fazer';
}

export function TodayRow({ item, onAction }: { item: TodayItem; onAction: (item: TodayItem, a: RowAction) => void }) {
  return (
    <li className={`today-item ${item.late ? 'late' : ''}`} data-testid="today-item" data-kind={item.kind} data-customer={item.customerId}>
      <div className="ti-main">
        <div className="ti-who">
          <Link to={`/clientes/${item.customerId}`} className="ti-name">{item.name}</Link>
          {item.late ? <span className="badge warn">{item.kind === 'promise' ? 'quebrada' : 'ação atrasada'}</span> : null}
          {item.channel && item.kind === 'stage' ? <span className="badge">{channelLabel(item.channel)}</span> : null}
        </div>
        <div className="ti-line">
          <span className="ti-title" data-testid="today-title">{item.title}</span>
          <span className="ti-detail muted">{item.detail}</span>
        </div>
      </div>
      <div className="ti-actions">
        <button type="button" className="btn primary small" onClick={() => onAction(item, 'do')} data-testid="today-do">{doLabel(item)}</button>
        {!item.agreementId ? (
          <button type="button" className="btn small" onClick={() => onAction(item, 'reschedule')} data-testid="today-reschedule">Reagendar</button>
        ) : null}
        <button type="button" className="btn small" onClick={() => onAction(item, 'skip')} data-testid="today-skip">Pular</button>
      </div>
    </li>
  );
}

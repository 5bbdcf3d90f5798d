// Portuguese labels and small formatters of the collection screens.
import { CHANNEL_LABELS } from '@shared/collections/policy';
import { formatDateBR } from '@shared/dates/calendar';

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  sem_resposta: 'Sem resposta',
  prometeu_pagar: 'Prometeu pagar',
  pagou: 'Disse que pagou',
  recusou: 'Recusou',
  numero_errado: 'Número errado',
  outro: 'Outro',
  enviada: 'Mensagem enviada',
  carta_enviada: 'Carta enviada',
};

export function channelLabel(channel: string): string {
  if (channel === 'sms') return 'SMS';
  return (CHANNEL_LABELS as Record<string, string>)[channel] ?? channel;
}

export function outcomeLabel(outcome: string): string {
  return OUTCOME_LABELS[outcome] ?? outcome;
}

/** Notes of the contact the app logs for a message it sent (SendMessageDialog). */
export const SENT_NOTE_PREFIX = 'Mensagem enviada';

const MESSAGE_CHANNELS = new Set(['whatsapp', 'email', 'sms']);

/** The outcome a contact shows, on every screen and in the dossier: a message sent from the app
 *  and a letter printed are logged with outcome 'outro', and show as sent ("Mensagem enviada",
 *  "Carta enviada"). The notes tell a message sent from the app; without them (the board keeps
 *  none), a message channel does. */
export function contactOutcome(c: { channel: string; outcome: string; notes?: string }): string {
  if (c.outcome !== 'outro') return c.outcome;
  if (c.channel === 'letter') return 'carta_enviada';
  const sent = c.notes === undefined ? MESSAGE_CHANNELS.has(c.channel) : c.notes.startsWith(SENT_NOTE_PREFIX);
  return sent ? 'enviada' : c.outcome;
}

/** Short form for cards: "3 dias atraso", "vence em 2 dias". */
export function daysLateShort(days: number): string {
  if (days > 0) return days === 1 ? '1 dia atraso' : `${days} dias atraso`;
  return daysLateLabel(days);
}

/** "3 dias de atraso", "vence em 2 dias", "vence hoje". */
export function daysLateLabel(days: number): string {
  if (days > 0) return days === 1 ? '1 dia de atraso' : `${days} dias de atraso`;
  if (days === 0) return 'vence hoje';
  return days === -1 ? 'vence amanhã' : `vence em ${-days} dias`;
}

/** dd/mm for cards (the year only when it differs from today's). */
export function shortDate(iso: string, today: string): string {
  const br = formatDateBR(iso);
  return iso.slice(0, 4) === today.slice(0, 4) ? br.slice(0, 5) : br;
}

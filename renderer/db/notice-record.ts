// The meta row "notice:<customerId>" that keeps the date of a customer's prior written notice of
// negativação (written by board-notices.ts, read by the board).
export const NOTICE_PREFIX = 'notice:';

export interface NoticeRecord {
  customerId: string;
  /** Day the notice was sent. */
  date: string;
  contactId: string | null;
  documentId: string | null;
}

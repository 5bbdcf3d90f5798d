// The letter of one stage for one customer (Today's "Imprimir carta"): made in the PDF worker,
// then registered and logged as a contact like the column batches.
import { ShopProfileReminder } from '../../settings/ShopProfileReminder';
import { useRef } from 'react';
import { LETTER_LABELS } from '@shared/documents/letters/templates';
import { BatchPrintDialog } from '../../../documents/BatchPrintDialog';
import { useDb } from '../../../app/database';
import { buildLetters, letterKindFor, type LetterBatch } from './letter-data';
import { recordLetters } from './record-issued';

export function CustomerLetterDialog({ customerId, name, stageId, stageIds, today, onClose, onDone }: { customerId: string; name: string; stageId: string; stageIds: readonly string[]; today: string; onClose: () => void; onDone: () => void }) {
  const db = useDb();
  const batch = useRef<LetterBatch | null>(null);
  const recorded = useRef(false);
  const kind = letterKindFor(stageId, stageIds);
  return (
    <BatchPrintDialog
      open
      title={`${LETTER_LABELS[kind]} — ${name}`}
      kind="letters"
      itemNames={['carta', 'cartas']}
      notice={<ShopProfileReminder />}
      fileName={`${LETTER_LABELS[kind]} ${name}`}
      data={async () => {
        batch.current = await buildLetters(db, [customerId], kind, today);
        return batch.current.data;
      }}
      onClose={onClose}
      onIssued={async (pdf) => {
        if (!batch.current || recorded.current) return;
        recorded.current = true;
        await recordLetters(db, batch.current, pdf, today);
        onDone();
      }}
    />
  );
}

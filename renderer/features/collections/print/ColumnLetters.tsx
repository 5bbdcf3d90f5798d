// "Cartas" on a board column: the letter of that stage for every customer shown in it (the
// filters narrow the selection), made in the PDF worker with progress and Cancelar.
import { countOf } from '@shared/text';
import { ShopProfileReminder } from '../../settings/ShopProfileReminder';
import { useRef, useState } from 'react';
import { LETTER_LABELS } from '@shared/documents/letters/templates';
import { BatchPrintDialog } from '../../../documents/BatchPrintDialog';
import { useDb } from '../../../app/database';
import type { BoardCard } from '../model/board-model';
import { buildLetters, letterKindFor, type LetterBatch } from './letter-data';
import { recordLetters } from './record-issued';

export function ColumnLetters({ stageId, stageName, stageIds, cards, today, onDone }: { stageId: string; stageName: string; stageIds: readonly string[]; cards: readonly BoardCard[]; today: string; onDone: (msg: string) => void }) {
  const db = useDb();
  const [open, setOpen] = useState(false);
  const batch = useRef<LetterBatch | null>(null);
  const recorded = useRef(false);
  const kind = letterKindFor(stageId, stageIds);
  if (cards.length === 0) return null;
  const ids = cards.map((c) => c.customerId);
  return (
    <>
      <button type="button" className="btn small col-letters" onClick={() => setOpen(true)} title={`Imprimir ${LETTER_LABELS[kind].toLowerCase()} para ${countOf(cards.length, 'cliente', 'clientes')}`} aria-label={`Imprimir cartas da coluna ${stageName} (${cards.length})`} data-testid={`letters-${stageId}`}>
        <span aria-hidden="true">✉</span>
      </button>
      {open ? (
        <BatchPrintDialog
          open
          title={`${LETTER_LABELS[kind]} — ${stageName}`}
          kind="letters"
          itemNames={['carta', 'cartas']}
          notice={<ShopProfileReminder />}
          fileName={`Cartas ${stageName} ${today}`}
          data={async () => {
            recorded.current = false;
            batch.current = await buildLetters(db, ids, kind, today);
            return batch.current.data;
          }}
          onClose={() => setOpen(false)}
          onIssued={async (pdf) => {
            if (!batch.current || recorded.current) return; // printed and then saved: one record
            recorded.current = true;
            const n = await recordLetters(db, batch.current, pdf, today);
            onDone(`${countOf(n, 'carta registrada', 'cartas registradas')} no histórico dos clientes.`);
          }}
        />
      ) : null}
    </>
  );
}

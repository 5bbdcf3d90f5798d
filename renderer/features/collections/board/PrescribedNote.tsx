// Debts older than 5 years (CC art. 206 §5 I) can no longer be collected: those customers
// leave the board, and this note says who and why.
import { formatBRL } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';
import type { BoardResult } from '../model/board-model';

export function PrescribedNote({ items }: { items: BoardResult['prescribed'] }) {
  if (items.length === 0) return null;
  return (
    <details className="alert warn prescribed-note" data-testid="prescribed-note">
      <summary>
        {items.length === 1 ? '1 cliente saiu do quadro' : `${items.length} clientes saíram do quadro`}: dívida prescrita (mais de 5 anos
        do vencimento, Código Civil art. 206, § 5º, I). Não cobre esses valores.
      </summary>
      <ul>
        {items.slice(0, 50).map((p) => (
          <li key={p.customerId}>
            {p.name}: {formatBRL(p.cents)}, prescrita desde {formatDateBR(p.since)}
          </li>
        ))}
      </ul>
    </details>
  );
}

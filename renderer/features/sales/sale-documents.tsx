// Print buttons after a sale: the carnê (payment slips) and a purchase voucher: the customer's
// account on the day of the sale (every purchase and payment of that day, and what stays open).
import { countOf } from '@shared/text';
import { useCallback } from 'react';
import { useDb } from '../../app/database';
import { DocumentActions } from '../../documents/DocumentActions';
import type { CustomerRow, InstallmentRow, SaleRow } from '../../db/types';
import { slipsData, statementData } from '../documents/doc-data';
import { recordIssued } from '../documents/record';
import { ShopProfileReminder } from '../settings/ShopProfileReminder';

export function SaleDocuments({ customer, sale, installments }: { customer: CustomerRow; sale: SaleRow; installments: InstallmentRow[] }) {
  const db = useDb();
  const ids = installments.map((i) => i.id);
  const idsKey = ids.join(',');
  const slips = useCallback(() => slipsData(db, idsKey.split(','), sale.date), [db, idsKey, sale.date]);
  const voucher = useCallback(
    async () => ({ ...(await statementData(db, customer.id, sale.date, sale.date, sale.date)), title: 'COMPROVANTE DAS COMPRAS DO DIA' }),
    [db, customer.id, sale.date],
  );
  const day = sale.date.split('-').reverse().join('-');
  return (
    <div className="doc-group">
      <ShopProfileReminder pix={installments.length > 0} />
      {installments.length > 0 ? (
        <div>
          <strong>Carnê ({countOf(installments.length, 'parcela', 'parcelas')})</strong>
          <DocumentActions kind="slips" data={slips} fileName={`Carnê ${customer.name}`} testId="carne"
            onIssued={(pdf) => void recordIssued(db, pdf, { type: 'carne', date: sale.date, customerId: customer.id, installmentIds: ids })} />
        </div>
      ) : null}
      <div>
        <strong>Comprovante das compras do dia</strong>
        <DocumentActions kind="statement" data={voucher} fileName={`Compras de ${customer.name} em ${day}`} testId="voucher"
          onIssued={(pdf) => void recordIssued(db, pdf, { type: 'extrato', date: sale.date, customerId: customer.id })} />
      </div>
    </div>
  );
}

// Shown next to the print buttons while the shop's own data is missing: a carnê, a letter or a
// receipt without the shop's name and CPF/CNPJ does not say who is owed (and a notice letter
// must identify the creditor); without a Pix key and city the slips carry no QR code.
import { Link } from 'react-router-dom';
import type { ShopProfile } from '../../db/settings-read';
import { useSettings } from './useSettings';
import { missingShopFields } from '@shared/documents/errors';
import { listPt } from '@shared/text';

/** What the documents lack, in Portuguese (empty when nothing does): what the collection
 *  letters refuse to print without (missingShopFields, CDC art. 42-A), and for slips the Pix key
 *  with the city its QR code needs. */
export function missingShopData(shop: ShopProfile, pix: boolean): string[] {
  const missing = missingShopFields(shop).map((f) => (f === 'nome' ? 'o nome da loja' : f === 'endereço' ? 'o endereço' : `o ${f}`));
  if (pix && (!shop.pixKey || !shop.address?.city)) missing.push('a chave Pix com a cidade (para o QR Code do Pix)');
  return missing;
}

export function ShopProfileReminder({ pix = false }: { pix?: boolean }) {
  const settings = useSettings();
  if (!settings) return null;
  const missing = missingShopData(settings.shop, pix);
  if (missing.length === 0) return null;
  return (
    <div className="alert warn" role="note" data-testid="shop-data-missing">
      Faltam nos documentos {listPt(missing)}. <Link to="/configuracoes">Preencher os dados da loja</Link>
    </div>
  );
}

// Shown next to the print buttons while the shop's own data is missing: a carnê, a letter or a
// receipt without the shop's name and CPF/CNPJ does not say who is owed (and a notice letter
// must identify the creditor); without a Pix key and city the slips carry no QR code.
import { Link } from 'react-router-dom';
import type { ShopProfile } from '../../db/settings-read';
import { useSettings } from './useSettings';

/** What the documents lack, in Portuguese (empty when nothing does). */
export function missingShopData(shop: ShopProfile, pix: boolean): string[] {
  const missing: string[] = [];
  if (!shop.name.trim() && !shop.tradeName.trim()) missing.push('o nome da loja');
  if (!shop.document) missing.push('o CPF/CNPJ');
  if (pix && (!shop.pixKey || !shop.address?.city)) missing.push('a chave Pix com a cidade (para o QR Code do Pix)');
  return missing;
}

const joinPt = (parts: string[]): string => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} e ${parts[parts.length - 1] ?? ''}`);

export function ShopProfileReminder({ pix = false }: { pix?: boolean }) {
  const settings = useSettings();
  if (!settings) return null;
  const missing = missingShopData(settings.shop, pix);
  if (missing.length === 0) return null;
  return (
    <div className="alert warn" role="note" data-testid="shop-data-missing">
      Faltam nos documentos {joinPt(missing)}. <Link to="/configuracoes">Preencher os dados da loja</Link>
    </div>
  );
}

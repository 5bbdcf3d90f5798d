// The static Pix code printed on slips and letters.
import { encodePixPayload } from '../br/pix';
import { shopDisplayName } from './format';
import type { ShopProfileDoc } from './types';

/**
 * A Pix "copia e cola" payload paying `amountCents` to the shop, or null when the shop has no
 * usable Pix key or city (the document then tells the customer to pay at the counter).
 */
export function shopPixPayload(shop: ShopProfileDoc, amountCents: number, txid?: string): string | null {
  const key = shop.pixKey?.trim() ?? '';
  const city = shop.address?.city.trim() ?? '';
  if (key === '' || city === '' || !Number.isSafeInteger(amountCents) || amountCents <= 0) return null;
  try {
    return encodePixPayload({ key, merchantName: shopDisplayName(shop), merchantCity: city, amountCents, ...(txid ? { txid } : {}) });
  } catch {
    return null;
  }
}

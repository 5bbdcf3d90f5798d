// Typed errors of document building; `message` is Portuguese and can be shown as is.
import { isValidCpfOrCnpj } from '../br/cpf-cnpj';
import { listPt } from '../text';
import type { ShopProfileDoc } from './types';

export type DocumentErrorCode = 'shop_profile_incomplete' | 'invalid_document_data' | 'unknown_document_kind';

export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  /** Missing shop profile fields, in Portuguese ("nome", "endereço", "CPF/CNPJ"). */
  readonly missing: readonly string[];

  constructor(code: DocumentErrorCode, message: string, missing: readonly string[] = []) {
    super(message);
    this.name = 'DocumentError';
    this.code = code;
    this.missing = missing;
  }
}

export function isDocumentError(e: unknown): e is DocumentError {
  return e instanceof DocumentError;
}

/** What the shop profile lacks to identify the creditor (CDC art. 42-A). */
export function missingShopFields(shop: ShopProfileDoc): string[] {
  const missing: string[] = [];
  if (shop.name.trim() === '') missing.push('nome');
  const a = shop.address;
  if (!a || a.street.trim() === '' || a.city.trim() === '') missing.push('endereço');
  if (!isValidCpfOrCnpj(shop.document)) missing.push('CPF/CNPJ');
  return missing;
}

/**
 * Collection documents must name the creditor with address and CPF/CNPJ (CDC art. 42-A).
 * Throws a DocumentError listing what is missing.
 */
export function assertShopProfileComplete(shop: ShopProfileDoc): void {
  const missing = missingShopFields(shop);
  if (missing.length === 0) return;
  const list = listPt(missing);
  throw new DocumentError(
    'shop_profile_incomplete',
    `Complete o cadastro da loja antes de imprimir cartas de cobrança: falta ${list}. ` +
      'A lei exige que todo documento de cobrança traga nome, endereço e CPF/CNPJ do credor (CDC, art. 42-A).',
    missing,
  );
}

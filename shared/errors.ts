/**
 * Typed domain errors. `code` is stable for programs; `message` is Brazilian Portuguese
 * and can be shown to the shopkeeper as is.
 */
export type DomainErrorCode =
  | 'invalid_amount'
  | 'invalid_date'
  | 'invalid_argument'
  | 'invalid_pix'
  | 'invalid_pix_key'
  | 'invalid_boleto'
  | 'invalid_document'
  | 'invalid_phone'
  | 'invalid_email'
  | 'invalid_plan'
  | 'invalid_policy'
  | 'invalid_allocation'
  | 'overpayment'
  | 'waiver_reason_required'
  | 'invalid_discount';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DomainErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

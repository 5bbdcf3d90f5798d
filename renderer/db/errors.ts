// Errors raised by the repositories. `message` is Brazilian Portuguese, ready for the screen;
// `code` is stable for programs; `fields` maps form fields to their messages.
export type RepoErrorCode =
  | 'validation'
  | 'not_found'
  | 'duplicate_document'
  | 'credit_refused'
  | 'has_debt'
  | 'invalid_state'
  | 'overpayment'
  | 'bad_backup';

export class RepoError extends Error {
  readonly code: RepoErrorCode;
  readonly fields: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: RepoErrorCode, message: string, extra: { fields?: Record<string, string>; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'RepoError';
    this.code = code;
    this.fields = extra.fields ?? {};
    this.details = extra.details ?? {};
  }
}

export function isRepoError(e: unknown): e is RepoError {
  return e instanceof RepoError;
}

export function notFound(what: string, id: string): RepoError {
  return new RepoError('not_found', `${what} não encontrado(a).`, { details: { id } });
}

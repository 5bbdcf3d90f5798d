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

/**
 * A Portuguese sentence for any error a write can raise: the repository's own message, or a
 * plain explanation of IndexedDB failures (disk full, database closed, newer version open).
 */
export function describeDbError(e: unknown): string {
  if (isRepoError(e)) return e.message;
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  const inner = typeof e === 'object' && e !== null && 'inner' in e ? (e as { inner: unknown }).inner : null;
  const innerName = typeof inner === 'object' && inner !== null && 'name' in inner ? String((inner as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') return 'Não há espaço livre no disco para gravar. Nada foi salvo: libere espaço e tente de novo.';
  if (name === 'DatabaseClosedError') return 'Os dados da loja foram fechados (a Caderneta foi atualizada em outra janela). Recarregue a janela; nada foi salvo.';
  if (name === 'VersionError' || name === 'UpgradeError') return 'Há uma versão mais nova da Caderneta aberta com estes dados. Feche esta janela e use a versão mais nova.';
  if (name === 'AbortError' || name === 'TransactionInactiveError') return 'A gravação foi interrompida e desfeita por completo. Tente de novo.';
  return 'Não foi possível gravar. Nada foi salvo; tente de novo.';
}

import { describe, expect, it } from 'vitest';
import { describeDbError, RepoError } from './errors';

describe('describeDbError', () => {
  it('explains storage failures in Portuguese and keeps repository messages', () => {
    expect(describeDbError(new RepoError('validation', 'Informe o nome.'))).toBe('Informe o nome.');
    expect(describeDbError(new DOMException('full', 'QuotaExceededError'))).toMatch(/espaço livre no disco.*Nada foi salvo/);
    expect(describeDbError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(/espaço livre/);
    expect(describeDbError({ name: 'DatabaseClosedError' })).toMatch(/Recarregue/);
    expect(describeDbError(new Error('x'))).toBe('Não foi possível gravar. Nada foi salvo; tente de novo.');
  });
});

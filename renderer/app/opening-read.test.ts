import { describe, expect, it } from 'vitest';
import { openingRead } from './opening-read';

describe('the opening screen read', () => {
  it('reads the board on #/cobranca and Today on the start page, and nothing elsewhere', () => {
    expect(openingRead('/cobranca')?.screen).toBe('board');
    expect(openingRead('/cobranca?coluna=vencido')?.screen).toBe('board');
    expect(openingRead('/')?.screen).toBe('today');
    expect(openingRead('')?.screen).toBe('today');
    expect(openingRead('/clientes')).toBeNull();
    expect(openingRead('/cobranca/x')).toBeNull();
  });
});

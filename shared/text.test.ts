import { describe, expect, it } from 'vitest';
import { countOf, listPt, matchesSearch, normalizeSearch, searchTokens } from './text';

describe('search text', () => {
  it('normalises accents, case and spaces', () => {
    expect(normalizeSearch('  João   D’Ávila  ÇÃO ')).toBe('joao d’avila cao');
  });
  it('gives name tokens and digits', () => {
    expect(searchTokens('José da Silva', '123.456.789-09', '(11) 91234-5678', null, undefined, '')).toEqual([
      'jose',
      'da',
      'silva',
      '123',
      '456',
      '789',
      '09',
      '12345678909',
      '11',
      '91234',
      '5678',
      '11912345678',
    ]);
  });
  it('matches every word of a query', () => {
    expect(matchesSearch('José da Silva 123.456.789-09', 'silva jose')).toBe(true);
    expect(matchesSearch('José da Silva 123.456.789-09', '12345678909')).toBe(true);
    expect(matchesSearch('José da Silva 123.456.789-09', '456.789')).toBe(true);
    expect(matchesSearch('José da Silva', 'maria')).toBe(false);
    expect(matchesSearch('José da Silva', '   ')).toBe(true);
  });
});

describe('countOf', () => {
  it('puts the word in the number of the count', () => {
    expect(countOf(1, 'parcela', 'parcelas')).toBe('1 parcela');
    expect(countOf(3, 'parcela', 'parcelas')).toBe('3 parcelas');
    expect(countOf(0, 'boleto', 'boletos')).toBe('0 boletos');
    expect(countOf(1200, 'cliente', 'clientes')).toBe('1.200 clientes');
  });
});

describe('listPt', () => {
  it('joins with commas and a final "e"', () => {
    expect([listPt([]), listPt(['a']), listPt(['a', 'b']), listPt(['a', 'b', 'c'])]).toEqual(['', 'a', 'a e b', 'a, b e c']);
  });
});

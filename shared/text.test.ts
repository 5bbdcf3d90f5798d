import { describe, expect, it } from 'vitest';
import { compactName, countOf, listPt, matchesSearch, normalizeSearch, searchTokens } from './text';

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

describe('compactName', () => {
  it('keeps the first and last names and shortens the middle ones when the name is long', () => {
    expect(compactName('Ana Souza', 18)).toBe('Ana Souza');
    expect(compactName('José Almeida Nascimento', 18)).toBe('José A. Nascimento');
    expect(compactName('Antônio Adriano Queiroz', 18)).toBe('Antônio A. Queiroz');
    expect(compactName('Maria  da Conceição dos Santos Ferreira', 18)).toBe('Maria C. S. Ferreira');
    expect(compactName('Bartolomeu Wanderlei', 12)).toBe('Bartolomeu Wanderlei'); // two words: CSS cuts it
    expect(compactName('Mercearia São Jorge Comércio Ltda', 18)).toBe('Mercearia São Jorge Comércio Ltda'); // a company
    expect(compactName('Francisco Assis Pereira Filho', 18)).toBe('Francisco A. Pereira Filho');
  });
});

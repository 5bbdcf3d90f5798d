import { describe, expect, it } from 'vitest';
import { parseForm, type RenegotiationForm } from './renegotiation-form';

const form = (over: Partial<RenegotiationForm> = {}): RenegotiationForm => ({
  chosen: ['i1'],
  discountKind: 'none',
  discountText: '',
  downText: '',
  countText: '3',
  firstDueText: '10/12/2026',
  every: 'month',
  ...over,
});

describe('renegotiation form', () => {
  it('reads a valid form', () => {
    const p = parseForm(form({ downText: '50,00', discountKind: 'charges', discountText: '100%' }));
    expect(p).toEqual({ ok: true, value: { chosenIds: ['i1'], discount: { on: 'charges', percent: 100 }, downPaymentCents: 5000, count: 3, firstDueDate: '2026-12-10', every: 'month' } });
  });

  it('names the field at fault, and says what is wrong with a negative amount', () => {
    const err = (over: Partial<RenegotiationForm>) => {
      const p = parseForm(form(over));
      return p.ok ? null : [p.field, p.error];
    };
    expect(err({ downText: '-10' })).toEqual(['downText', 'A entrada não pode ser negativa.']);
    expect(err({ downText: 'abc' })).toEqual(['downText', 'Entrada inválida. Use o formato 1.234,56.']);
    expect(err({ discountKind: 'total', discountText: '-5,00' })).toEqual(['discountText', 'O desconto não pode ser negativo.']);
    expect(err({ countText: '200' })?.[0]).toBe('countText');
    expect(err({ firstDueText: '31/02/2026' })?.[0]).toBe('firstDueText');
    expect(err({ chosen: [] })?.[0]).toBe('chosen');
  });
});

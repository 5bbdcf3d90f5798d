import { describe, expect, it } from 'vitest';
import { abusiveFragments, DEFAULT_TEMPLATES, missingVars, PLACEHOLDERS, renderTemplate, templateById, templateVars, unknownPlaceholders } from './templates';
import { mailtoUrl, whatsappUrl } from './links';
import { DEFAULT_POLICY } from '../collections/policy';
import { DomainError } from '../errors';

describe('templates', () => {
  it('renders known placeholders and leaves the rest', () => {
    expect(renderTemplate('Olá, {nome}! {valor} vence em {vencimento}. {foo} {dias_atraso}', { nome: 'Ana', valor: 'R$ 10,00', vencimento: '10/06/2025' })).toBe(
      'Olá, Ana! R$ 10,00 vence em 10/06/2025. {foo} {dias_atraso}',
    );
    expect(renderTemplate('{ nome }', { nome: 'Ana' })).toBe('Ana');
    expect(renderTemplate('{constructor}{toString}', { nome: 'x' })).toBe('{constructor}{toString}');
    expect(renderTemplate('$& {nome}', { nome: '$1 $&' })).toBe('$& $1 $&');
  });
  it("prints the shop's alphanumeric CNPJ and a CPF with their punctuation", () => {
    expect(templateVars({ shopDocument: '12ABC34501DE35' }).documento_loja).toBe('12.ABC.345/01DE-35');
    expect(templateVars({ shopDocument: '52998224725' }).documento_loja).toBe('529.982.247-25');
  });

  it('lists unknown and missing placeholders', () => {
    expect(unknownPlaceholders('Oi {nome}, {Nome} {valor total} {x} {x} {}')).toEqual(['{Nome}', '{valor total}', '{x}', '{}']);
    expect(unknownPlaceholders('Oi {nome}')).toEqual([]);
    expect(missingVars('{nome} {valor} {nome}', { nome: 'A' })).toEqual(['valor']);
  });
  it('builds formatted variables', () => {
    expect(
      templateVars({
        customerName: 'Maria da Silva',
        amountCents: 123456,
        dueDate: '2025-06-10',
        daysLate: 12,
        shopName: 'Loja da Ana',
        shopPhone: '11912345678',
        shopDocument: '11222333000181',
        installments: [
          { number: 2, dueDate: '2025-06-10', amountCents: 5000 },
          { number: 3, dueDate: '2025-07-10', amountCents: 5000 },
        ],
      }),
    ).toEqual({
      nome: 'Maria',
      valor: 'R$ 1.234,56',
      vencimento: '10/06/2025',
      dias_atraso: '12',
      loja: 'Loja da Ana',
      telefone_loja: '(11) 91234-5678',
      documento_loja: '11.222.333/0001-81',
      parcelas: '2) 10/06/2025 - R$ 50,00\n3) 10/07/2025 - R$ 50,00',
    });
  });
  it('has a courteous default template for every default stage, with known placeholders only', () => {
    for (const stage of DEFAULT_POLICY.stages) {
      const t = templateById(stage.templateId);
      expect(t, stage.id).not.toBeNull();
      if (!t) continue;
      expect(unknownPlaceholders(t.body)).toEqual([]);
      expect(unknownPlaceholders(t.subject)).toEqual([]);
      expect(abusiveFragments(t.body)).toEqual([]);
      expect(t.body).toContain('{nome}');
      expect(t.body).toContain('{loja}');
    }
    const letters = DEFAULT_TEMPLATES.filter((t) => t.channel === 'letter');
    expect(letters.length).toBeGreaterThan(0);
    for (const t of letters) expect(t.body).toContain('{documento_loja}'); // CDC art. 42-A
    const all = Object.keys(PLACEHOLDERS);
    for (const p of ['nome', 'valor', 'vencimento', 'dias_atraso', 'loja', 'pix_copia_e_cola', 'telefone_loja', 'parcelas']) expect(all).toContain(p);
  });
  it('flags abusive wording', () => {
    expect(abusiveFragments('Caloteiro, vamos avisar seu chefe e a polícia')).toEqual(['Caloteiro', 'polícia', 'seu chefe']);
  });
});

describe('links', () => {
  it('builds wa.me links', () => {
    expect(whatsappUrl('(11) 91234-5678', 'Olá, Ana! R$ 10,00 & 50%')).toBe(
      'https://wa.me/5511912345678?text=Ol%C3%A1%2C%20Ana!%20R%24%2010%2C00%20%26%2050%25',
    );
    expect(whatsappUrl('+55 11 91234-5678', 'a\nb')).toBe('https://wa.me/5511912345678?text=a%0Ab');
    expect(whatsappUrl('1133334444', '')).toBe('https://wa.me/551133334444');
    expect(() => whatsappUrl('12345', 'x')).toThrow(DomainError);
  });
  it('builds mailto links', () => {
    expect(mailtoUrl('ana@exemplo.com', 'Aviso de débito', 'Linha 1\nLinha 2')).toBe(
      'mailto:ana@exemplo.com?subject=Aviso%20de%20d%C3%A9bito&body=Linha%201%0D%0ALinha%202',
    );
    expect(mailtoUrl(' ana@exemplo.com ', '', '')).toBe('mailto:ana@exemplo.com');
    expect(() => mailtoUrl('ana', 'a', 'b')).toThrow(/E-mail inválido/);
  });
});

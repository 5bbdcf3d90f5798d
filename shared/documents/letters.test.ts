import { describe, expect, it } from 'vitest';
import type { Content, ContentSection } from 'pdfmake/interfaces';
import { abusiveFragments } from '../messages/templates';
import { DocumentError, isDocumentError, missingShopFields } from './errors';
import { fillLetterText, letterFields } from './letters/fill';
import { lettersDocument } from './letters/letter';
import { DEFAULT_LETTER_TEMPLATES, LETTER_FIELDS, LETTER_KINDS, customLetterTemplates, letterSettingKeys, letterTemplate, letterTemplateProblems, unknownLetterFields } from './letters/templates';
import { SAMPLE_CUSTOMER, SAMPLE_POLICY, SAMPLE_SHOP, sampleInstallments } from './samples';
import type { LetterData } from './types';

const letter = (over: Partial<LetterData> = {}): LetterData => ({
  shop: SAMPLE_SHOP,
  customer: SAMPLE_CUSTOMER,
  policy: SAMPLE_POLICY,
  installments: sampleInstallments().slice(0, 2),
  date: '2026-03-20',
  deadline: '2026-03-31',
  template: DEFAULT_LETTER_TEMPLATES.notificacao_extrajudicial,
  number: 'C1-000153',
  ...over,
});

describe('letters', () => {
  it('refuse to build without the shop name, address and CPF/CNPJ (CDC art. 42-A)', () => {
    const bare = { ...SAMPLE_SHOP, name: ' ', address: null, document: '123' };
    expect(missingShopFields(bare)).toEqual(['nome', 'endereço', 'CPF/CNPJ']);
    try {
      lettersDocument({ letters: [letter({ shop: bare })] });
      expect.unreachable('should throw');
    } catch (e) {
      expect(isDocumentError(e)).toBe(true);
      const err = e as DocumentError;
      expect(err.code).toBe('shop_profile_incomplete');
      expect(err.missing).toEqual(['nome', 'endereço', 'CPF/CNPJ']);
      expect(err.message).toMatch(/Complete o cadastro da loja.*falta nome, endereço e CPF\/CNPJ/);
    }
    expect(() => lettersDocument({ letters: [letter({ shop: { ...SAMPLE_SHOP, document: '11.222.333/0001-80' } })] })).toThrow(/CPF\/CNPJ/);
  });
  it('fill every field of every default template, courteously', () => {
    const fields = letterFields(letter());
    for (const kind of LETTER_KINDS) {
      const t = letterTemplate(kind);
      expect(t.kind).toBe(kind);
      const text = fillLetterText(`${t.title}\n${t.body}`, fields);
      const left = [...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]).filter((name) => name !== 'tabela');
      expect(left).toEqual([]);
      expect(abusiveFragments(text)).toEqual([]);
      for (const m of t.body.matchAll(/\{([a-z_]+)\}/g)) expect(Object.keys(LETTER_FIELDS)).toContain(m[1]);
    }
    expect(fields.valor).toBe('R$ 205,93');
    expect(fields.acrescimos).toBe('R$ 5,93');
    expect(fields.prazo).toBe('31/03/2026');
    expect(fields.data).toBe('20 de março de 2026');
    expect(fillLetterText('{nome} {desconhecido}', fields)).toBe('Maria {desconhecido}');
  });
  it('use the shop edited template when given', () => {
    const custom = { lembrete: { kind: 'lembrete' as const, title: 'Oi', body: 'Olá {nome}' } };
    expect(letterTemplate('lembrete', custom).title).toBe('Oi');
    expect(letterTemplate('ultimo_aviso', custom)).toBe(DEFAULT_LETTER_TEMPLATES.ultimo_aviso);
  });
  it('put each letter of a batch in its own section and report progress per letter', () => {
    const doc = lettersDocument({ letters: [letter(), letter({ number: 'C1-000154' }), letter({ number: 'C1-000155' })] });
    const sections = (doc.content as Content[]).filter((c): c is ContentSection => typeof c === 'object' && c !== null && 'section' in c);
    expect(sections).toHaveLength(3);
    expect(Object.keys(doc.patterns ?? {})).toHaveLength(3);
    const seen: number[] = [];
    const withProgress = lettersDocument({ letters: [letter(), letter()] }, (done) => seen.push(done));
    const bg = (withProgress.content as ContentSection[]).map((s) => s.background);
    for (const b of bg) if (typeof b === 'function') b(1, { width: 595, height: 842, orientation: 'portrait' });
    expect(seen).toEqual([1, 2]);
  });

  it("the shop's edited letters come from the settings' flat record; blank parts keep the default", () => {
    const custom = customLetterTemplates({
      [letterSettingKeys('lembrete').title]: 'Lembrete da Mercearia',
      [letterSettingKeys('lembrete').body]: 'Oi {nome}, o total é {valor}.\n\n{tabela}',
      [letterSettingKeys('ultimo_aviso').title]: '  ',
      [letterSettingKeys('ultimo_aviso').body]: '',
      [letterSettingKeys('aviso_atraso').body]: 'Texto novo',
    });
    expect(custom.lembrete).toEqual({ kind: 'lembrete', title: 'Lembrete da Mercearia', body: 'Oi {nome}, o total é {valor}.\n\n{tabela}' });
    expect(custom.ultimo_aviso).toBeUndefined();
    expect(custom.aviso_atraso).toEqual({ kind: 'aviso_atraso', title: DEFAULT_LETTER_TEMPLATES.aviso_atraso.title, body: 'Texto novo' });
    expect(letterTemplate('ultimo_aviso', custom)).toBe(DEFAULT_LETTER_TEMPLATES.ultimo_aviso);
  });

  it('flags marks that are not letter fields (they would print as typed)', () => {
    expect(unknownLetterFields('Prezado {nome_completo}, {tabela} até {prazo}.')).toEqual([]);
    expect(unknownLetterFields('Olá {nome}, pague {vencimento} e {valor_total} {valor_total}')).toEqual(['{vencimento}', '{valor_total}']);
    for (const kind of LETTER_KINDS) expect(unknownLetterFields(`${DEFAULT_LETTER_TEMPLATES[kind].title}\n${DEFAULT_LETTER_TEMPLATES[kind].body}`)).toEqual([]);
  });

  it('an edited letter needs {tabela} alone in a paragraph (where the table of installments goes)', () => {
    for (const kind of LETTER_KINDS) expect(letterTemplateProblems(DEFAULT_LETTER_TEMPLATES[kind].body)).toEqual([]);
    expect(letterTemplateProblems('Prezado {nome}.\n\n  {tabela}  \n\nObrigado.')).toEqual([]);
    expect(letterTemplateProblems('Prezado {nome}, pague.')).toHaveLength(1);
    expect(letterTemplateProblems('Prezado {nome}, veja {tabela} abaixo.')).toEqual([expect.stringContaining('sozinho'), expect.stringContaining('dentro de uma frase')]);
  });
});

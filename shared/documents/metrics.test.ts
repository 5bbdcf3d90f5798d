import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLine, textWidth, wrapLines } from './metrics';
import { para } from './text';

interface FontkitFont {
  layout(text: string): { positions: { xAdvance: number }[] };
  unitsPerEm: number;
}
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { openSync(path: string): FontkitFont };
const dir = join(dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');
const regular = fontkit.openSync(join(dir, 'Roboto-Regular.ttf'));
const medium = fontkit.openSync(join(dir, 'Roboto-Medium.ttf'));

/** Width as pdfkit measures it (fontkit layout, with kerning). */
function shaped(font: FontkitFont, text: string, size: number): number {
  return (font.layout(text).positions.reduce((a, p) => a + p.xAdvance, 0) / font.unitsPerEm) * size;
}

const SAMPLES = [
  'Maria Aparecida da Conceição',
  'R$ 1.234,56 — vencimento 05/03/2026',
  'AÇÃO ÉÍÓÚ ÂÊÔ ÀÃÕ Çç ñ ü «» ° ª º §',
  'Avenida Engenheiro Francisco José Longo, 12.345 - Bloco C',
  '00020126360014br.gov.bcb.pix0114112223330001815204000053039865406100.00',
];

describe('Roboto metrics', () => {
  it('never measure narrower than pdfkit (kerning only narrows), and stay within 2%', () => {
    for (const s of SAMPLES) {
      for (const [font, bold] of [
        [regular, false],
        [medium, true],
      ] as const) {
        const real = shaped(font, s, 10);
        const mine = textWidth(s, 10, bold);
        expect(mine).toBeGreaterThanOrEqual(real - 0.01);
        expect(mine).toBeLessThan(real * 1.02 + 0.5);
      }
    }
  });
  it('wraps within the width and keeps every word (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9.,]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 90, max: 400 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapLines(text, width, 9);
        for (const l of lines) expect(textWidth(l, 9)).toBeLessThanOrEqual(width + 1e-9);
        if (words.every((w) => textWidth(w, 9) <= width)) expect(lines.join(' ')).toBe(text);
      }),
    );
  });
  it('never ends a line with "R$": the amount goes with it', () => {
    const text = 'O débito soma R$ 1.234,56 em 20/11/2026; pagando R$ 50,00 de entrada, o restante de R$ 1.184,56 pode ser parcelado.';
    let moved = 0;
    for (let width = 70; width <= 400; width += 3) {
      const lines = wrapLines(text, width, 10);
      expect(lines.join(' ')).toBe(text);
      for (const l of lines) expect(l.endsWith('R$'), `${width} pt: "${l}"`).toBe(false);
      if (lines.some((l) => l.startsWith('R$'))) moved++;
    }
    expect(moved).toBeGreaterThan(0); // some widths did fall between "R$" and its amount
    expect(para('Total de R$ 12,00 e R$ -3,00; R$ sem valor', { fontSize: 10 }).text).toBe('Total de R$\u00a012,00 e R$\u00a0-3,00; R$ sem valor');
  });
  it('cuts with an ellipsis to fit, and limits the lines', () => {
    const long = 'Francisco de Assis Albuquerque Cavalcanti de Vasconcellos Gonçalves Fernandes Júnior';
    const cut = fitLine(long, 120, 8);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 8)).toBeLessThanOrEqual(120);
    expect(fitLine('Curto', 120, 8)).toBe('Curto');
    const two = wrapLines(long, 140, 8, false, 2);
    expect(two).toHaveLength(2);
    expect(two[1]?.endsWith('…')).toBe(true);
    expect(textWidth(two[1] ?? '', 8)).toBeLessThanOrEqual(140);
  });
});

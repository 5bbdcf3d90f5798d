import { describe, expect, it } from 'vitest';
import { buildDocument, DOCUMENT_LABELS, jobSize } from './registry';
import { lateChargesInstruction } from './slip-text';
import { SAMPLE_POLICY, SAMPLE_SHOP, sampleJobs } from './samples';
import { shopPixPayload } from './pix';
import { decodePixPayload } from '../br/pix';
import { byWidth } from './slip-main';
import { textWidth } from './metrics';

describe('document registry', () => {
  it('builds every kind', () => {
    for (const job of sampleJobs()) {
      const doc = buildDocument(job);
      expect(doc.content, job.kind).toBeTruthy();
      expect(DOCUMENT_LABELS[job.kind]).not.toBe('');
      expect(jobSize(job)).toBeGreaterThan(0);
    }
  });
  it("a receipt names the method inside its sentence: 'em Pix', 'em dinheiro'", () => {
    const job = sampleJobs().find((j) => j.kind === 'receipt');
    if (!job || job.kind !== 'receipt') throw new Error('sample');
    const text = (data: typeof job.data): string => JSON.stringify(buildDocument({ ...job, data }).content);
    expect(text(job.data)).toContain('em Pix, referente a');
    expect(text({ ...job.data, method: 'Dinheiro' })).toContain('em dinheiro, referente a');
  });
  it('a statement prints its own title when given one (the voucher after a sale)', () => {
    const job = sampleJobs().find((j) => j.kind === 'statement');
    if (!job || job.kind !== 'statement') throw new Error('sample');
    expect(JSON.stringify(buildDocument(job).content)).toContain('EXTRATO DO CLIENTE');
    const voucher = JSON.stringify(buildDocument({ ...job, data: { ...job.data, title: 'COMPROVANTE DE COMPRAS DO DIA' } }).content);
    expect(voucher).toContain('COMPROVANTE DE COMPRAS DO DIA');
    expect(voucher).not.toContain('EXTRATO DO CLIENTE');
  });
  it('reports layout progress for slips, one call per page', () => {
    const job = sampleJobs()[0];
    if (!job || job.kind !== 'slips') throw new Error('sample');
    const calls: [number, number][] = [];
    const doc = buildDocument(job, { onProgress: (d, t) => calls.push([d, t]) });
    if (typeof doc.background !== 'function') throw new Error('background');
    doc.background(1, { width: 595, height: 842, orientation: 'portrait' });
    doc.background(2, { width: 595, height: 842, orientation: 'portrait' });
    expect(calls).toEqual([
      [3, 5],
      [5, 5],
    ]);
  });
});

describe('slip words', () => {
  it('explains fine and interest in plain words', () => {
    expect(lateChargesInstruction(SAMPLE_POLICY, 10000)).toBe(
      'Depois do vencimento: multa de 2% (R$ 2,00), cobrada uma vez e juros de 1% ao mês (cerca de R$ 0,03 por dia de atraso).',
    );
    expect(lateChargesInstruction({ finePercent: 0, monthlyInterestPercent: 0, graceDays: 3 }, 10000)).toBe(
      'Não há multa nem juros por atraso. Há tolerância de 3 dias depois do vencimento.',
    );
    expect(lateChargesInstruction({ finePercent: 2.5, monthlyInterestPercent: 0, graceDays: 1 }, 10000)).toContain('multa de 2,5% (R$ 2,50)');
  });
  it('builds the Pix only with a key and a city', () => {
    const p = shopPixPayload(SAMPLE_SHOP, 12345, 'CAD123');
    expect(p && decodePixPayload(p)).toMatchObject({ amountCents: 12345, txid: 'CAD123', merchantCity: 'SAO JOSE DOS CA' });
    expect(shopPixPayload({ ...SAMPLE_SHOP, pixKey: '' }, 100)).toBeNull();
    expect(shopPixPayload({ ...SAMPLE_SHOP, pixKey: 'not a key' }, 100)).toBeNull();
    expect(shopPixPayload(SAMPLE_SHOP, 0)).toBeNull();
  });
});

describe('slip text', () => {
  it('cuts the Pix payload by width: every line fits, nothing is lost', () => {
    const payload = '00020126360014br.gov.bcb.pix0114112223330001815204000053039865406169.685802BR5910BOA COMPRA6009SAO PAULO62190515CAD4952039706176304A2EE';
    const lines = byWidth(payload, 200, 5.5);
    expect(lines.join('')).toBe(payload);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 5.5)).toBeLessThanOrEqual(200);
  });
});

// Every document kind rendered to a real PDF: the text (accents, R$ amounts, amount in words)
// comes out as written, and no word runs off the paper or into its margins.
import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentJob } from '@shared/documents/registry';
import { sampleJobs, SAMPLE_LONG_CUSTOMER } from '@shared/documents/samples';
import { hasTool, pdfPageCount, pdfPageText, pdfText, renderPdfNode, wordBoxes, writeTemp, type WordBox } from './pdf-node';

const tools = hasTool('pdftotext') && hasTool('pdfinfo');

const EXPECTED: Record<DocumentJob['kind'], string[]> = {
  slips: ['CANHOTO DO CLIENTE', 'NÃO É BOLETO BANCÁRIO', 'Vencimento', 'R$ 100,00', 'Conceição'],
  letter: ['AVISO DE PARCELAS EM ATRASO', 'PARA PAGAR', 'R$ 205,93', 'Página 1 de 1', 'São José dos Campos, 20 de março de 2026.'],
  letters: ['AVISO DE PARCELAS EM ATRASO', 'Página 1 de 1'],
  receipt: ['RECIBO Nº C1-000153', 'cento e cinquenta reais', 'R$ 150,00'],
  agreement: ['TERMO DE ACORDO E CONFISSÃO DE DÍVIDA', 'duzentos e cinco reais e noventa e três centavos', 'Testemunha 1'],
  statement: ['EXTRATO DO CLIENTE', 'Total para quitar em 20/03/2026: R$ 505,93'],
  dossier: ['DOSSIÊ DE COBRANÇA', 'Cabe no Juizado sem advogado', 'R$ 32.420,00', 'R$ 64.840,00'],
};

/** The sample job of one kind. */
function sample<K extends DocumentJob['kind']>(kind: K): Extract<DocumentJob, { kind: K }> {
  const job = sampleJobs().find((j): j is Extract<DocumentJob, { kind: K }> => j.kind === kind);
  if (!job) throw new Error(`no sample ${kind}`);
  return job;
}

/** The same jobs with the longest names and addresses the forms allow. */
function withLongCustomer(job: DocumentJob): DocumentJob {
  const j = structuredClone(job) as DocumentJob & { data: Record<string, unknown> };
  const d = j.data as { customer?: unknown; slips?: { customer: unknown }[]; letters?: { customer: unknown }[] };
  if (d.customer) d.customer = SAMPLE_LONG_CUSTOMER;
  d.slips?.forEach((s) => (s.customer = SAMPLE_LONG_CUSTOMER));
  d.letters?.forEach((l) => (l.customer = SAMPLE_LONG_CUSTOMER));
  return j;
}

/** Pairs of words drawn over each other or run into each other (boxes crossing by more than
 *  half a point both ways). */
function overlapping(words: readonly WordBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    if (!a) continue;
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j];
      if (!b || b.page !== a.page) continue;
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (w > 0.5 && h > 0.5) out.push(`"${a.word}" / "${b.word}" (page ${a.page})`);
    }
  }
  return out;
}

describe.skipIf(!tools)('documents as PDF', () => {
  for (const job of sampleJobs()) {
    it(`${job.kind}: text and margins`, { timeout: 60_000 }, async () => {
      for (const variant of [job, withLongCustomer(job)]) {
        const file = writeTemp(await renderPdfNode(buildDocument(variant)), `${variant.kind}.pdf`);
        const text = pdfText(file).replace(/\s+/g, ' ');
        if (variant === job) for (const s of EXPECTED[job.kind]) expect(text, s).toContain(s);
        expect(pdfPageCount(file)).toBeGreaterThan(0);
        const words = wordBoxes(file);
        expect(overlapping(words), 'words drawn over each other').toEqual([]);
        for (const w of words) {
          expect(w.xMin, `${w.word} (page ${w.page})`).toBeGreaterThanOrEqual(8);
          expect(w.xMax, `${w.word} (page ${w.page})`).toBeLessThanOrEqual(w.pageWidth - 8);
          expect(w.yMax, `${w.word} (page ${w.page})`).toBeLessThanOrEqual(w.pageHeight - 8);
        }
      }
    });
  }
});

describe.skipIf(!tools)('agreement term signatures', () => {
  it('the parties and the witnesses sign on the same page, however long the list above', { timeout: 120_000 }, async () => {
    const job = sample('agreement');
    const one = job.data.replaced[0];
    if (!one) throw new Error('sample');
    for (let n = 1; n <= 14; n++) {
      const replaced = Array.from({ length: n }, (_, k) => ({ ...one, id: `i${k}`, number: k + 1, count: n }));
      const file = writeTemp(await renderPdfNode(buildDocument({ ...job, data: { ...job.data, replaced } })), 'agreement.pdf');
      const pages = Array.from({ length: pdfPageCount(file) }, (_, k) => pdfPageText(file, k + 1));
      const witnesses = pages.find((t) => t.includes('Testemunha 1'));
      expect(witnesses, `${n} installments`).toContain('DEVEDOR(A)');
    }
  });
});

describe.skipIf(!tools)('headings kept with what follows', () => {
  it('no dossier page ends with a section heading, however long the lists above', { timeout: 180_000 }, async () => {
    const job = sample('dossier');
    const payment = { date: '2026-03-01', amountCents: 1000, method: 'Pix' };
    const leads = /^(\d\. [A-ZÀ-Ú].*|Parcelas em aberto, com multa e juros.*)$/;
    let ends = 0;
    for (let n = 0; n <= 44; n += 2) {
      const payments = Array.from({ length: n }, (_, k) => ({ ...payment, receiptNumber: `C1-${k + 1}` }));
      const file = writeTemp(await renderPdfNode(buildDocument({ ...job, data: { ...job.data, payments } })), 'dossier.pdf');
      for (let p = 1; p <= pdfPageCount(file); p++) {
        const lines = pdfPageText(file, p).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('Dossiê de cobrança ·') && !/^Página \d+ de \d+$/.test(l));
        const last = lines[lines.length - 1] ?? '';
        if (p < pdfPageCount(file)) ends++;
        expect(leads.test(last), `${n} payments, page ${p} ends with "${last}"`).toBe(false);
      }
    }
    expect(ends).toBeGreaterThan(10); // the lists did push the content over page ends
  });
});

describe.skipIf(!tools)('a letter of several pages', () => {
  it("names its addressee on every page, so a second page alone still says whose letter it is", { timeout: 60_000 }, async () => {
    const job = sample('letter');
    const one = job.data.installments[0];
    if (!one) throw new Error('sample');
    const installments = Array.from({ length: 40 }, (_, k) => ({ ...one, number: k + 1, count: 40 }));
    const file = writeTemp(await renderPdfNode(buildDocument({ ...job, data: { ...job.data, installments } })), 'letter-long.pdf');
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThan(1);
    const name = job.data.customer.name.trim();
    for (let p = 1; p <= pages; p++) expect(pdfPageText(file, p).replace(/\s+/g, ' '), `page ${p}`).toContain(`a ${name}`);
  });
});

describe.skipIf(!tools)('a long list of open installments', () => {
  it('breaks across pages with its caption on the page of its first rows, and one total at the end', { timeout: 60_000 }, async () => {
    const job = sample('dossier');
    const sale = job.data.sales[0];
    const one = sale?.installments[0];
    if (!sale || !one) throw new Error('sample');
    const installments = Array.from({ length: 40 }, (_, k) => ({ ...one, id: `i${k}`, number: k + 1, count: 40, openCents: one.amountCents }));
    const file = writeTemp(await renderPdfNode(buildDocument({ ...job, data: { ...job.data, sales: [{ ...sale, installments }] } })), 'dossier-40.pdf');
    const pages = Array.from({ length: pdfPageCount(file) }, (_, k) => pdfPageText(file, k + 1));
    const captionPage = pages.findIndex((t) => t.includes('Parcelas em aberto, com multa e juros'));
    expect(captionPage).toBeGreaterThanOrEqual(0);
    // The open table's rows are the ones with fine, interest and total (section 3 lists the same
    // installments without them).
    const openRows = (t: string): number => t.split('\n').filter((l) => /\b\d+\/40\b/.test(l) && l.includes('R$ 103,43')).length;
    expect(openRows(pages[captionPage] ?? '')).toBeGreaterThan(0);
    // Not one block moved whole: the caption's page holds rows, and the rows go on over the next.
    expect(pages.filter((t) => openRows(t) > 0).length).toBeGreaterThan(1);
    expect(pages.reduce((n, t) => n + openRows(t), 0)).toBe(40);
    // Every page the list goes on to starts it with the column titles again.
    for (const t of pages.filter((x) => openRows(x) > 0)) {
      const lines = t.split('\n');
      const firstRow = lines.findIndex((l) => /\b\d+\/40\b/.test(l) && l.includes('R$ 103,43'));
      expect(lines.slice(0, firstRow).some((l) => /Vencimento\s+Dias\s+Em aberto\s+Multa\s+Juros\s+Total/.test(l))).toBe(true);
    }
  });
});

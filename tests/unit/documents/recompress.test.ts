// The worker writes PDFs uncompressed and deflates their streams natively afterwards: the
// result must be a valid, smaller PDF with the same text and the same readable codes.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '@shared/documents/registry';
import { sampleJobs } from '@shared/documents/samples';
import { recompressPdf } from '../../../renderer/documents/recompress';
import { checkXref, decodeCodes, hasTool, pdfText, renderPdfNode, writeTemp } from './pdf-node';

const tools = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('zbarimg');

/** pdfinfo's complaints (xref, stream, syntax errors) go to stderr. */
function pdfErrors(file: string): string {
  try {
    execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return execFileSync('sh', ['-c', `pdftotext "${file}" /dev/null 2>&1; pdftoppm -r 20 -png "${file}" /tmp/recompress-check 2>&1`], { encoding: 'utf8' });
  } catch (e) {
    return String(e);
  }
}

describe.skipIf(!tools)('native recompression of worker PDFs', () => {
  for (const job of sampleJobs()) {
    it(`${job.kind}: valid, smaller, same text`, { timeout: 60_000 }, async () => {
      const doc = buildDocument(job);
      doc.compress = false;
      const raw = await renderPdfNode(doc);
      let calls = 0;
      const packed = await recompressPdf(raw, () => calls++);
      expect(packed.length).toBeLessThan(raw.length * 0.7);
      expect(calls).toBeGreaterThan(0);
      const a = writeTemp(raw, 'raw.pdf');
      const b = writeTemp(packed, 'packed.pdf');
      checkXref(packed);
      expect(pdfErrors(b)).toBe('');
      expect(pdfText(b)).toBe(pdfText(a));
      if (job.kind === 'slips') expect(decodeCodes(b).sort()).toEqual(decodeCodes(a).sort());
    });
  }
  it('leaves anything else unchanged', async () => {
    const junk = new TextEncoder().encode('%PDF-1.3\nnot really a pdf\n');
    expect(await recompressPdf(junk)).toBe(junk);
  });
});

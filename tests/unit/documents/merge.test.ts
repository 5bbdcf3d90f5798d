// Big batches are made in chunks and joined: the joined PDF must have every page in order,
// the same text, readable codes and a correct xref table.
import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentJob } from '@shared/documents/registry';
import { sampleJobs } from '@shared/documents/samples';
import { mergePdfs } from '../../../renderer/documents/pdf-merge';
import { recompressPdf } from '../../../renderer/documents/recompress';
import { checkXref, decodeCodes, hasTool, pdfPageCount, pdfText, renderPdfNode, writeTemp } from './pdf-node';

const tools = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('zbarimg');

async function plain(job: DocumentJob): Promise<Uint8Array> {
  const doc = buildDocument(job);
  doc.compress = false;
  return renderPdfNode(doc);
}

describe.skipIf(!tools)('joining chunk PDFs', () => {
  it('keeps every page, in order, with text, codes and a valid xref', { timeout: 90_000 }, async () => {
    const jobs = sampleJobs();
    const slips = jobs.find((j) => j.kind === 'slips');
    const letters = jobs.find((j) => j.kind === 'letters');
    if (!slips || !letters) throw new Error('samples');
    const parts = [await plain(slips), await recompressPdf(await plain(letters)), await plain(slips)];
    const merged = mergePdfs(parts);
    expect(merged).not.toBeNull();
    if (!merged) return;
    checkXref(merged);
    const files = parts.map((p, k) => writeTemp(p, `part${k}.pdf`));
    const out = writeTemp(merged, 'merged.pdf');
    expect(pdfPageCount(out)).toBe(files.reduce((a, f) => a + pdfPageCount(f), 0));
    expect(pdfText(out)).toBe(files.map(pdfText).join(''));
    const codes = decodeCodes(out);
    expect(codes.length).toBe(files.reduce((a, f) => a + decodeCodes(f).length, 0));
    const packed = await recompressPdf(merged);
    checkXref(packed);
    expect(pdfText(writeTemp(packed, 'packed.pdf'))).toBe(pdfText(out));
  });
  it('refuses what it cannot read', () => {
    expect(mergePdfs([new TextEncoder().encode('%PDF-1.3\nnothing\n')])).toBeNull();
    expect(mergePdfs([])).toBeNull();
  });
});

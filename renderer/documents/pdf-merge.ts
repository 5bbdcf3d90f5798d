// Joins PDFs written by pdfkit (the chunks of a big batch) into one: objects are renumbered,
// the pages of every chunk go, in order, under one new page tree, and the first chunk's
// catalog and document info are kept. Stream data is copied as is. Null when a chunk does not
// have the expected layout (the caller then renders the batch in one piece).
import { latin1, parsePdf, writePdf, type ParsedPdf } from './pdf-objects';

/** Renumbers "N 0 R" references in dictionary text, leaving (string literals) alone. */
function renumber(dict: string, shift: number, parent?: number): string {
  let out = dict.replace(/\((?:\\.|[^\\)])*\)|(\d+) 0 R/g, (whole, n: string | undefined) => (n === undefined ? whole : `${Number(n) + shift} 0 R`));
  if (parent !== undefined) out = out.replace(/\/Parent \d+ 0 R/, `/Parent ${parent} 0 R`);
  return out;
}

function ref(dict: string, key: string): number | null {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
}

function objectText(pdf: ParsedPdf, num: number): string | null {
  const o = pdf.objects.find((x) => x.num === num);
  return o ? pdf.text.slice(o.start, o.dictEnd) : null;
}

export function mergePdfs(chunks: readonly Uint8Array[]): Uint8Array | null {
  const parsed = chunks.map(parsePdf);
  if (parsed.length === 0 || parsed.some((p) => p === null)) return null;
  const pdfs = parsed as ParsedPdf[];
  const total = pdfs.reduce((a, p) => a + p.size, 0);
  const pagesNum = total + 1;
  const catalogNum = total + 2;
  const objects: { num: number; parts: Uint8Array[] }[] = [];
  const kids: number[] = [];
  let shift = 0;
  let catalog = '';
  let info: number | null = null;
  for (const [c, pdf] of pdfs.entries()) {
    const root = ref(pdf.trailer, 'Root');
    const rootText = root === null ? null : objectText(pdf, root);
    const pages = rootText ? ref(rootText, 'Pages') : null;
    const pagesText = pages === null ? null : objectText(pdf, pages);
    if (root === null || !rootText || pages === null || !pagesText) return null;
    const pageNums = [...(/\/Kids \[([^\]]*)\]/.exec(pagesText)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    kids.push(...pageNums.map((n) => n + shift));
    const pageSet = new Set(pageNums);
    if (c === 0) {
      catalog = renumber(rootText, shift).replace(/^\d+ 0 obj\n/, '').replace(/\/Pages \d+ 0 R/, `/Pages ${pagesNum} 0 R`).replace(/\nendobj\n$/, '');
      const i = ref(pdf.trailer, 'Info');
      info = i === null ? null : i + shift;
    }
    for (const o of pdf.objects) {
      if (o.num === root || o.num === pages) continue;
      const num = o.num + shift;
      const dict = renumber(pdf.text.slice(o.start, o.dictEnd), shift, pageSet.has(o.num) ? pagesNum : undefined).replace(/^\d+ 0 obj\n/, `${num} 0 obj\n`);
      objects.push({ num, parts: o.data ? [latin1(dict), pdf.bytes.subarray(o.dictEnd, o.end)] : [latin1(dict)] });
    }
    shift += pdf.size;
  }
  objects.push({ num: pagesNum, parts: [latin1(`${pagesNum} 0 obj\n<<\n/Type /Pages\n/Count ${kids.length}\n/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]\n>>\nendobj\n`)] });
  objects.push({ num: catalogNum, parts: [latin1(`${catalogNum} 0 obj\n${catalog}\nendobj\n`)] });
  const first = pdfs[0];
  if (!first) return null;
  const trailer = `<<\n/Size ${catalogNum + 1}\n/Root ${catalogNum} 0 R\n${info !== null ? `/Info ${info} 0 R\n` : ''}>>`;
  return writePdf(first.bytes.subarray(0, first.headEnd), objects, catalogNum + 1, trailer);
}

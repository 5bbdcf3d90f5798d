// Renders pdfmake document definitions to PDF bytes in Node (the server build with the same
// Roboto files the worker bundles), and runs poppler / zbar on them.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

type PdfMake = typeof import('pdfmake');

const require = createRequire(import.meta.url);
let instance: PdfMake | null = null;

function pdfmake(): PdfMake {
  if (instance) return instance;
  const pm = require('pdfmake') as PdfMake;
  const fonts = join(dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((path: string) => path.startsWith(fonts));
  pm.setFonts({
    Roboto: {
      normal: join(fonts, 'Roboto-Regular.ttf'),
      bold: join(fonts, 'Roboto-Medium.ttf'),
      italics: join(fonts, 'Roboto-Italic.ttf'),
      bolditalics: join(fonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  instance = pm;
  return pm;
}

export async function renderPdfNode(doc: TDocumentDefinitions): Promise<Uint8Array> {
  return new Uint8Array(await pdfmake().createPdf(doc).getBuffer());
}

export function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function writeTemp(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'caderneta-doc-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Text of a PDF (pdftotext, layout kept). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Text of one page of a PDF (1-based). */
export function pdfPageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Every QR code and bar code zbarimg finds on the pages rendered at `dpi`, as "TYPE:data". */
export function decodeCodes(file: string, dpi = 200): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'caderneta-png-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
  const out: string[] = [];
  for (const png of readdirSync(dir).sort()) {
    try {
      const text = execFileSync('zbarimg', ['-q', join(dir, png)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      out.push(...text.split('\n').filter((l) => l.trim() !== ''));
    } catch {
      // zbarimg exits 4 when a page has no code
    }
  }
  return out;
}

export interface WordBox {
  page: number;
  word: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box (pdftotext -bbox), to check that nothing runs off the paper. */
export function wordBoxes(file: string): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: WordBox[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1]) {
      page++;
      pageWidth = Number(m[1]);
      pageHeight = Number(m[2]);
      continue;
    }
    out.push({ page, word: m[7] ?? '', xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), pageWidth, pageHeight });
  }
  return out;
}

/** Every xref entry points at its object, and startxref at the xref table (poppler would silently repair them). */
export function checkXref(bytes: Uint8Array): void {
  const text = new TextDecoder('latin1').decode(bytes);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1] ?? -1);
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
  const rows = text.slice(startxref).split('\n');
  const size = Number(rows[1]?.split(' ')[1]);
  for (let n = 1; n < size; n++) {
    const row = rows[2 + n] ?? '';
    if (row.endsWith('f ')) continue;
    const at = Number(row.slice(0, 10));
    expect(text.slice(at, at + String(n).length + 6)).toBe(`${n} 0 obj`);
  }
}


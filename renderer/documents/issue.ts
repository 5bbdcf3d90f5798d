// What happens to PDF bytes once made: hash them, print or save them through the desktop API.
import type { DocumentKind } from '@shared/documents/kinds';
import { desktop } from '../desktop';
import { sha256Hex } from '../db/hash';

export type PdfAction = 'print' | 'save';

/** A PDF the user printed or saved: what the documents registry records. */
export interface IssuedPdf {
  kind: DocumentKind;
  action: PdfAction;
  bytes: Uint8Array;
  sha256: string;
  sizeBytes: number;
  fileName: string;
}

/** "Carnê Maria da Silva.pdf" -> "carne-maria-da-silva.pdf" (safe on every file system). */
export function pdfFileName(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.pdf$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'documento'}.pdf`;
}

/** Sends the bytes to the printer (Electron: viewer window with the print dialog; browser: new tab). */
export async function printBytes(bytes: Uint8Array): Promise<boolean> {
  return (await desktop().printPdf(bytes)).opened;
}

/** Saves the bytes (Electron: save dialog; browser: download). False when the user cancelled. */
export async function saveBytes(bytes: Uint8Array, fileName: string): Promise<boolean> {
  return (await desktop().savePdf(bytes, pdfFileName(fileName))).saved;
}

export async function issuedPdf(kind: DocumentKind, action: PdfAction, bytes: Uint8Array, fileName: string): Promise<IssuedPdf> {
  return { kind, action, bytes, sha256: await sha256Hex(bytes), sizeBytes: bytes.byteLength, fileName: pdfFileName(fileName) };
}

/** A message for the person at the counter, whatever went wrong. */
export function pdfErrorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return 'Não foi possível gerar o PDF. Tente de novo.';
}

// Every printable document by kind: the data it takes and the function that lays it out.
// The PDF worker calls buildDocument(); screens need only kinds.ts (types and labels), which
// keeps the builders (and bwip-js, qrcode) out of the app's main bundle.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DocumentError } from './errors';
import { agreementDocument } from './agreement';
import { dossierDocument } from './dossier';
import { lettersDocument } from './letters/letter';
import { receiptDocument } from './receipt';
import { slipsDocument } from './slips';
import { statementDocument } from './statement';
import type { DocumentJob } from './kinds';

export type { DocumentDataMap, DocumentJob, DocumentKind } from './kinds';
export { DOCUMENT_LABELS } from './kinds';

export interface BuildOptions {
  /** Called while pdfmake lays out the document: `done` of `total` items (slips, letters). */
  onProgress?: (done: number, total: number) => void;
}

/** Number of items (slips, letters) a job holds, for progress bars. */
export function jobSize(job: DocumentJob): number {
  switch (job.kind) {
    case 'slips':
      return job.data.slips.length;
    case 'letter':
      return 1;
    case 'letters':
      return job.data.letters.length;
    default:
      return 1;
  }
}

export function buildDocument(job: DocumentJob, opts: BuildOptions = {}): TDocumentDefinitions {
  switch (job.kind) {
    case 'slips':
      return slipsDocument(job.data, opts.onProgress);
    case 'letter':
      return lettersDocument({ letters: [job.data] }, opts.onProgress);
    case 'letters':
      return lettersDocument(job.data, opts.onProgress);
    case 'receipt':
      return receiptDocument(job.data);
    case 'agreement':
      return agreementDocument(job.data);
    case 'statement':
      return statementDocument(job.data);
    case 'dossier':
      return dossierDocument(job.data);
    default:
      throw new DocumentError('unknown_document_kind', 'Tipo de documento desconhecido.');
  }
}

/** Items per piece when a big batch is made in pieces (see renderer/documents/pdf.worker.ts):
 *  big enough that starting a pdfmake document (fonts) is paid rarely, small enough to bound memory. */
export const CHUNK_ITEMS = { slips: 300, letters: 200 } as const;

/**
 * A batch split into smaller jobs of the same kind, in order (one job when it is small or not
 * a batch). Each piece lays out on its own, which bounds the memory pdfmake holds at once.
 */
export function splitJob(job: DocumentJob): DocumentJob[] {
  if (job.kind === 'slips' && job.data.slips.length > CHUNK_ITEMS.slips) {
    const out: DocumentJob[] = [];
    for (let k = 0; k < job.data.slips.length; k += CHUNK_ITEMS.slips) {
      out.push({ kind: 'slips', data: { ...job.data, slips: job.data.slips.slice(k, k + CHUNK_ITEMS.slips) } });
    }
    return out;
  }
  if (job.kind === 'letters' && job.data.letters.length > CHUNK_ITEMS.letters) {
    const out: DocumentJob[] = [];
    for (let k = 0; k < job.data.letters.length; k += CHUNK_ITEMS.letters) {
      out.push({ kind: 'letters', data: { letters: job.data.letters.slice(k, k + CHUNK_ITEMS.letters) } });
    }
    return out;
  }
  return [job];
}

// Messages between the page and the PDF worker.
import type { DocumentJob } from '@shared/documents/kinds';

export interface PdfRequest {
  id: number;
  job: DocumentJob;
}

/** 'layout': pdfmake is placing items (done/total = slips or letters); 'render': writing pages (done/total = percent). */
export type PdfPhase = 'layout' | 'render';

export interface PdfProgress {
  phase: PdfPhase;
  done: number;
  total: number;
}

export type PdfResponse =
  | ({ id: number; type: 'progress' } & PdfProgress)
  | { id: number; type: 'done'; bytes: Uint8Array; ms: number }
  | { id: number; type: 'error'; name: string; code: string | null; message: string; missing: string[] };

// The kinds of printable documents and the data each takes: the light part of the registry,
// for screens (types and labels), without the document builders.
import type { AgreementData, DossierData, LetterData, LettersData, ReceiptData, SlipsData, StatementData } from './types';

export interface DocumentDataMap {
  slips: SlipsData;
  /** One collection letter. */
  letter: LetterData;
  /** Many letters in one PDF (a board column, a selection). */
  letters: LettersData;
  receipt: ReceiptData;
  agreement: AgreementData;
  statement: StatementData;
  dossier: DossierData;
}

export type DocumentKind = keyof DocumentDataMap;

/** A document request as plain data (what crosses to the worker). */
export type DocumentJob = { [K in DocumentKind]: { kind: K; data: DocumentDataMap[K] } }[DocumentKind];

/** Portuguese names, for the registry, file names and messages. */
export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, string>> = {
  slips: 'Carnê',
  letter: 'Carta de cobrança',
  letters: 'Cartas de cobrança',
  receipt: 'Recibo',
  agreement: 'Termo de acordo e confissão de dívida',
  statement: 'Extrato',
  dossier: 'Dossiê para o Juizado',
};


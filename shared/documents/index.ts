// What screens and the data layer use from the documents: the input types, the document kinds
// and labels, the installment reference, the errors and the letter templates. The builders
// (pdfmake definitions, bar codes, QR) are reached only through registry.ts, in the PDF worker.
export * from './types';
export * from './kinds';
export * from './reference';
export * from './errors';
export * from './letters/templates';

// Importing customers and opening balances from CSV/XLSX: decoding, parsing, mapping and
// validation (pure; the all-or-nothing write lives in renderer/db/import-customers.ts).
export * from './decode';
export * from './csv-parse';
export * from './fields';
export * from './cells';
export * from './validate';
export * from './template';

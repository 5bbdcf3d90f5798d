// Accountant export: table builders and the CSV writer (the XLSX writer lives in the renderer).
export * from './table';
export * from './csv';
export * from './context';
export * from './sheets-detail';
export * from './sheets-summary';
export * from './accountant';

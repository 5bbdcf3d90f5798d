// Report aggregations over plain rows (no Dexie, no React), shared by the Relatórios screen,
// its worker and the accountant export.
export * from './types';
export * from './months';
export * from './debt-lines';
export * from './aging';
export * from './received';
export * from './default-rate';
export * from './recovery';
export * from './expected';
export * from './debtors';
export * from './compute';
